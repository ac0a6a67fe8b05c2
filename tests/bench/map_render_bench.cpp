// Map loading, drawing and hit-testing on the bundled Henan boundaries.
// Run: cmake --build build --target agglomap_bench && build/bin/agglomap_bench
#include "io/plan_source.h"
#include "render/map_image_renderer.h"
#include "render/map_overlays.h"
#include "render/map_painter.h"
#include "support/test_data.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

using namespace agglomap;

namespace {

const render::MapScene& henan() {
    static const auto scene =
        render::MapScene::load(test::provinceDirectory(QStringLiteral("henan")));
    return *scene.value();
}

void paintFrame(const render::MapViewState& state, double zoom, QPointF panOffset,
                benchmark::State& bench) {
    const render::MapScene& scene = henan();
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const QRectF device(0, 0, 1600, 1000);
    QTransform transform = render::fitTransform(scene.sceneExtent(), device, 0.04);
    transform = transform * QTransform::fromTranslate(-800, -500) *
                QTransform::fromScale(zoom, zoom) * QTransform::fromTranslate(800, 500);
    int frame = 0;
    for (auto _ : bench) {
        // Each frame pans a little, as while dragging.
        const QTransform panned =
            transform *
            QTransform::fromTranslate(panOffset.x() * (frame % 20), panOffset.y() * (frame % 20));
        QPainter painter(&image);
        const render::MapPainter mapPainter(scene, state);
        mapPainter.paintMap(painter, panned, device);
        mapPainter.paintDecorations(painter, panned, device);
        painter.end();
        ++frame;
        benchmark::DoNotOptimize(image.constBits());
    }
    bench.counters["vertices_lod"] = static_cast<double>(
        geo::ProjectedRegionSet::lodFor(render::MapPainter::metresPerPixel(transform)));
}

void BM_LoadAndPrepareHenan(benchmark::State& state) {
    for (auto _ : state) {
        auto scene = render::MapScene::load(test::provinceDirectory(QStringLiteral("henan")));
        benchmark::DoNotOptimize(scene);
    }
}
BENCHMARK(BM_LoadAndPrepareHenan)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FrameProvinceCities(benchmark::State& state) {
    paintFrame({}, 1.0, {4, 2}, state);
}
BENCHMARK(BM_FrameProvinceCities)->Unit(benchmark::kMillisecond);

render::MapViewState countyOverview(render::LabelVisibility labels) {
    render::MapViewState view;
    view.overviewLevel = geo::RegionLevel::County;
    view.labels = labels;
    return view;
}

void BM_FrameProvinceAllCounties(benchmark::State& state) {
    paintFrame(countyOverview(render::LabelVisibility::Shown), 1.0, {4, 2}, state);
}
BENCHMARK(BM_FrameProvinceAllCounties)->Unit(benchmark::kMillisecond);

void BM_FrameProvinceAllCountiesNoLabels(benchmark::State& state) {
    paintFrame(countyOverview(render::LabelVisibility::Hidden), 1.0, {4, 2}, state);
}
BENCHMARK(BM_FrameProvinceAllCountiesNoLabels)->Unit(benchmark::kMillisecond);

void BM_FrameCountiesZoomedIn4x(benchmark::State& state) {
    paintFrame(countyOverview(render::LabelVisibility::Shown), 4.0, {6, 3}, state);
}
BENCHMARK(BM_FrameCountiesZoomedIn4x)->Unit(benchmark::kMillisecond);

void BM_FrameCountiesZoomedIn30x(benchmark::State& state) {
    paintFrame(countyOverview(render::LabelVisibility::Shown), 30.0, {6, 3}, state);
}
BENCHMARK(BM_FrameCountiesZoomedIn30x)->Unit(benchmark::kMillisecond);

// What the canvas's worker paints for each view while the planner pans over the county
// choropleth with the district symbols on top.
void BM_FramePanCountyChoropleth(benchmark::State& state) {
    const auto opened = io::openPlan(QStringLiteral("henan"), test::mapsDirectory()).value();
    const analysis::PlanAnalysis analysis(*opened.plan);
    const render::MapOverlays overlays = render::buildOverlays(
        *opened.plan, analysis, henan(), render::MapSymbology{}, geo::RegionLevel::County);
    render::MapViewState view = countyOverview(render::LabelVisibility::Shown);
    view.choropleth = overlays.choropleth;
    view.districts = overlays.districts;
    view.linkages = overlays.linkages;
    paintFrame(view, 2.0, QPointF(9, 4), state);
}
BENCHMARK(BM_FramePanCountyChoropleth)->Unit(benchmark::kMillisecond);

void BM_HitTestCounty(benchmark::State& state) {
    const auto& counties = henan().regions(geo::RegionLevel::County);
    const geo::Box extent = counties.extent();
    double t = 0.0;
    for (auto _ : state) {
        t += 0.6180339887;
        t -= static_cast<int>(t);
        const geo::Point p(extent.min_corner().x() +
                               (extent.max_corner().x() - extent.min_corner().x()) * t,
                           extent.min_corner().y() +
                               (extent.max_corner().y() - extent.min_corner().y()) * (1 - t));
        benchmark::DoNotOptimize(counties.regionAt(p));
    }
}
BENCHMARK(BM_HitTestCounty)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the workspace benchmark drives the real window
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
