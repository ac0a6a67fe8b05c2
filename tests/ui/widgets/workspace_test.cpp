#include "model/plan_comparison.h"
#include "render/district_symbols.h"
#include "render/map_palette.h"
#include "support/test_data.h"
#include "widgets/inspector/district_inspector.h"
#include "widgets/layer_panel.h"
#include "widgets/legend_widget.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/panels/recommendations_panel.h"
#include "widgets/plan_workspace.h"
#include "widgets/scenario_comparison_dialog.h"
#include "widgets/workspace_docks.h"
#include "widgets/workspace_selection.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::MainWindow;

namespace {

constexpr geo::RegionCode kLuohe = 411100;

class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(test::mapsDirectory());
        ASSERT_TRUE(m_window->openProvince(QStringLiteral("henan")).ok());
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    widgets::DistrictInspector* inspector() const { return m_window->docks()->inspector(); }

    QDoubleSpinBox* spinBox(const QString& name) const {
        return inspector()->findChild<QDoubleSpinBox*>(name);
    }

    std::vector<int> legendCounts() const {
        std::vector<int> counts;
        for (const auto& swatch : m_window->docks()->legend()->content().classes) {
            counts.push_back(swatch.count);
        }
        return counts;
    }

    QString recommendationText() const {
        return m_window->docks()
            ->recommendations()
            ->findChild<QTextBrowser*>(QStringLiteral("recommendationsList"))
            ->toPlainText();
    }

