#include "widgets/project/workspace_loader.h"

#include "io/maps_directory.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

namespace agglomap::widgets {

Result<std::shared_ptr<const render::ContextLayers>>
loadContextLayers(const QString& mapsDirectory, const QString& province,
                  const render::MapScene& scene) {
    const auto directory = io::bundledProvinceDirectory(mapsDirectory, province);
    if (!directory) {
        // A plan file naming no bundled province has no rivers or towns.
        return std::make_shared<const render::ContextLayers>();
    }
    return render::ContextLayers::load(directory.value(), scene.projection());
}

Result<std::unique_ptr<PlanWorkspace>> loadSampleWorkspace(const QString& mapsDirectory,
                                                           const QString& province) {
    const auto directory = io::bundledProvinceDirectory(mapsDirectory, province);
    if (!directory) {
        return directory.error();
    }
    auto scene = render::MapScene::load(directory.value());
    if (!scene) {
        return scene.error();
    }
    auto context = loadContextLayers(mapsDirectory, province, *scene.value());
    if (!context) {
        return context.error();
    }
    auto opened = io::openPlan(province, mapsDirectory);
    if (!opened) {
        return opened.error();
    }
    return std::make_unique<PlanWorkspace>(scene.value(), context.value(),
                                           std::move(opened).value());
}

Result<std::unique_ptr<PlanWorkspace>> loadProjectWorkspace(const QString& mapsDirectory,
                                                            const QString& path) {
    auto project = io::openProject(path);
    if (!project) {
        return project.error();
    }
    auto scene = render::MapScene::build(*project.value().regions);
    if (!scene) {
        return Error{
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), scene.error().message)};
    }
    auto context = loadContextLayers(mapsDirectory, project.value().province, *scene.value());
    if (!context) {
        return context.error();
    }
    auto space =
        std::make_unique<PlanWorkspace>(scene.value(), context.value(), std::move(project).value());
    space->setFilePath(path);
    return space;
}

Result<std::unique_ptr<PlanWorkspace>> newPlanWorkspace(const QString& mapsDirectory,
                                                        const QString& province) {
    auto space = loadSampleWorkspace(mapsDirectory, province);
    if (!space) {
        return space.error();
    }
    model::Plan& plan = *space.value()->baseline().plan;
    for (const model::District* district : plan.districts()) {
        if (const Status status = plan.removeDistrict(district->id); !status) {
            return status.error();
        }
    }
    // Both titles are the plan's own names, in each language, not interface text.
    plan.setInfo(
        {QStringLiteral("新规划"), QStringLiteral("New plan"), QDate::currentDate().year(),
         QCoreApplication::translate(
             "PlanWorkspace", "Entered by the planning office. Input-output coefficients from the "
                              "sample plan (illustrative).")});
    return space;
}

} // namespace agglomap::widgets
