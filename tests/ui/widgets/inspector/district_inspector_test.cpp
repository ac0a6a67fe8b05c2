#include "commands/plan_commands.h"
#include "io/plan_source.h"
#include "support/test_data.h"
#include "widgets/inspector/district_inspector.h"
#include "widgets/inspector/gap_bar.h"
#include "widgets/inspector/inspector_format.h"
#include "widgets/inspector/sector_network_view.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace agglomap;
using widgets::DistrictInspector;
using widgets::GapBar;
using widgets::SectorNetworkView;

namespace {

// 郑州高新技术产业集聚区: three sectors (new materials leading, new energy, agriculture), three
// sector links, and every field but its name illustrative in the bundled plan.
constexpr model::DistrictId kDistrict{1};
constexpr int kOutputColumn = 1;
constexpr int kHighTechColumn = 5;
constexpr int kQuotientColumn = 6;

class DistrictInspectorTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = io::openPlan(QStringLiteral("henan"), test::mapsDirectory());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_opened = std::move(opened).value();
        m_analysis = std::make_unique<analysis::PlanAnalysis>(plan());
        m_inspector = std::make_unique<DistrictInspector>();
        m_inspector->setContext(&plan(), m_analysis.get(), &m_stack);
        m_inspector->resize(520, 700);
        m_inspector->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_inspector.get()));
        m_inspector->setDistrict(kDistrict);
        ASSERT_TRUE(m_inspector->showsDistrict());
    }

    model::Plan& plan() const { return *m_opened.plan; }
    const model::District& district() const { return *plan().district(kDistrict); }
    model::SectorIndex sector(const char* code) const {
        return *plan().sectors().indexOf(QString::fromLatin1(code));
    }

    template <typename T> T* child(const char* name) const {
        T* widget = m_inspector->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << "no widget named " << name;
        return widget;
    }

    QTableWidget* industries() const { return child<QTableWidget>("industriesTable"); }
    int rowOf(model::SectorIndex sector) const {
        const model::SectorCatalogue& sectors = plan().sectors();
        for (int row = 0; row < industries()->rowCount(); ++row) {
            if (industries()->item(row, 0)->toolTip().startsWith(sectors.at(sector).code + u' ')) {
                return row;
            }
        }
        return -1;
    }
    QString overviewText(const char* name) const { return child<QLabel>(name)->text(); }

    io::OpenedPlan m_opened;
    std::unique_ptr<analysis::PlanAnalysis> m_analysis;
    QUndoStack m_stack;
    std::unique_ptr<DistrictInspector> m_inspector;
};

} // namespace

TEST_F(DistrictInspectorTest, EditingWaterSupplyPushesOneCommandAndUndoShowsTheOldValueAgain) {
    m_inspector->showTab(DistrictInspector::Tab::Infrastructure);
    auto* current = child<QDoubleSpinBox>("current_water");
    auto* gap = child<GapBar>("gap_water");
    const model::Provision before = district().provision(model::InfrastructureItem::Water);
    ASSERT_EQ(current->value(), before.current);
    ASSERT_EQ(gap->gap(), before.gap());

    current->setValue(before.current - 20.0);

    EXPECT_EQ(m_stack.count(), 1);
    const model::Provision after = district().provision(model::InfrastructureItem::Water);
    EXPECT_EQ(after.current, before.current - 20.0);
    EXPECT_GT(after.gap(), before.gap());
    EXPECT_DOUBLE_EQ(gap->gap(), after.gap());
    EXPECT_TRUE(gap->text().contains(widgets::inspector::formatPercent(after.gap(), 0)));

    m_stack.undo();
    EXPECT_EQ(current->value(), before.current);
    EXPECT_DOUBLE_EQ(gap->gap(), before.gap());
    EXPECT_EQ(district().provision(model::InfrastructureItem::Water), before);
}

TEST_F(DistrictInspectorTest, SteppingASpinBoxFiveTimesLeavesOneUndoStep) {
    auto* required = child<QDoubleSpinBox>("required_power");
    const double before = district().provision(model::InfrastructureItem::Power).required;
    for (int step = 0; step < 5; ++step) {
        required->stepUp();
    }
    EXPECT_EQ(district().provision(model::InfrastructureItem::Power).required, before + 5.0);
    EXPECT_EQ(m_stack.count(), 1);
    m_stack.undo();
    EXPECT_EQ(required->value(), before);
    EXPECT_EQ(district().provision(model::InfrastructureItem::Power).required, before);
}

