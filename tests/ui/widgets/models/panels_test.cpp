#include "widgets/models/district_list_model.h"
#include "widgets/models/item_filter_proxy_model.h"
#include "widgets/models/item_roles.h"
#include "widgets/models/recommendation_list_model.h"
#include "widgets/models/region_tree_model.h"
#include "widgets/panels/district_list_panel.h"
#include "widgets/panels/indicator_table_panel.h"
#include "widgets/panels/recommendations_panel.h"
#include "widgets/panels/region_tree_panel.h"
#include "widgets/workspace_selection.h"
#include "workspace_fixture.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace agglomap;
using namespace agglomap::widgets;

namespace {

class PanelTest : public test::WorkspaceTest {
protected:
    // Clicks the row's first cell as a planner would.
    static void clickRow(QAbstractItemView* view, const QModelIndex& index) {
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        ASSERT_TRUE(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static void show(QWidget* widget) {
        widget->resize(900, 600);
        widget->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(widget));
    }

    WorkspaceSelection selection;
};

QModelIndex currentSource(const DistrictListPanel& panel) {
    return panel.proxy()->mapToSource(panel.view()->currentIndex());
}

} // namespace

TEST_F(PanelTest, SelectingADistrictRowSelectsItAndItsCountyInTheWorkspace) {
    DistrictListPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    show(&panel);
    const QModelIndex row = panel.proxy()->mapFromSource(panel.model()->indexOf(kLuoheDistrict));
    clickRow(panel.view(), row);
    EXPECT_EQ(selection.district(), kLuoheDistrict);
    EXPECT_EQ(selection.region(), plan().district(kLuoheDistrict)->hostCounty);
}

TEST_F(PanelTest, ADistrictSelectedElsewhereIsSelectedInTheList) {
    DistrictListPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    show(&panel);
    QSignalSpy selected(&selection, &WorkspaceSelection::districtSelected);
    selection.setDistrict(kLuoheDistrict);
    EXPECT_EQ(currentSource(panel).data(DistrictIdRole).toInt(), kLuoheDistrict.value);
    EXPECT_TRUE(panel.view()->selectionModel()->isRowSelected(panel.view()->currentIndex().row(),
                                                              QModelIndex()));
    // Following the selection does not send it back.
    EXPECT_EQ(selected.count(), 1);
    selection.setDistrict(std::nullopt);
    EXPECT_FALSE(panel.view()->selectionModel()->hasSelection());
}

TEST_F(PanelTest, FilteringTheListDoesNotChangeTheWorkspaceSelection) {
    DistrictListPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    show(&panel);
    selection.setDistrict(kLuoheDistrict);
    panel.searchField()->setText(QStringLiteral("郑州"));
    EXPECT_EQ(selection.district(), kLuoheDistrict);
    EXPECT_FALSE(panel.view()->selectionModel()->hasSelection());
    // The row comes back selected when the filter lets it through again.
    panel.searchField()->clear();
    EXPECT_EQ(currentSource(panel).data(DistrictIdRole).toInt(), kLuoheDistrict.value);
}

TEST_F(PanelTest, TheCountLabelSaysHowManyDistrictsTheFiltersLeave) {
    DistrictListPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    EXPECT_EQ(panel.countLabel()->text(), QStringLiteral("175 of 175 districts"));
    panel.cityFilter()->setCurrentIndex(panel.cityFilter()->findData(kLuoheCity));
    EXPECT_EQ(panel.countLabel()->text(),
              QStringLiteral("%1 of 175 districts").arg(plan().districtsIn(kLuoheCity).size()));
    panel.searchField()->setText(QStringLiteral("Luohe"));
    EXPECT_EQ(panel.countLabel()->text(), QStringLiteral("1 of 175 districts"));
}

TEST_F(PanelTest, ClickingAHeaderSortsTheDistrictList) {
    DistrictListPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    show(&panel);
    const int income = static_cast<int>(DistrictListModel::Column::BusinessIncome);
    QHeaderView* header = panel.view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(income) + 5, header->height() / 2));
    const QAbstractItemModel* shown = panel.view()->model();
    const double first = shown->index(0, income).data(Qt::EditRole).toDouble();
    const double last = shown->index(shown->rowCount() - 1, income).data(Qt::EditRole).toDouble();
    EXPECT_NE(first, last);
    EXPECT_EQ(header->sortIndicatorSection(), income);
    EXPECT_EQ(first < last, header->sortIndicatorOrder() == Qt::AscendingOrder);
}

