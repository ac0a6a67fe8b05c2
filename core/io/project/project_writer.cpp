#include "io/import/gdal_messages.h"
#include "io/ogr_geometry_conversion.h"
#include "io/output_file.h"
#include "io/project/durable_file.h"
#include "io/project/next_district_id.h"
#include "io/project/plan_tables.h"
#include "io/project/project_file.h"
#include "io/project/project_schema.h"
#include "util/quoted_text.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace agglomap::io {

namespace {

using namespace project;

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// SQLite's companions of the temporary: a journal left by a crash would be played back into
// the next temporary of the same name, so they go with it.
QStringList temporaryFiles(const QString& temporary) {
    return {temporary, temporary + QStringLiteral("-journal"), temporary + QStringLiteral("-wal"),
            temporary + QStringLiteral("-shm")};
}

bool folderWritable(const QString& folder) {
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0;
#else
    return QFileInfo(folder).isWritable();
#endif
}

OGRFieldType fieldType(ColumnType type) {
    switch (type) {
    case ColumnType::Integer:
        return OFTInteger;
    case ColumnType::Real:
        return OFTReal;
    case ColumnType::Text:
        break;
    }
    return OFTString;
}

void setField(OGRFeature& feature, int field, ColumnType type, const QString& text) {
    switch (type) {
    case ColumnType::Integer:
        feature.SetField(field, static_cast<GIntBig>(text.toLongLong()));
        return;
    case ColumnType::Real:
        feature.SetField(field, text.toDouble());
        return;
    case ColumnType::Text:
        break;
    }
    feature.SetField(field, text.toUtf8().constData());
}

class ProjectSave {
public:
    ProjectSave(const ProjectContents& project, const QString& path, const SaveHooks& hooks)
        : m_project(project)
        , m_path(path)
        , m_temporary(path + QStringLiteral(".saving"))
        , m_hooks(hooks) {
        m_wgs84.importFromEPSG(4326);
        m_wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }

    Status run() {
        if (const Status status = checkContents(); !status) {
            return status;
        }
        using Action = Status (ProjectSave::*)();
        const std::pair<SaveStep, Action> steps[] = {
            {SaveStep::CreateTemporary, &ProjectSave::createTemporary},
            {SaveStep::WriteMetadata, &ProjectSave::writeMetadata},
            {SaveStep::WriteBoundaries, &ProjectSave::writeBoundaries},
            {SaveStep::WriteDistricts, &ProjectSave::writeDistricts},
            {SaveStep::WritePlanTables, &ProjectSave::writePlanTables},
            {SaveStep::CloseTemporary, &ProjectSave::closeTemporary},
            {SaveStep::SyncTemporary, &ProjectSave::syncTemporary},
            {SaveStep::ReplaceTarget, &ProjectSave::replaceTarget},
        };
        for (const auto& [step, action] : steps) {
            if (const Status goesOn = interruption(step); !goesOn) {
                return goesOn;
            }
            Status status = (this->*action)();
            if (status && m_trap.failed()) {
                status = gdalFailure();
            }
            if (!status) {
                removeTemporary();
                return status;
            }
        }
        return {};
    }

private:
    Status checkContents() const {
        bool complete = m_project.regions && !m_project.versions.empty();
        for (const ProjectContents::Version& version : m_project.versions) {
            complete = complete && version.plan;
        }
        if (!complete) {
            return Error{
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "%1: cannot be saved: there is no plan to save.")
                    .arg(native(m_path))};
        }
        return {};
    }

    // Asks the hook whether the save goes on to `step`: success if it does, else the error that
    // ends it.
    Status interruption(SaveStep step) {
        const SaveInterruption what =
            m_hooks.before ? m_hooks.before(step) : SaveInterruption::None;
        switch (what) {
        case SaveInterruption::None:
            return {};
        case SaveInterruption::Fail:
            removeTemporary();
            return Error{QCoreApplication::translate(
                             "agglomap::io::ProjectFile",
                             "%1: the save was interrupted; the file was not changed. Save again.")
                             .arg(native(m_path))};
        case SaveInterruption::Crash:
            break;
        }
        // As a killed process would: everything stays as it is.
        return Error{QCoreApplication::translate(
                         "agglomap::io::ProjectFile",
                         "%1: the save stopped before it finished; %2 was left behind.")
                         .arg(native(m_path), native(m_temporary))};
    }

    Error failure(const QString& what) const {
        return Error{
            //: %1 is the plan file, %2 the reason (one of the sentences below)
            QCoreApplication::translate("agglomap::io::ProjectFile", "%1: cannot be saved: %2")
                .arg(native(m_path), what)};
    }