TEST_F(DistrictInspectorTest, EditingAnOutputCellChangesThePlanAndTheShownLocationQuotient) {
    const model::SectorIndex newEnergy = sector("SEI-NE");
    const int row = rowOf(newEnergy);
    ASSERT_GE(row, 0);
    const QString quotientBefore = industries()->item(row, kQuotientColumn)->text();

    industries()->item(row, kOutputColumn)->setData(Qt::EditRole, 400.0);

    EXPECT_EQ(district().activity(newEnergy)->outputValue, 400.0);
    EXPECT_EQ(m_stack.count(), 1);
    const double quotient =
        m_analysis->indicators(kDistrict)->locationQuotients[static_cast<std::size_t>(newEnergy)];
    const QString quotientAfter = industries()->item(row, kQuotientColumn)->text();
    EXPECT_NE(quotientAfter, quotientBefore);
    EXPECT_EQ(quotientAfter, widgets::inspector::formatNumber(quotient));
}

TEST_F(DistrictInspectorTest, ARefusedCellEditShowsWhyAndTheModelsValueAgain) {
    const model::SectorIndex agriculture = sector("A01-05");
    const int row = rowOf(agriculture);
    ASSERT_GE(row, 0);
    const model::SectorActivity before = *district().activity(agriculture);

    // More high-tech output than output: the plan refuses it.
    industries()->item(row, kHighTechColumn)->setData(Qt::EditRole, before.outputValue + 10.0);

    EXPECT_EQ(*district().activity(agriculture), before);
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_FALSE(m_inspector->statusText().isEmpty());
    EXPECT_TRUE(child<QLabel>("statusLabel")->isVisible());
    EXPECT_EQ(industries()->item(row, kHighTechColumn)->data(Qt::EditRole).toDouble(),
              before.highTechOutput);
}

TEST_F(DistrictInspectorTest, MakingASectorLeadingChangesTheOverviewsLeadingShare) {
    const QString shareBefore = overviewText("leadingShareValue");
    m_inspector->showTab(DistrictInspector::Tab::Industries);
    industries()->selectRow(rowOf(sector("SEI-NE")));
    auto* makeLeading = child<QPushButton>("makeLeadingButton");
    ASSERT_TRUE(makeLeading->isEnabled());

    makeLeading->click();

    const std::vector<model::SectorIndex> expected{sector("SEI-NM"), sector("SEI-NE")};
    EXPECT_EQ(district().leadingIndustries, expected);
    const QString shareAfter = overviewText("leadingShareValue");
    EXPECT_NE(shareAfter, shareBefore);
    EXPECT_TRUE(shareAfter.contains(
        widgets::inspector::formatPercent(m_analysis->indicators(kDistrict)->leadingShare)));
    EXPECT_EQ(child<QListWidget>("leadingList")->count(), 2);
    EXPECT_TRUE(m_inspector->statusText().isEmpty());
}

TEST_F(DistrictInspectorTest, AFourthLeadingIndustryIsRefusedWithAReasonAndChangesNothing) {
    auto* makeLeading = child<QPushButton>("makeLeadingButton");
    for (const char* code : {"SEI-NE", "A01-05"}) {
        industries()->selectRow(rowOf(sector(code)));
        makeLeading->click();
    }
    ASSERT_EQ(district().leadingIndustries.size(), 3u);
    // A fourth sector to choose: add one from the catalogue.
    auto* addCombo = child<QComboBox>("addSectorCombo");
    const model::SectorIndex added = addCombo->currentData().toInt();
    child<QPushButton>("addSectorButton")->click();
    ASSERT_NE(district().activity(added), nullptr);
    const int commands = m_stack.count();
    const QString shareBefore = overviewText("leadingShareValue");

    industries()->selectRow(rowOf(added));
    makeLeading->click();

    EXPECT_EQ(district().leadingIndustries.size(), 3u);
    EXPECT_EQ(m_stack.count(), commands);
    EXPECT_FALSE(m_inspector->statusText().isEmpty());
    EXPECT_EQ(overviewText("leadingShareValue"), shareBefore);
    EXPECT_EQ(child<QListWidget>("leadingList")->count(), 3);
}

