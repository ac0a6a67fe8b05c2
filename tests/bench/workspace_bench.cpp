// From one edit to the repainted map and panels: the planner's loop.
// Run: bash tools/dev.sh bench --benchmark_filter=Edit
//
// BM_EditToRepaintHenan drives the real window offscreen: a business-income edit goes through
// the undo commands as the inspector's spin box sends it; the plan, analysis, overlays, legend,
// inspector, recommendation and table panels refresh synchronously; the map's base image is
// then rendered on the worker and blitted. BM_EditOffMapHenan edits a provision, which changes
// the panels but nothing the default map shows, so no map render is needed. Each edit is timed on
// its own; the counters give the median and 95th percentile of the synchronous part and of the
// whole path to the new frame.
#include "analysis/choropleth.h"
#include "bench/synthetic_plan.h"
#include "commands/plan_commands.h"
#include "render/legend.h"
#include "render/map_image_renderer.h"
#include "render/map_overlays.h"
#include "render/map_painter.h"
#include "support/test_data.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/plan_workspace.h"
#include "widgets/workspace_selection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace agglomap;

namespace {

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

void reportPercentiles(benchmark::State& state, const char* name,
                       const std::vector<double>& millis) {
    state.counters[std::string(name) + "_p50_ms"] = percentile(millis, 0.5);
    state.counters[std::string(name) + "_p95_ms"] = percentile(millis, 0.95);
}

enum class EditKind {
    Income,    // changes the default map: city income sums and the district's symbol size
    Provision, // changes the inspector, recommendations and table, but nothing on the map
};

void editToRepaintHenan(benchmark::State& state, EditKind kind) {
    widgets::MainWindow window(test::mapsDirectory());
    if (!window.openProvince(QStringLiteral("henan")).ok()) {
        state.SkipWithError("cannot open Henan");
        return;
    }
    window.resize(1600, 1000);
    window.show();
    widgets::Scenario& shown = window.workspace()->active();
    const model::DistrictId id = shown.plan->districts().front()->id;
    window.selection()->setDistrict(id); // inspector and recommendations follow this district
    bool rendered = false;
    QObject::connect(window.canvas(), &widgets::MapCanvas::mapRendered,
                     [&rendered] { rendered = true; });
    auto waitForFrame = [&] {
        // An edit that changes nothing on the map queues no render: the frame is current.
        while (window.canvas()->isRenderPending() && !rendered) {
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        QApplication::processEvents(); // the blit of the new image, the panels' repaint
    };
    waitForFrame();
    const model::Finance original = shown.plan->district(id)->finance;

    std::vector<double> synchronous;
    std::vector<double> toFrame;
    int renders = 0;
    int edit = 0;
    for (auto _ : state) {
        rendered = false;
        QElapsedTimer timer;
        timer.start();
        if (kind == EditKind::Income) {
            model::Finance finance = original;
            finance.businessIncome *= edit % 2 == 0 ? 1.5 : 1.0;
            (void)commands::setFinance(*shown.undoStack, *shown.plan, id, finance);
        } else {
            const model::Provision provision{static_cast<double>(edit % 2 == 0 ? 20 : 70), 90.0};
            (void)commands::setProvision(*shown.undoStack, *shown.plan, id,
                                         model::InfrastructureItem::Water, provision);
        }
        const double sync = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        renders += window.canvas()->isRenderPending() ? 1 : 0;
        waitForFrame();
        const double total = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        state.SetIterationTime(total / 1e3);
        synchronous.push_back(sync);
        toFrame.push_back(total);
        ++edit;
    }
    reportPercentiles(state, "sync", synchronous);
    reportPercentiles(state, "frame", toFrame);
    state.counters["renders"] = renders;
}

void BM_EditToRepaintHenan(benchmark::State& state) {
    editToRepaintHenan(state, EditKind::Income);
}
BENCHMARK(BM_EditToRepaintHenan)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(200);

void BM_EditOffMapHenan(benchmark::State& state) {
    editToRepaintHenan(state, EditKind::Provision);
}
BENCHMARK(BM_EditOffMapHenan)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(200);

// The same path without widgets at national scale: edit, analysis, overlays and legend, and a
// full base-map render of 2,900 county squares with 3,000 district symbols.
void BM_EditToRepaintNational(benchmark::State& state) {
    const auto plan = bench::nationalPlan();
    analysis::PlanAnalysis analysis(*plan);
    auto scene = render::MapScene::build(plan->regions()).value();
    QUndoStack stack;
    render::MapSymbology symbology;
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const QRectF device(0, 0, 1600, 1000);
    const QTransform transform = render::fitTransform(scene->sceneExtent(), device, 0.04);
    const auto districts = plan->districts();
    std::vector<double> refresh;
    std::vector<double> toFrame;
    int edit = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const model::District* target =
            districts[static_cast<std::size_t>(edit * 37) % districts.size()];
        model::SectorActivity activity = target->industries.front();
        activity.outputValue *= (edit % 2 == 0) ? 1.1 : 1.0 / 1.1;
        (void)commands::setSectorActivity(stack, *plan, target->id, activity);
        const render::MapOverlays overlays =
            render::buildOverlays(*plan, analysis, *scene, symbology, geo::RegionLevel::County);
        const render::LegendContent legend = render::legendContent(
            overlays.choropleth.get(), overlays.districts.get(), geo::LabelLanguage::Chinese);
        benchmark::DoNotOptimize(analysis.recommendations(target->id)->size());
        refresh.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        render::MapViewState view;
        view.overviewLevel = geo::RegionLevel::County;
        view.choropleth = overlays.choropleth;
        view.districts = overlays.districts;
        QPainter painter(&image);
        render::MapPainter(*scene, view).paintBase(painter, transform, device);
        painter.end();
        const double total = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        toFrame.push_back(total);
        state.SetIterationTime(total / 1e3);
        benchmark::DoNotOptimize(legend.classes.size());
        ++edit;
    }
    reportPercentiles(state, "refresh", refresh);
    reportPercentiles(state, "frame", toFrame);
}
BENCHMARK(BM_EditToRepaintNational)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);

} // namespace
