#include "render/briefing/export_session.h"

#include "io/maps_directory.h"
#include "io/plan_source.h"

namespace agglomap::render {

Result<std::unique_ptr<ExportSession>> openExportSession(const QString& planArgument,
                                                         const QString& mapsDirectory) {
    auto opened = io::openPlan(planArgument, mapsDirectory);
    if (!opened) {
        return opened.error();
    }
    auto scene = MapScene::build(*opened.value().regions);
    if (!scene) {
        return scene.error();
    }
    // A plan file naming no bundled province has no rivers or towns.
    const auto directory = io::bundledProvinceDirectory(mapsDirectory, opened.value().province);
    auto context =
        directory
            ? ContextLayers::load(directory.value(), scene.value()->projection())
            : Result<std::shared_ptr<const ContextLayers>>(std::make_shared<const ContextLayers>());
    if (!context) {
        return context.error();
    }
    auto session = std::make_unique<ExportSession>();
    session->scene = scene.value();
    session->context = context.value();
    session->boundaryDescription = opened.value().boundaryDescription;
    session->plan = std::move(opened).value().plan;
    session->analysis = std::make_unique<analysis::PlanAnalysis>(*session->plan);
    return session;
}

} // namespace agglomap::render