TEST_F(DistrictInspectorTest, AddingAndRemovingASectorLinkUpdatesTheListAndTheNetwork) {
    m_inspector->showTab(DistrictInspector::Tab::Linkages);
    auto* list = child<QListWidget>("sectorLinkList");
    SectorNetworkView* network = m_inspector->networkView();
    ASSERT_NE(network, nullptr);
    const int links = static_cast<int>(district().links.size());
    ASSERT_EQ(list->count(), links);
    ASSERT_EQ(network->linkCount(), links);
    EXPECT_EQ(network->activeNodeCount(), static_cast<int>(district().industries.size()));

    auto* from = child<QComboBox>("sectorLinkFrom");
    auto* to = child<QComboBox>("sectorLinkTo");
    from->setCurrentIndex(from->findData(sector("SEI-NE")));
    to->setCurrentIndex(to->findData(sector("A01-05")));
    child<QDoubleSpinBox>("sectorLinkValue")->setValue(12.5);
    child<QPushButton>("addSectorLinkButton")->click();

    ASSERT_EQ(district().links.size(), static_cast<std::size_t>(links + 1));
    EXPECT_EQ(district().links.back(),
              (model::SectorLink{sector("SEI-NE"), sector("A01-05"), 12.5}));
    EXPECT_EQ(list->count(), links + 1);
    EXPECT_EQ(network->linkCount(), links + 1);

    list->setCurrentRow(links);
    child<QPushButton>("removeSectorLinkButton")->click();
    EXPECT_EQ(district().links.size(), static_cast<std::size_t>(links));
    EXPECT_EQ(list->count(), links);
    EXPECT_EQ(network->linkCount(), links);
}

TEST_F(DistrictInspectorTest, AddingALinkWithAnotherDistrictListsItOnBothSides) {
    auto* list = child<QListWidget>("districtLinkList");
    const auto linksOfShown = [this] {
        return std::count_if(
            plan().districtLinks().begin(), plan().districtLinks().end(),
            [](const model::DistrictLink& l) { return l.from == kDistrict || l.to == kDistrict; });
    };
    const auto before = linksOfShown();
    auto* other = child<QComboBox>("districtLinkDistrict");
    other->setCurrentIndex(other->findData(2));
    child<QPushButton>("addDistrictLinkButton")->click();
    ASSERT_EQ(linksOfShown(), before + 1);
    EXPECT_EQ(list->count(), before + 1);

    m_inspector->setDistrict(model::DistrictId{2});
    const QString shownName = district().nameZh;
    bool listed = false;
    for (int row = 0; row < list->count(); ++row) {
        listed = listed || list->item(row)->text().contains(shownName);
    }
    EXPECT_TRUE(listed) << "district 2 lists its link with " << shownName.toStdString();
}

TEST_F(DistrictInspectorTest, IllustrativeValuesAreMarkedUntilAValueIsEntered) {
    ASSERT_TRUE(district().provenance.isIllustrative({model::ValueField::BusinessIncome}));
    auto* income = child<QLabel>("businessIncomeValue");
    EXPECT_TRUE(income->property("illustrative").toBool());
    EXPECT_TRUE(income->text().contains(widgets::inspector::illustrativeTag()));
    EXPECT_FALSE(income->toolTip().isEmpty());

    child<QDoubleSpinBox>("businessIncome")->setValue(420.0);

    EXPECT_FALSE(district().provenance.isIllustrative({model::ValueField::BusinessIncome}));
    // Only the value entered: the generated investment beside it stays illustrative.
    EXPECT_TRUE(district().provenance.isIllustrative({model::ValueField::FixedInvestment}));
    EXPECT_TRUE(child<QDoubleSpinBox>("fixedInvestment")->property("illustrative").toBool());
    EXPECT_TRUE(
        child<QDoubleSpinBox>("businessIncome")->toolTip().contains(QStringLiteral("Entered")));
    EXPECT_FALSE(income->property("illustrative").toBool());
    EXPECT_FALSE(income->text().contains(widgets::inspector::illustrativeTag()));
    EXPECT_TRUE(income->text().contains(widgets::inspector::formatNumber(420.0)));
    // Values resting on other illustrative fields stay marked.
    EXPECT_TRUE(child<QLabel>("areaValue")->property("illustrative").toBool());

    m_stack.undo();
    EXPECT_TRUE(income->property("illustrative").toBool());
}

TEST_F(DistrictInspectorTest, OverviewShowsWhichOfTheFourInnovativeConditionsAreMet) {
    const analysis::DistrictIndicators& ind = *m_analysis->indicators(kDistrict);
    const QString text = overviewText("innovativeConditionsValue");
    const int met = static_cast<int>(
        std::count(ind.innovativeConditions.begin(), ind.innovativeConditions.end(), true));
    EXPECT_TRUE(text.contains(QStringLiteral("%1 of 4 met").arg(met))) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("✓")), met);
    EXPECT_EQ(text.count(QStringLiteral("✗")), 4 - met);
    for (int c = 0; c < analysis::kInnovativeConditionCount; ++c) {
        EXPECT_TRUE(text.contains(analysis::innovativeConditionName(
            static_cast<analysis::InnovativeCondition>(c), true)));
    }
    // One name per stage: the core's.
    EXPECT_TRUE(
        overviewText("clusterStageValue").contains(analysis::clusterStageName(ind.stage, false)));
}