    // The first district of Luohe, selected as a planner would select it in a list.
    model::DistrictId selectLuoheDistrict() const {
        const model::DistrictId id = m_window->plan()->districtsIn(kLuohe).front()->id;
        m_window->selection()->setDistrict(id);
        return id;
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(WorkspaceTest, SelectionIsSharedByTheMapTheInspectorAndThePanels) {
    const model::DistrictId id = selectLuoheDistrict();
    EXPECT_EQ(inspector()->districtId(), id);
    EXPECT_EQ(m_window->canvas()->viewState().selectedDistrict, id);
    // ... and ringed on the map.
    const auto* selected = m_window->canvas()->viewState().districts->symbol(id);
    ASSERT_NE(selected, nullptr);
    m_window->canvas()->showDistrict(id);
    QApplication::processEvents();
    const QImage shown = m_window->canvas()->viewport()->grab().toImage();
    const QPoint ring = m_window->canvas()->viewPosition(selected->scene);
    int red = 0;
    for (int y = ring.y() - 16; y <= ring.y() + 16; ++y) {
        for (int x = ring.x() - 16; x <= ring.x() + 16; ++x) {
            red += shown.pixelColor(x, y) == render::palette::kDistrictSelection ? 1 : 0;
        }
    }
    EXPECT_GT(red, 10);
    EXPECT_TRUE(recommendationText().size() > 0);

    // Clicking another district's symbol on the map selects it everywhere.
    // A district whose symbol no other covers at its centre.
    const widgets::MapCanvas* canvas = m_window->canvas();
    const render::DistrictSymbolLayer& layer = *canvas->viewState().districts;
    const render::DistrictSymbolLayer::Symbol* target = nullptr;
    for (const auto& symbol : layer.symbols()) {
        const QPoint at = canvas->viewPosition(symbol.scene);
        if (symbol.id != id && canvas->viewport()->rect().contains(at) &&
            layer.districtAt(QPointF(at), canvas->viewportTransform(), 1.0) == symbol.id) {
            target = &symbol;
            break;
        }
    }
    ASSERT_NE(target, nullptr);
    const auto& other = *target;
    QTest::mouseClick(m_window->canvas()->viewport(), Qt::LeftButton, {},
                      m_window->canvas()->viewPosition(other.scene));
    EXPECT_EQ(m_window->selection()->district(), other.id);
    EXPECT_EQ(inspector()->districtId(), other.id);
}

TEST_F(WorkspaceTest, AnInspectorEditUpdatesLegendAndRecommendationsAndUndoRestoresThem) {
    const model::DistrictId id = selectLuoheDistrict();
    const model::District before = *m_window->plan()->district(id);

    // Classes cut just above Luohe's mean gap, so widening one of its gaps moves it up a class.
    render::MapSymbology symbology;
    symbology.choropleth.metricId = QStringLiteral("infrastructure-gap");
    symbology.choropleth.aggregation = analysis::Aggregation::Mean;
    m_window->setSymbology(symbology);
    const double luoheGap = m_window->overlays().choropleth->value(kLuohe)->value;
    symbology.choropleth.methodId = QStringLiteral("manual");
    symbology.choropleth.manualThresholds = {luoheGap + 1e-9};
    m_window->setSymbology(symbology);
    const std::vector<int> countsBefore = legendCounts();
    const QString adviceBefore = recommendationText();
    ASSERT_EQ(countsBefore.size(), 2u);

    QDoubleSpinBox* water = spinBox(QStringLiteral("current_water"));
    QDoubleSpinBox* waterRequired = spinBox(QStringLiteral("required_water"));
    ASSERT_NE(water, nullptr);
    ASSERT_NE(waterRequired, nullptr);
    waterRequired->setValue(100.0);
    water->setValue(0.0);

    EXPECT_GT(m_window->overlays().choropleth->value(kLuohe)->value, luoheGap);
    const std::vector<int> countsAfter = legendCounts();
    EXPECT_EQ(countsAfter[0], countsBefore[0] - 1);
    EXPECT_EQ(countsAfter[1], countsBefore[1] + 1);
    EXPECT_NE(recommendationText(), adviceBefore);
    EXPECT_TRUE(m_window->undoAction()->isEnabled());
    EXPECT_TRUE(m_window->undoAction()->text().contains(QStringLiteral("Undo")));

    while (m_window->undoAction()->isEnabled()) {
        m_window->undoAction()->trigger();
    }
    EXPECT_EQ(legendCounts(), countsBefore);
    EXPECT_EQ(recommendationText(), adviceBefore);
    EXPECT_EQ(water->value(), before.provision(model::InfrastructureItem::Water).current);
    EXPECT_EQ(m_window->plan()->district(id)->provision(model::InfrastructureItem::Water),
              before.provision(model::InfrastructureItem::Water));
    EXPECT_EQ(m_window->plan()->district(id)->provenance, before.provenance);
}

TEST_F(WorkspaceTest, AScenarioIsEditedApartAndComparedWithTheBaseline) {
    widgets::PlanWorkspace* space = m_window->workspace();
    const auto baselineCopy = space->baseline().plan->clone();
    m_window->createScenario(QStringLiteral("Water for Luohe"));
    ASSERT_EQ(space->scenarioCount(), 2);
    ASSERT_EQ(space->activeIndex(), 1);
    ASSERT_EQ(m_window->plan(), space->scenario(1).plan.get());

    const model::DistrictId id = selectLuoheDistrict();
    spinBox(QStringLiteral("required_water"))->setValue(100.0);
    spinBox(QStringLiteral("current_water"))->setValue(0.0);
    EXPECT_TRUE(model::planDifferences(*baselineCopy, *space->baseline().plan).isEmpty());
    EXPECT_FALSE(model::planDifferences(*baselineCopy, *space->scenario(1).plan).isEmpty());

    render::MapSymbology symbology;
    symbology.choropleth.metricId = QStringLiteral("infrastructure-gap");
    symbology.choropleth.aggregation = analysis::Aggregation::Mean;
    widgets::ScenarioComparisonDialog dialog(*space, 1, symbology, geo::RegionLevel::City,
                                             geo::LabelLanguage::Chinese);
    dialog.resize(1200, 800);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    // The difference map changes in Luohe only.
    for (const auto& [code, value] : dialog.differenceMap()->values()) {
        if (code == kLuohe) {
            EXPECT_GT(value.value, 0.0);
        } else {
            EXPECT_EQ(value.value, 0.0) << code;
        }
    }
    // No change is the neutral middle of the diverging ramp; Luohe's rise is on the blue side.
    const auto neutral = dialog.differenceMap()->colourOf(410100);
    const auto luohe = dialog.differenceMap()->colourOf(kLuohe);
    ASSERT_TRUE(neutral && luohe);
    EXPECT_GT(neutral->r + neutral->g + neutral->b, 3 * 230);
    EXPECT_GT(luohe->b, luohe->r);

    // The tables list the district's changes and nothing else.
    ASSERT_GT(dialog.indicatorTable()->rowCount(), 0);
    const QString name = space->scenario(1).plan->district(id)->nameZh;
    for (int row = 0; row < dialog.indicatorTable()->rowCount(); ++row) {
        EXPECT_EQ(dialog.indicatorTable()->item(row, 0)->text(), name);
    }
    EXPECT_GT(dialog.recommendationTable()->rowCount(), 0);

    if (const QString folder = qEnvironmentVariable("AGGLOMAP_SCREENSHOTS"); !folder.isEmpty()) {
        // For looking at, not for asserting: bash tools/screenshots.sh
        for (widgets::MapCanvas* canvas :
             {dialog.baselineCanvas(), dialog.scenarioCanvas(), dialog.differenceCanvas()}) {
            QSignalSpy rendered(canvas, &widgets::MapCanvas::mapRendered);
            if (canvas->isRenderPending()) {
                rendered.wait(5000);
            }
        }
        dialog.grab().save(folder + QStringLiteral("/comparison_side_by_side.png"));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
        QTest::qWait(500);
        dialog.grab().save(folder + QStringLiteral("/comparison_difference.png"));
        m_window->grab().save(folder + QStringLiteral("/workspace_scenario.png"));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(0);
    }

    // The maps share one view.
    dialog.baselineCanvas()->zoomBy(2.0);
    EXPECT_DOUBLE_EQ(dialog.scenarioCanvas()->metresPerPixel(),
                     dialog.baselineCanvas()->metresPerPixel());
    EXPECT_DOUBLE_EQ(dialog.differenceCanvas()->metresPerPixel(),
                     dialog.baselineCanvas()->metresPerPixel());

    // A further edit of the scenario reaches the open comparison, and undoing it all empties it.
    const auto rowsBefore = dialog.indicatorTable()->rowCount();
    while (m_window->undoAction()->isEnabled()) {
        m_window->undoAction()->trigger();
    }
    EXPECT_LT(dialog.indicatorTable()->rowCount(), rowsBefore);
    EXPECT_TRUE(dialog.comparison().isEmpty());

    // Back on the baseline, the undo history is the baseline's own.
    m_window->showScenario(0);
    EXPECT_EQ(m_window->plan(), space->baseline().plan.get());
    EXPECT_FALSE(m_window->undoAction()->isEnabled());
}

TEST_F(WorkspaceTest, LayoutSymbologyAndLayersPersistBetweenRuns) {
    render::MapSymbology symbology;
    symbology.choropleth.metricId = QStringLiteral("rd-intensity");
    symbology.choropleth.aggregation = analysis::Aggregation::WeightedMean;
    symbology.choropleth.rampId = QStringLiteral("Greens");
    symbology.districtColouring = render::SymbolColouring::InnovationMode;
    m_window->setSymbology(symbology);
    render::MapLayerStack layers = m_window->docks()->layers()->layers();
    layers.setVisible(render::MapLayerId::Linkages, true);
    layers.setOpacity(render::MapLayerId::Regions, 0.6);
    m_window->docks()->layers()->setLayers(layers);
    m_window->close();

    MainWindow again(test::mapsDirectory());
    ASSERT_TRUE(again.openProvince(QStringLiteral("henan")).ok());
    EXPECT_EQ(again.overlays().choropleth->spec().metricId, QStringLiteral("rd-intensity"));
    EXPECT_EQ(again.overlays().choropleth->spec().rampId, QStringLiteral("Greens"));
    EXPECT_EQ(again.overlays().districts->colouring(), render::SymbolColouring::InnovationMode);
    EXPECT_EQ(again.canvas()->viewState().layers, layers);
}
