#include "io/plan_source.h"

#include "io/boundary_loader.h"
#include "io/maps_directory.h"
#include "io/plan_folder_reader.h"
#include "io/project/project_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace agglomap::io {

Result<OpenedPlan> openPlan(const QString& planArgument, const QString& mapsDirectory) {
    QString province = planArgument;
    QString folder;
    if (QFileInfo(planArgument).isFile()) {
        auto project = openProject(planArgument);
        if (!project) {
            return project.error();
        }
        OpenedProject found = std::move(project).value();
        OpenedPlan opened;
        opened.regions = found.regions;
        opened.plan = std::move(found.versions.front().plan);
        opened.province = found.province;
        opened.boundaryDescription = found.boundaryDescription;
        return opened;
    }
    if (bundledProvinceKeys().contains(planArgument)) {
        folder = QDir(mapsDirectory).filePath(planArgument + QStringLiteral("/plan"));
    } else {
        folder = planArgument;
        QFile info(QDir(folder).filePath(QStringLiteral("plan.json")));
        if (!QFileInfo(folder).isDir() || !info.open(QIODevice::ReadOnly)) {
            return Error{
                //: %1 is what was given on the command line, %2 the bundled plans
                QCoreApplication::translate(
                    "agglomap::io::PlanSource",
                    "\"%1\" is neither a bundled plan (%2), nor a plan file (.gpkg), nor a plan "
                    "folder with a plan.json.")
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
            //: %1 is the plan folder, %2 a province key, %3 why it is not a bundled one
            QCoreApplication::translate("agglomap::io::PlanSource",
                                        "%1: plan.json names province \"%2\"; %3")
                .arg(QDir::toNativeSeparators(folder), province, boundaries.error().message)};
    }
    auto hierarchy = loadBoundaries(boundaries.value());
    if (!hierarchy) {
        return hierarchy.error();
    }
    OpenedPlan opened;
    opened.province = province;
    opened.boundaryDescription =
        layerDescription(QDir(boundaries.value()).filePath(QString::fromLatin1(kCitiesFile)));
    opened.regions = std::make_shared<const geo::RegionHierarchy>(std::move(hierarchy).value());
    auto plan = readPlanFolder(folder, opened.regions);
    if (!plan) {
        return plan.error();
    }
    opened.plan = std::move(plan).value();
    return opened;
}

Result<OpenedProject> openPlanAsProject(const QString& planArgument, const QString& mapsDirectory) {
    if (QFileInfo(planArgument).isFile()) {
        return openProject(planArgument);
    }
    auto opened = openPlan(planArgument, mapsDirectory);
    if (!opened) {
        return opened.error();
    }
    OpenedProject project;
    project.province = opened.value().province;
    project.regions = opened.value().regions;
    project.boundaryDescription = opened.value().boundaryDescription;
    //: Name of a plan's first version, before any scenario
    project.versions.push_back({QCoreApplication::translate("agglomap::io::PlanSource", "Baseline"),
                                std::move(opened).value().plan});
    return project;
}

ProjectContents contentsOf(const OpenedProject& project) {
    ProjectContents contents;
    contents.province = project.province;
    contents.regions = project.regions.get();
    contents.boundaryDescription = project.boundaryDescription;
    for (const auto& version : project.versions) {
        contents.versions.push_back({version.name, version.plan.get()});
    }
    contents.settings = project.settings;
    return contents;
}

} // namespace agglomap::io
