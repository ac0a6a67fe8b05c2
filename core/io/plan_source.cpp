#include "io/plan_source.h"

#include "io/boundary_loader.h"
#include "io/maps_directory.h"
#include "io/plan_folder_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace agglomap::io {

Result<OpenedPlan> openPlan(const QString& planArgument, const QString& mapsDirectory) {
    QString province = planArgument;
    QString folder;
    if (bundledProvinceKeys().contains(planArgument)) {
        folder = QDir(mapsDirectory).filePath(planArgument + QStringLiteral("/plan"));
    } else {
        folder = planArgument;
        QFile info(QDir(folder).filePath(QStringLiteral("plan.json")));
        if (!QFileInfo(folder).isDir() || !info.open(QIODevice::ReadOnly)) {
            return Error{
                QStringLiteral(
                    "\"%1\" is neither a bundled plan (%2) nor a plan folder with a plan.json.")
                    .arg(planArgument, bundledProvinceKeys().join(QStringLiteral(", ")))};
        }
        province = QJsonDocument::fromJson(info.readAll())
                       .object()
                       .value(QLatin1String("province"))
                       .toString();
    }
    const auto boundaries = bundledProvinceDirectory(mapsDirectory, province);
    if (!boundaries) {
        return Error{
            QStringLiteral("%1: plan.json names province \"%2\"; %3")
                .arg(QDir::toNativeSeparators(folder), province, boundaries.error().message)};
    }
    auto hierarchy = loadBoundaries(boundaries.value());
    if (!hierarchy) {
        return hierarchy.error();
    }
    OpenedPlan opened;
    opened.regions = std::make_shared<const geo::RegionHierarchy>(std::move(hierarchy).value());
    auto plan = readPlanFolder(folder, opened.regions);
    if (!plan) {
        return plan.error();
    }
    opened.plan = std::move(plan).value();
    return opened;
}

} // namespace agglomap::io