TEST_F(PanelTest, RecommendationsShowAnEmptyStateWithoutASelection) {
    RecommendationsPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    const QString empty = panel.text();
    EXPECT_TRUE(empty.contains(QStringLiteral("Select a district")));
    selection.setDistrict(kLuoheDistrict);
    EXPECT_TRUE(panel.text().contains(QStringLiteral("漯河经济技术产业集聚区")));
    EXPECT_TRUE(panel.text().contains(QStringLiteral("Source: Henan paper §")));
    selection.setDistrict(std::nullopt);
    EXPECT_EQ(panel.text(), empty);
}

TEST_F(PanelTest, RecommendationsFollowAnEditThatStartsOrStopsARule) {
    RecommendationsPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    panel.setLanguage(geo::LabelLanguage::English);
    selection.setDistrict(kLuoheDistrict);
    const QString utilityMeasure = QStringLiteral("Close the infrastructure gaps");
    for (const auto& info : model::infrastructureItems()) {
        if (info.category == model::InfrastructureCategory::Utilities ||
            info.category == model::InfrastructureCategory::Transport) {
            ASSERT_TRUE(plan().setProvision(kLuoheDistrict, info.item, {100, 80}));
        }
    }
    EXPECT_FALSE(panel.text().contains(utilityMeasure));
    ASSERT_TRUE(plan().setProvision(kLuoheDistrict, model::InfrastructureItem::Water, {0, 100}));
    EXPECT_TRUE(panel.text().contains(utilityMeasure));
    EXPECT_TRUE(panel.text().contains(QStringLiteral("Water")));
}

TEST_F(PanelTest, RecommendationsShowStageRoleAndModeAsContextAndPeerStanding) {
    RecommendationsPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    panel.setLanguage(geo::LabelLanguage::English);
    selection.setDistrict(kLuoheDistrict);
    const QString text = panel.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Context: ")));
    EXPECT_TRUE(text.contains(QStringLiteral("needs it more than")));
    // Context is not a measure: no row of the list is the government's role.
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        EXPECT_NE(panel.model()->recommendation(row)->ruleId, QStringLiteral("government-role"));
        EXPECT_NE(panel.model()->recommendation(row)->ruleId, QStringLiteral("innovation-mode"));
    }
}

TEST_F(PanelTest, RecommendationsForACityListTheDistrictsThatNeedEachMeasureMost) {
    RecommendationsPanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    panel.setLanguage(geo::LabelLanguage::English);
    selection.setRegion(kLuoheCity);
    const QString text = panel.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Luohe"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Most in need: "))) << text.toStdString();
    EXPECT_GT(panel.model()->rowCount(), 0);
    selection.setRegion(std::nullopt);
    EXPECT_TRUE(panel.text().contains(QStringLiteral("Select a district")));
}

TEST_F(PanelTest, IndicatorRegionRowsMirrorTheWorkspaceRegion) {
    IndicatorTablePanel panel(&selection);
    panel.setPlan(&plan(), &analysis());
    show(&panel);
    EXPECT_EQ(panel.legend()->text(), QStringLiteral("Italic: illustrative values"));
    panel.levelBox()->setCurrentIndex(
        panel.levelBox()->findData(static_cast<int>(IndicatorLevel::Cities)));
    ASSERT_EQ(panel.level(), IndicatorLevel::Cities);
    clickRow(panel.view(), panel.proxy()->mapFromSource(panel.model()->indexOfRegion(kLuoheCity)));
    EXPECT_EQ(selection.region(), kLuoheCity);

    // A county chosen elsewhere shows as its city.
    selection.setRegion(410102);
    EXPECT_EQ(panel.view()->currentIndex().data(RegionCodeRole).toInt(), 410100);

    panel.setLevel(IndicatorLevel::Districts);
    selection.setDistrict(kLuoheDistrict);
    EXPECT_EQ(panel.view()->currentIndex().data(DistrictIdRole).toInt(), kLuoheDistrict.value);
}

TEST_F(PanelTest, RegionTreeSelectsRegionsBothWaysAndAsksForZoomOnDoubleClick) {
    RegionTreePanel panel(&selection);
    panel.setPlan(&plan());
    show(&panel);
    selection.setRegion(411102);
    const QModelIndex current = panel.view()->currentIndex();
    EXPECT_EQ(current.data(RegionCodeRole).toInt(), 411102);
    EXPECT_TRUE(panel.view()->isExpanded(current.parent()));

    clickRow(panel.view(), panel.model()->indexOf(kLuoheCity));
    EXPECT_EQ(selection.region(), kLuoheCity);

    QSignalSpy zoom(&selection, &WorkspaceSelection::zoomRequested);
    const QModelIndex province = panel.model()->index(0, 0);
    panel.view()->scrollTo(province);
    const QPoint centre = panel.view()->visualRect(province).center();
    // A widget double click arrives as press, release, double-click event.
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, centre);
    EXPECT_EQ(zoom.count(), 1);
    EXPECT_EQ(selection.region(), plan().regions().province().code);
}
