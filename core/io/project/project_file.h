#pragma once

#include "geo/region_hierarchy.h"
#include "model/plan.h"
#include "util/result.h"
#include "util/status.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace agglomap::io {

// A plan project is one GeoPackage: the boundaries (a MultiPolygon layer), the districts (a point
// layer), their industries, infrastructure, innovation and finance, links, district links, the
// sector catalogue and input-output table (attribute tables, one row per item, the columns of
// the plan folder's CSV files plus a `scenario` column), the scenarios, and the window's
// settings. QGIS opens it too. The schema version lives in the file; older versions are
// migrated on open, newer ones refused with a message.
inline constexpr int kProjectSchemaVersion = 2;
inline constexpr const char* kProjectSuffix = "gpkg";

// What is saved: borrowed from the window's workspace, so saving copies nothing.
struct ProjectContents {
    // The bundled province whose rivers and towns the map shows ("henan"); may be empty.
    QString province;
    const geo::RegionHierarchy* regions = nullptr;
    // Provenance of the boundaries, shown in the layer panel and in export credits.
    QString boundaryDescription;
    struct Version {
        QString name;
        const model::Plan* plan = nullptr;
    };
    // The baseline first, then the scenarios; never empty. All share `regions`.
    std::vector<Version> versions;
    // The window's map style, view and other settings; opaque to the core.
    QJsonObject settings;
};

// What is opened: owns its plans, which share one region hierarchy.
struct OpenedProject {
    QString province;
    std::shared_ptr<const geo::RegionHierarchy> regions;
    QString boundaryDescription;
    struct Version {
        QString name;
        std::unique_ptr<model::Plan> plan;
    };
    std::vector<Version> versions;
    QJsonObject settings;
    // The schema version the file was written with (before migration).
    int schemaVersion = kProjectSchemaVersion;
};

// The steps of a save, in order. Under a lock (PATH.lock: one save of a file at a time, across
// processes) the file is written aside (PATH.saving next to it), closed, flushed to disk and
// renamed over PATH, so PATH is always either the old file or the new one.
enum class SaveStep {
    CreateTemporary,
    WriteMetadata,
    WriteBoundaries,
    WriteDistricts,
    WritePlanTables,
    CloseTemporary,
    SyncTemporary,
    ReplaceTarget,
};

// How a save test stops a save before a step: as a failure (the save cleans up and reports) or
// as a crash (the save returns at once, leaving what it wrote aside, as a killed process would).
enum class SaveInterruption { None, Fail, Crash };

struct SaveHooks {
    std::function<SaveInterruption(SaveStep)> before;
};

// Saves atomically. On failure the message names the file and what to do, PATH is unchanged,
// and the temporary file is removed. A stale temporary file from a crash is replaced.
Status saveProject(const ProjectContents& project, const QString& path,
                   const SaveHooks& hooks = {});

// Removes what a killed save of PATH left beside it (PATH.saving, up to the plan's size, and
// SQLite's journal of it), unless a save of PATH is running; true when something was removed.
// Opening a plan does this, so a crash's leftovers do not wait for the next save.
bool removeStaleSave(const QString& path);

// Opens a project. Any problem (not a GeoPackage, truncated, a missing table or column, a value
// that is not a number, a newer schema) names the file, the table, the row and the field, and
// nothing is returned.
[[nodiscard]] Result<OpenedProject> openProject(const QString& path);

// True when the file is a GeoPackage written by Agglomap (it holds the project metadata table);
// for telling plan files from data files dropped on the window.
[[nodiscard]] bool isProjectFile(const QString& path);

// True when the file is an SQLite database holding a plan's tables (regions, districts,
// scenarios) but is not a plan file any more: its metadata table is gone or its GeoPackage
// application id is damaged. Such a file must not be taken for a data file to import.
[[nodiscard]] bool isDamagedProjectFile(const QString& path);

} // namespace agglomap::io