TEST_F(DistrictInspectorTest, RenamingInTheOverviewRenamesTheDistrict) {
    auto* nameEn = child<QLineEdit>("nameEnEdit");
    nameEn->setText(QStringLiteral("Zhengzhou Hi-Tech Zone"));
    emit nameEn->editingFinished();
    EXPECT_EQ(district().nameEn, QStringLiteral("Zhengzhou Hi-Tech Zone"));
    EXPECT_EQ(child<QLabel>("districtSubtitle")->text(), QStringLiteral("Zhengzhou Hi-Tech Zone"));
    m_stack.undo();
    EXPECT_EQ(nameEn->text(), district().nameEn);
    EXPECT_NE(nameEn->text(), QStringLiteral("Zhengzhou Hi-Tech Zone"));
}

TEST_F(DistrictInspectorTest, SelectingNoDistrictShowsTheEmptyState) {
    m_inspector->setDistrict(std::nullopt);
    EXPECT_FALSE(m_inspector->showsDistrict());
    auto* empty = child<QLabel>("emptyStateLabel");
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), DistrictInspector::tr("No district selected"));
    EXPECT_FALSE(child<QTabWidget>("inspectorTabs")->isVisible());
}

TEST_F(DistrictInspectorTest, RemovingTheShownDistrictClearsTheInspector) {
    ASSERT_TRUE(commands::removeDistrict(m_stack, plan(), kDistrict).ok());
    EXPECT_FALSE(m_inspector->showsDistrict());
    EXPECT_FALSE(m_inspector->districtId().has_value());
    EXPECT_TRUE(child<QLabel>("emptyStateLabel")->isVisible());
    // Undo brings the district back without the inspector pretending it never went away.
    m_stack.undo();
    EXPECT_NE(plan().district(kDistrict), nullptr);
    EXPECT_FALSE(m_inspector->showsDistrict());
}

TEST_F(DistrictInspectorTest, EditsWithoutAnUndoStackAreRefusedWithAReason) {
    m_inspector->setContext(&plan(), m_analysis.get(), nullptr);
    m_inspector->setDistrict(kDistrict);
    auto* current = child<QDoubleSpinBox>("current_water");
    const double before = current->value();
    current->setValue(before + 10.0);
    EXPECT_EQ(district().provision(model::InfrastructureItem::Water).current, before);
    EXPECT_EQ(current->value(), before);
    EXPECT_FALSE(m_inspector->statusText().isEmpty());
}

// Grabs every tab at panel size (saved to /tmp/inspector_<tab>.png when
// AGGLOMAP_INSPECTOR_SCREENSHOTS is set, for looking at) on a district grown to twelve sectors,
// and checks the network view drew every one of them.
TEST_F(DistrictInspectorTest, EveryTabRendersAtPanelSizeWithTwelveSectors) {
    const model::DistrictId id{35};
    const model::District* grown = plan().district(id);
    ASSERT_NE(grown, nullptr);
    for (const char* code : {"C39", "C40", "C27", "SEI-BIO", "I63-65", "M73-75", "J66-69", "G53-60",
                             "C38", "C34", "C26", "C33"}) {
        if (static_cast<int>(grown->industries.size()) >= 12) {
            break;
        }
        const model::SectorIndex s = sector(code);
        if (!grown->activity(s)) {
            ASSERT_TRUE(commands::setSectorActivity(m_stack, plan(), id,
                                                    model::SectorActivity{s, 5.0, 500.0, 3, 2, 1.0})
                            .ok());
        }
    }
    ASSERT_EQ(grown->industries.size(), 12u);
    m_inspector->setDistrict(id);
    const bool save = qEnvironmentVariableIsSet("AGGLOMAP_INSPECTOR_SCREENSHOTS");
    const char* names[] = {"overview", "industries", "infrastructure", "innovation", "linkages"};
    // Fits a side panel: no tab asks for more width than that.
    for (int tab = 0; tab < 5; ++tab) {
        EXPECT_LE(m_inspector->tabs()->widget(tab)->minimumSizeHint().width(), 500) << names[tab];
    }
    for (int tab = 0; tab < 5; ++tab) {
        m_inspector->showTab(static_cast<DistrictInspector::Tab>(tab));
        const QImage image = m_inspector->grab().toImage();
        EXPECT_EQ(image.size(), QSize(520, 700));
        if (save) {
            image.save(
                QStringLiteral("/tmp/inspector_%1.png").arg(QString::fromLatin1(names[tab])));
        }
    }
    SectorNetworkView* network = m_inspector->networkView();
    EXPECT_EQ(network->activeNodeCount(), 12);
    for (int node = 0; node < static_cast<int>(network->network().nodes.size()); ++node) {
        EXPECT_EQ(network->nodeAt(*network->nodeCentre(node)), node);
        EXPECT_TRUE(QRectF(network->rect()).contains(*network->nodeCentre(node)));
    }
}
