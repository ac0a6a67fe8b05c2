#include "render/briefing/export_session.h"

#include "io/maps_directory.h"
#include "io/plan_source.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace agglomap::render {

namespace {

// The bundled province folder a plan lives on: the plan's own name, or for a plan folder the
// province its plan.json names.
Result<QString> provinceDirectory(const QString& planArgument, const QString& mapsDirectory) {
    auto bundled = io::bundledProvinceDirectory(mapsDirectory, planArgument);
    if (bundled) {
        return bundled;
    }
    QFile planJson(QDir(planArgument).filePath(QStringLiteral("plan.json")));
    if (planJson.open(QIODevice::ReadOnly)) {
        const QString province = QJsonDocument::fromJson(planJson.readAll())
                                     .object()
                                     .value(QStringLiteral("province"))
                                     .toString();
        if (!province.isEmpty()) {
            return io::bundledProvinceDirectory(mapsDirectory, province);
        }
    }
    return bundled;
}

} // namespace

Result<std::unique_ptr<ExportSession>> openExportSession(const QString& planArgument,
                                                         const QString& mapsDirectory) {
    auto opened = io::openPlan(planArgument, mapsDirectory);
    if (!opened) {
        return opened.error();
    }
    const auto directory = provinceDirectory(planArgument, mapsDirectory);
    if (!directory) {
        return directory.error();
    }
    auto scene = MapScene::build(*opened.value().regions);
    if (!scene) {
        return scene.error();
    }
    auto context = ContextLayers::load(directory.value(), scene.value()->projection());
    if (!context) {
        return context.error();
    }
    auto session = std::make_unique<ExportSession>();
    session->scene = scene.value();
    session->context = context.value();
    session->plan = std::move(opened).value().plan;
    session->analysis = std::make_unique<analysis::PlanAnalysis>(*session->plan);
    session->boundaryDescription =
        io::layerDescription(QDir(directory.value()).filePath(QStringLiteral("cities.geojson")));
    return session;
}

} // namespace agglomap::render