    Error gdalFailure() const {
        return failure(
            //: %1 is GDAL's own message, in English
            QCoreApplication::translate("agglomap::io::ProjectFile",
                                        "%1. Check that the disk has space, then save again.")
                .arg(plainReason(m_trap.firstFailure().value_or(QString()))));
    }

    // SQLite's failures reach GDAL as "sqlite3_exec(INSERT INTO ... 5 KB of SQL ...) failed:
    // database or disk is full": the reason is the part after the statement.
    static QString plainReason(const QString& gdal) {
        const qsizetype failed = gdal.lastIndexOf(QLatin1String(") failed: "));
        const QString reason = failed >= 0 ? gdal.mid(failed + 10) : gdal;
        return elided(reason.trimmed(), 200);
    }

    void removeTemporary() {
        m_dataset.reset();
        for (const QString& file : temporaryFiles(m_temporary)) {
            QFile::remove(file);
        }
    }

    QString folder() const { return QFileInfo(m_path).absolutePath(); }

    Status createTemporary() {
        if (!QFileInfo(folder()).isDir()) {
            return failure(
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "the folder %1 does not exist. Choose another folder.")
                    .arg(native(folder())));
        }
        if (!folderWritable(folder())) {
            return failure(
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "the folder %1 is not writable. Save to a folder you "
                                            "may write to, or ask for permission to write here.")
                    .arg(native(folder())));
        }
        if (QFileInfo(m_path).isDir()) {
            return failure(QCoreApplication::translate("agglomap::io::ProjectFile",
                                                       "it is a folder. Choose another name."));
        }
        // One save of a file at a time, across processes: the temporary beside the file is then
        // this save's alone, and one left by a save that crashed can safely be removed.
        m_lock.emplace(m_path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // a crashed save's lock is stale once its process is gone
        if (!m_lock->tryLock(0)) {
            const bool busy = m_lock->error() == QLockFile::LockFailedError;
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            m_lock.reset();
            return failure(
                busy ? QCoreApplication::translate(
                           "agglomap::io::ProjectFile",
                           "another save of this plan is in progress (process %1). Save again "
                           "when it has finished; your changes are kept.")
                           .arg(pid)
                     : QCoreApplication::translate("agglomap::io::ProjectFile",
                                                   "its lock file %1 cannot be created.")
                           .arg(native(m_path + QStringLiteral(".lock"))));
        }
        removeTemporary(); // left by a save that crashed
        if (QFileInfo::exists(m_temporary)) {
            return failure(
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "%1 is in the way and cannot be removed. Remove it, "
                                            "then save again.")
                    .arg(native(m_temporary)));
        }
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!driver) {
            return failure(QCoreApplication::translate("agglomap::io::ProjectFile",
                                                       "this GDAL has no GeoPackage driver."));
        }
        m_dataset.reset(
            driver->Create(m_temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!m_dataset || m_dataset->StartTransaction() != OGRERR_NONE) {
            return gdalFailure();
        }
        return {};
    }

    // A layer with a `scenario` column first when the table holds every version's rows.
    OGRLayer* createLayer(const char* name, OGRwkbGeometryType geometry,
                          const std::vector<TableColumn>& columns, bool perScenario) {
        OGRLayer* layer = m_dataset->CreateLayer(name, geometry == wkbNone ? nullptr : &m_wgs84,
                                                 geometry, nullptr);
        if (!layer) {
            return nullptr;
        }
        std::vector<TableColumn> all = columns;
        if (perScenario) {
            all.insert(all.begin(), {QLatin1String(kScenarioColumn), ColumnType::Integer});
        }
        for (const TableColumn& column : all) {
            OGRFieldDefn field(column.name.toUtf8().constData(), fieldType(column.type));
            if (layer->CreateField(&field) != OGRERR_NONE) {
                return nullptr;
            }
        }
        return layer;
    }

    Status writeMetadata() {
        const std::vector<TableColumn> keyValue{{QStringLiteral("key"), ColumnType::Text},
                                                {QStringLiteral("value"), ColumnType::Text}};
        OGRLayer* meta = createLayer(kMetaTable, wkbNone, keyValue, false);
        if (!meta) {
            return gdalFailure();
        }
        const std::pair<const char*, QString> entries[] = {
            {meta::kSchemaVersion, QString::number(kProjectSchemaVersion)},
            {meta::kAppVersion, QCoreApplication::applicationVersion()},
            {meta::kProvince, m_project.province},
            {meta::kBoundaryDescription, m_project.boundaryDescription},
            {meta::kSettings,
             QString::fromUtf8(QJsonDocument(m_project.settings).toJson(QJsonDocument::Compact))},
        };
        for (const auto& [key, value] : entries) {
            OGRFeature feature(meta->GetLayerDefn());
            feature.SetField(0, key);
            feature.SetField(1, value.toUtf8().constData());
            if (meta->CreateFeature(&feature) != OGRERR_NONE) {
                return gdalFailure();
            }
        }
        return writeScenarios();
    }

    Status writeScenarios() {
        using enum ColumnType;
        OGRLayer* layer = createLayer(kScenariosTable, wkbNone,
                                      {{QStringLiteral("name"), Text},
                                       {QStringLiteral("title_zh"), Text},
                                       {QStringLiteral("title_en"), Text},
                                       {QStringLiteral("year"), Integer},
                                       {QStringLiteral("source"), Text},
                                       {QStringLiteral("io_illustrative"), Text},
                                       {QStringLiteral("next_district_id"), Integer}},
                                      true);
        if (!layer) {
            return gdalFailure();
        }
        for (std::size_t index = 0; index < m_project.versions.size(); ++index) {
            const ProjectContents::Version& version = m_project.versions[index];
            const model::PlanInfo& info = version.plan->info();
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField(0, static_cast<int>(index));
            feature.SetField(1, version.name.toUtf8().constData());
            feature.SetField(2, info.titleZh.toUtf8().constData());
            feature.SetField(3, info.titleEn.toUtf8().constData());
            feature.SetField(4, info.year);
            feature.SetField(5, info.source.toUtf8().constData());
            feature.SetField(6, version.plan->inputOutputIllustrative() ? "true" : "false");
            feature.SetField(7, nextDistrictId(*version.plan));
            if (layer->CreateFeature(&feature) != OGRERR_NONE) {
                return gdalFailure();
            }
        }
        return {};
    }

    Status writeBoundaries() {
        using enum ColumnType;
        OGRLayer* layer = createLayer(kRegionsTable, wkbMultiPolygon,
                                      {{QStringLiteral("code"), Integer},
                                       {QStringLiteral("parent_code"), Integer},
                                       {QStringLiteral("level"), Text},
                                       {QStringLiteral("kind"), Text},
                                       {QStringLiteral("name_zh"), Text},
                                       {QStringLiteral("name_en"), Text}},
                                      false);
        if (!layer) {
            return gdalFailure();
        }
        for (const geo::Region& region : m_project.regions->regions()) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField(0, region.code);
            feature.SetField(1, region.parentCode);
            feature.SetField(2, geo::levelKey(region.level).toUtf8().constData());
            feature.SetField(3, geo::kindKey(region.kind).toUtf8().constData());
            feature.SetField(4, region.nameZh.toUtf8().constData());
            feature.SetField(5, region.nameEn.toUtf8().constData());
            feature.SetGeometryDirectly(toOgr(region.lonLat).release());
            if (layer->CreateFeature(&feature) != OGRERR_NONE) {
                return gdalFailure();
            }
        }
        return {};
    }

    Status writeDistricts() {
        for (const ProjectContents::Version& version : m_project.versions) {
            m_tables.push_back(planTables(*version.plan));
            m_tables.back().push_back(sectorTable(version.plan->sectors()));
        }
        if (const Status status = writeTable(0, wkbPoint); !status) {
            return status;
        }
        OGRLayer* layer = createLayer(kDistrictBoundariesTable, wkbMultiPolygon,
                                      {{QStringLiteral("district_id"), ColumnType::Integer}}, true);
        if (!layer) {
            return gdalFailure();
        }
        for (std::size_t index = 0; index < m_project.versions.size(); ++index) {
            for (const model::District* district : m_project.versions[index].plan->districts()) {
                if (!district->boundary) {
                    continue;
                }
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField(0, static_cast<int>(index));
                feature.SetField(1, district->id.value);
                feature.SetGeometryDirectly(toOgr(*district->boundary).release());
                if (layer->CreateFeature(&feature) != OGRERR_NONE) {
                    return gdalFailure();
                }
            }
        }
        return {};
    }

    Status writePlanTables() {
        for (std::size_t table = 1; table < m_tables.front().size(); ++table) {
            if (const Status status = writeTable(table, wkbNone); !status) {
                return status;
            }
        }
        if (m_dataset->CommitTransaction() != OGRERR_NONE) {
            return gdalFailure();
        }
        return {};
    }

    // Writes table `table` of every version; with a point geometry, lon and lat become the
    // point instead of columns.
    Status writeTable(std::size_t table, OGRwkbGeometryType geometry) {
        const PlanTable& first = m_tables.front()[table];
        const bool point = geometry == wkbPoint;
        std::vector<TableColumn> columns;
        std::vector<int> fieldOf; // the layer field of each of the table's columns, or -1
        int lon = -1;
        int lat = -1;
        for (std::size_t c = 0; c < first.columns.size(); ++c) {
            const QString& name = first.columns[c].name;
            if (point && (name == QLatin1String("lon") || name == QLatin1String("lat"))) {
                (name == QLatin1String("lon") ? lon : lat) = static_cast<int>(c);
                fieldOf.push_back(-1);
                continue;
            }
            columns.push_back(first.columns[c]);
            fieldOf.push_back(static_cast<int>(columns.size())); // after `scenario`
        }
        Q_ASSERT(!point || (lon >= 0 && lat >= 0));
        OGRLayer* layer =
            createLayer(first.name.toUtf8().constData(), geometry, columns, /*perScenario=*/true);
        if (!layer) {
            return gdalFailure();
        }
        for (std::size_t version = 0; version < m_tables.size(); ++version) {
            for (const QStringList& row : m_tables[version][table].rows) {
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField(0, static_cast<int>(version));
                for (std::size_t c = 0; c < first.columns.size(); ++c) {
                    if (fieldOf[c] >= 0) {
                        setField(feature, fieldOf[c], first.columns[c].type,
                                 row[static_cast<qsizetype>(c)]);
                    }
                }
                if (point) {
                    feature.SetGeometryDirectly(
                        new OGRPoint(row[lon].toDouble(), row[lat].toDouble()));
                }
                if (layer->CreateFeature(&feature) != OGRERR_NONE) {
                    return gdalFailure();
                }
            }
        }
        return {};
    }

    Status closeTemporary() {
        m_dataset.reset(); // GDAL reports what fails on closing through the trap
        return {};
    }

    Status syncTemporary() {
        if (Status status = syncFile(m_temporary); !status) {
            return failure(QCoreApplication::translate("agglomap::io::ProjectFile",
                                                       "%1 cannot be written to the disk (%2).")
                               .arg(native(m_temporary), status.error().message));
        }
        if (Status status = syncDirectory(folder()); !status) {
            return failure(
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "the folder %1 cannot be written to the disk (%2).")
                    .arg(native(folder()), status.error().message));
        }
        return {};
    }

    Status replaceTarget() {
        if (Status status = replaceFile(m_temporary, m_path); !status) {
            //: %1 is the temporary file; "it" is the plan file. %2 is the system's reason
            return failure(QCoreApplication::translate("agglomap::io::ProjectFile",
                                                       "%1 cannot replace it (%2).")
                               .arg(native(m_temporary), status.error().message));
        }
        // The new file is in place; flushing the folder makes the rename itself durable, and
        // if that fails the file is still saved as far as anyone can see.
        (void)syncDirectory(folder());
        return {};
    }

    const ProjectContents& m_project;
    QString m_path;
    QString m_temporary;
    const SaveHooks& m_hooks;
    detail::GdalMessages m_trap;
    OGRSpatialReference m_wgs84;
    // Held from creating the temporary until the save ends; declared first, released last.
    std::optional<QLockFile> m_lock;
    GDALDatasetUniquePtr m_dataset;
    // Each version's plan tables, then its sector table; made with the districts.
    std::vector<std::vector<PlanTable>> m_tables;
};

} // namespace

Status saveProject(const ProjectContents& project, const QString& path, const SaveHooks& hooks) {
    GDALAllRegister();
    // A link is followed and stays a link; a device or pipe is never replaced by a plan.
    const auto target = outputTarget(path);
    if (!target) {
        return target.error();
    }
    return ProjectSave(project, target.value(), hooks).run();
}

bool removeStaleSave(const QString& path) {
    // Saves write beside a link's target.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString target = canonical.isEmpty() ? path : canonical;
    if (!QFileInfo::exists(target + QStringLiteral(".saving"))) {
        return false;
    }
    // Only when no save of the file runs: then PATH.saving is what a killed save left.
    QLockFile lock(target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return false;
    }
    bool removed = false;
    for (const QString& file : temporaryFiles(target + QStringLiteral(".saving"))) {
        removed = QFile::remove(file) || removed;
    }
    return removed;
}

} // namespace agglomap::io
