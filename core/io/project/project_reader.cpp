#include "io/import/gdal_messages.h"
#include "io/ogr_geometry_conversion.h"
#include "io/plan_folder_reader.h"
#include "io/project/geopackage_reading.h"
#include "io/project/next_district_id.h"
#include "io/project/project_file.h"
#include "io/project/project_migrations.h"
#include "io/project/project_schema.h"
#include "io/project/project_tables.h"
#include "io/project/scenario_tables.h"
#include "io/provenance_tables.h"
#include "model/value_limits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <ogrsf_frmts.h>

#include <algorithm>

namespace agglomap::io {

namespace {

using namespace project;

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// The tables a project file is read from; any others (a layer a user added in QGIS) are left.
const char* const kTables[] = {kScenariosTable,          kRegionsTable,        kDistrictsTable,
                               kDistrictBoundariesTable, kSectorsTable,        "industries",
                               "infrastructure",         "innovation_finance", "links",
                               "district_links",         "io_coefficients",    kProvenanceTable,
                               kReferenceEconomyTable};

class ProjectReader {
public:
    explicit ProjectReader(const QString& path)
        : m_path(path) {}

    Result<OpenedProject> read() {
        if (const Status status = open(); !status) {
            return status.error();
        }
        OGRLayer* metaLayer = m_dataset->GetLayerByName(kMetaTable);
        if (!metaLayer) {
            //: Fills %2 of "%1: is not an Agglomap plan (%2)..."
            return notAPlan(QCoreApplication::translate("agglomap::io::ProjectFile",
                                                        "no agglomap metadata table"));
        }
        auto metaTable = readTable(*metaLayer);
        if (!metaTable) {
            return metaTable.error();
        }
        m_tables[QLatin1String(kMetaTable)] = std::move(metaTable).value();
        auto version = schemaVersion();
        if (!version) {
            return version.error();
        }
        if (const Status status = withinLimits(); !status) {
            return status.error();
        }
        for (const char* name : kTables) {
            if (OGRLayer* layer = m_dataset->GetLayerByName(name)) {
                auto table = readTable(*layer);
                if (!table) {
                    return table.error();
                }
                m_tables[QLatin1String(name)] = std::move(table).value();
            }
        }
        m_dataset.reset();
        if (m_trap.failed()) {
            return damaged();
        }
        if (const Status status = migrate(m_tables, version.value()); !status) {
            //: %1 is the plan file or one of its tables, %2 the problem
            return Error{QCoreApplication::translate("agglomap::io::ProjectFile", "%1: %2")
                             .arg(native(m_path), status.error().message)};
        }
        return build(version.value());
    }

private:
    // ---- the file ---------------------------------------------------------------------------

    Error notAPlan(const QString& why) const {
        //: %1 is the file, %2 why not
        return Error{QCoreApplication::translate(
                         "agglomap::io::ProjectFile",
                         "%1: is not an Agglomap plan (%2); open data files with File "
                         "› Import Data.")
                         .arg(native(m_path), why)};
    }

    Error damaged() const {
        return Error{
            QCoreApplication::translate("agglomap::io::ProjectFile",
                                        "%1: is damaged (cut short or overwritten); open a backup "
                                        "copy.")
                .arg(native(m_path))};
    }

    Status open() {
        QString reason;
        switch (sniffFile(m_path, &reason)) {
        case FileKind::Missing:
            return Error{QCoreApplication::translate(
                             "agglomap::io::ProjectFile",
                             "%1: does not exist; it may have been moved or renamed.")
                             .arg(native(m_path))};
        case FileKind::Folder:
            return Error{QCoreApplication::translate("agglomap::io::ProjectFile",
                                                     "%1: is a folder, not a plan file.")
                             .arg(native(m_path))};
        case FileKind::Unreadable:
            return Error{
                QCoreApplication::translate("agglomap::io::ProjectFile", "%1: cannot be read (%2).")
                    .arg(native(m_path), reason)};
        case FileKind::Empty:
            return Error{QCoreApplication::translate("agglomap::io::ProjectFile",
                                                     "%1: is empty; open a backup copy.")
                             .arg(native(m_path))};
        case FileKind::Other:
            return notAPlan(
                QCoreApplication::translate("agglomap::io::ProjectFile", "not a GeoPackage"));
        case FileKind::GeoPackage:
            break;
        }
        m_dataset = openGeoPackage(m_path);
        if (!m_dataset || !passesQuickCheck(*m_dataset) || m_trap.failed()) {
            return damaged();
        }
        return {};
    }

    // The largest count of rows one scenario holds in `table`, asked of SQLite before any row is
    // read, so that a plan too large to open is refused without the memory it would take.
    qint64 largestScenario(const char* table) {
        OGRLayer* counts = m_dataset->ExecuteSQL(
            QStringLiteral("SELECT COUNT(*) FROM \"%1\" GROUP BY \"%2\" ORDER BY 1 DESC LIMIT 1")
                .arg(QLatin1String(table), QLatin1String(kScenarioColumn))
                .toUtf8()
                .constData(),
            nullptr, nullptr);
        if (!counts) {
            return 0; // no such table or column: the table checks below name what is missing
        }
        OGRFeatureUniquePtr first(counts->GetNextFeature());
        const qint64 largest = first ? first->GetFieldAsInteger64(0) : 0;
        first.reset();
        m_dataset->ReleaseResultSet(counts);
        return largest;
    }

    Status withinLimits() {
        detail::GdalMessages quiet;
        for (const auto& [table, check] : {std::pair{kDistrictsTable, &model::checkDistrictCount},
                                           std::pair{kSectorsTable, &model::checkSectorCount}}) {
            if (const Status status = check(largestScenario(table)); !status) {
                //: %1 is the plan file and table, %2 the problem
                return Error{QCoreApplication::translate("agglomap::io::ProjectFile", "%1: %2")
                                 .arg(location(QLatin1String(table)), status.error().message)};
            }
        }
        return {};
    }

    Result<RawTable> readTable(OGRLayer& layer) {
        auto table = readRawTable(*m_dataset, layer);
        if (!table || m_trap.failed()) {
            return damaged();
        }
        return std::move(*table);
    }

    // ---- the tables -------------------------------------------------------------------------

    QString location(const QString& table) const { return tableLocation(m_path, table); }

    Result<const RawTable*> table(const QString& name, const QStringList& columns) const {
        return requireTable(m_tables, m_path, name, columns);
    }

    CsvTable located(const QString& name, const RawTable& raw) const {
        return locatedTable(m_path, name, raw);
    }

    Result<int> schemaVersion() {
        const auto meta = table(QLatin1String(kMetaTable), {"key", "value"});
        if (!meta) {
            return meta.error();
        }
        for (std::size_t row = 0; row < meta.value()->rows.size(); ++row) {
            m_meta.insert(meta.value()->verbatim(row, "key"), meta.value()->verbatim(row, "value"));
        }
        const QString text = m_meta.value(QLatin1String(meta::kSchemaVersion));
        bool ok = false;
        const int version = text.toInt(&ok);
        if (!ok) {
            return Error{
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "%1: the agglomap metadata table gives no plan format "
                                            "(schema_version \"%2\"); the file was changed outside "
                                            "Agglomap. Open a backup copy.")
                    .arg(native(m_path), text)};
        }
        if (version < 1) {
            return Error{QCoreApplication::translate(
                             "agglomap::io::ProjectFile",
                             "%1: is in plan format %2, from before Agglomap's first "
                             "release; this version reads formats 1 to %3.")
                             .arg(native(m_path))
                             .arg(version)
                             .arg(kProjectSchemaVersion)};
        }
        if (version > kProjectSchemaVersion) {
            return Error{QCoreApplication::translate(
                             "agglomap::io::ProjectFile",
                             "%1: was written by a newer Agglomap (plan format %2); this "
                             "version reads up to format %3. Update Agglomap to open it.")
                             .arg(native(m_path))
                             .arg(version)
                             .arg(kProjectSchemaVersion)};
        }
        return version;
    }

    Result<OpenedProject> build(int version) {
        OpenedProject project;
        project.schemaVersion = version;
        project.province = m_meta.value(QLatin1String(meta::kProvince));
        project.boundaryDescription = m_meta.value(QLatin1String(meta::kBoundaryDescription));
        QJsonParseError parseError;
        const QByteArray settings = m_meta.value(QLatin1String(meta::kSettings)).toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(settings, &parseError);
        if (!settings.isEmpty() &&
            (parseError.error != QJsonParseError::NoError || !document.isObject())) {
            //: %1 is the file and table, %2 a key, %3 the JSON parser's message
            return Error{QCoreApplication::translate(
                             "agglomap::io::ProjectFile",
                             "%1, key \"%2\": the settings are not a JSON object (%3); "
                             "the file was changed outside Agglomap. Open a backup "
                             "copy.")
                             .arg(location(QLatin1String(kMetaTable)),
                                  QLatin1String(meta::kSettings), parseError.errorString())};
        }
        project.settings = document.object();

        auto regions = readRegions();
        if (!regions) {
            return regions.error();
        }
        project.regions = std::move(regions).value();
        auto scenarios = readScenarios();
        if (!scenarios) {
            return scenarios.error();
        }
        for (const Scenario& scenario : scenarios.value()) {
            auto plan = readPlan(scenario, project.regions);
            if (!plan) {
                return plan.error();
            }
            project.versions.push_back({scenario.name, std::move(plan).value()});
        }
        return project;
    }

    Result<std::shared_ptr<const geo::RegionHierarchy>> readRegions() const {
        const QString name = QLatin1String(kRegionsTable);
        const auto raw =
            table(name, {"code", "parent_code", "level", "kind", "name_zh", "name_en"});
        if (!raw) {
            return raw.error();
        }
        const CsvTable t = located(name, *raw.value());
        std::vector<geo::Region> regions;
        for (int row = 0; row < t.rowCount(); ++row) {
            geo::Region region;
            const auto code = t.integer(row, QStringLiteral("code"));
            const auto parent = t.integer(row, QStringLiteral("parent_code"));
            if (const Status status = firstFailure(code, parent); !status) {
                return status.error();
            }
            const auto level = geo::levelFromKey(t.text(row, QStringLiteral("level")));
            if (!level) {
                return t.error(
                    row, QStringLiteral("level"),
                    QCoreApplication::translate("agglomap::io::ProjectFile",
                                                "\"%1\" is not province, city or county.")
                        .arg(t.text(row, QStringLiteral("level"))));
            }
            const auto kind = geo::kindFromKey(t.text(row, QStringLiteral("kind")));
            if (!kind) {
                return t.error(row, QStringLiteral("kind"),
                               QCoreApplication::translate("agglomap::io::ProjectFile",
                                                           "\"%1\" is not a known kind of unit.")
                                   .arg(t.text(row, QStringLiteral("kind"))));
            }
            const auto i = static_cast<std::size_t>(row);
            region.code = code.value();
            region.parentCode = parent.value();
            region.level = *level;
            region.kind = *kind;
            region.nameZh = raw.value()->verbatim(i, "name_zh");
            region.nameEn = raw.value()->verbatim(i, "name_en");
            if (const OGRGeometry* shape = raw.value()->geometries[i].get()) {
                region.lonLat = toMultiPolygon(*shape).value_or(geo::MultiPolygon{});
            }
            regions.push_back(std::move(region));
        }
        auto hierarchy = geo::RegionHierarchy::build(std::move(regions));
        if (!hierarchy) {
            return Error{QCoreApplication::translate("agglomap::io::ProjectFile", "%1: %2")
                             .arg(location(name), hierarchy.error().message)};
        }
        return std::make_shared<const geo::RegionHierarchy>(std::move(hierarchy).value());
    }

    struct Scenario {
        int index = 0;
        QString name;
        PlanHeader header;
        int nextDistrictId = 1;
    };

    Result<std::vector<Scenario>> readScenarios() {
        const QString name = QLatin1String(kScenariosTable);
        const auto raw = table(name, {kScenarioColumn, "name", "title_zh", "title_en", "year",
                                      "source", "io_illustrative", "next_district_id"});
        if (!raw) {
            return raw.error();
        }
        const CsvTable t = located(name, *raw.value());
        std::vector<Scenario> scenarios;
        for (int row = 0; row < t.rowCount(); ++row) {
            const auto index = t.integer(row, QLatin1String(kScenarioColumn));
            const auto year = t.integer(row, QStringLiteral("year"));
            const auto next = t.integer(row, QStringLiteral("next_district_id"));
            if (const Status status = firstFailure(index, year, next); !status) {
                return status.error();
            }
            const QString illustrative = t.text(row, QStringLiteral("io_illustrative"));
            if (illustrative != QLatin1String("true") && illustrative != QLatin1String("false")) {
                return t.error(row, QStringLiteral("io_illustrative"),
                               QCoreApplication::translate("agglomap::io::ProjectFile",
                                                           "\"%1\" is neither true nor false.")
                                   .arg(illustrative));
            }
            const auto i = static_cast<std::size_t>(row);
            Scenario scenario;
            scenario.index = index.value();
            scenario.name = raw.value()->verbatim(i, "name");
            scenario.header.info = {raw.value()->verbatim(i, "title_zh"),
                                    raw.value()->verbatim(i, "title_en"), year.value(),
                                    raw.value()->verbatim(i, "source")};
            scenario.header.inputOutputIllustrative = illustrative == QLatin1String("true");
            scenario.nextDistrictId = next.value();
            scenarios.push_back(std::move(scenario));
        }
        std::sort(scenarios.begin(), scenarios.end(),
                  [](const Scenario& a, const Scenario& b) { return a.index < b.index; });
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            if (scenarios[i].index != static_cast<int>(i)) {
                return Error{QCoreApplication::translate(
                                 "agglomap::io::ProjectFile",
                                 "%1: the scenarios are not numbered 0 (the baseline) "
                                 "to %2, each once; the file was changed outside "
                                 "Agglomap. Open a backup copy.")
                                 .arg(location(name))
                                 .arg(scenarios.size() - 1)};
            }
        }
        if (scenarios.empty()) {
            return Error{
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "%1: holds no plan; the file was changed outside "
                                            "Agglomap. Open a backup copy.")
                    .arg(location(name))};
        }
        m_scenarioCount = static_cast<int>(scenarios.size());
        return scenarios;
    }

    Result<std::unique_ptr<model::Plan>>
    readPlan(Scenario scenario, std::shared_ptr<const geo::RegionHierarchy> regions) const;

    QString m_path;
    detail::GdalMessages m_trap;
    GDALDatasetUniquePtr m_dataset;
    ProjectTables m_tables;
    QHash<QString, QString> m_meta;
    int m_scenarioCount = 0;
};

Result<model::SectorCatalogue> readSectors(const ScenarioTables& source) {
    const auto table =
        source.table(QLatin1String(kSectorsTable), {"code", "name_zh", "name_en", "category"});
    if (!table) {
        return table.error();
    }
    const CsvTable& t = table.value();
    std::vector<model::Sector> sectors;
    QSet<QString> codes;
    for (int row = 0; row < t.rowCount(); ++row) {
        model::Sector sector{
            t.text(row, QStringLiteral("code")), t.text(row, QStringLiteral("name_zh")),
            t.text(row, QStringLiteral("name_en")), model::SectorCategory::Traditional};
        const auto category = model::categoryFromKey(t.text(row, QStringLiteral("category")));
        if (!category) {
            return t.error(row, QStringLiteral("category"),
                           QCoreApplication::translate("agglomap::io::ProjectFile",
                                                       "\"%1\" is not a sector category.")
                               .arg(t.text(row, QStringLiteral("category"))));
        }
        if (sector.code.isEmpty() || codes.contains(sector.code)) {
            return t.error(row, QStringLiteral("code"),
                           QCoreApplication::translate("agglomap::io::ProjectFile",
                                                       "\"%1\" is empty or listed twice.")
                               .arg(sector.code));
        }
        codes.insert(sector.code);
        sector.category = *category;
        sectors.push_back(std::move(sector));
    }
    return model::SectorCatalogue(std::move(sectors));
}

Result<std::unique_ptr<model::Plan>>
ProjectReader::readPlan(Scenario scenario,
                        std::shared_ptr<const geo::RegionHierarchy> regions) const {
    const ScenarioTables source(m_tables, m_path, m_scenarioCount, scenario.index, scenario.name);
    auto sectors = readSectors(source);
    if (!sectors) {
        return sectors.error();
    }
    scenario.header.sectors = std::move(sectors).value();
    auto read = readPlanTables(source, std::move(regions), std::move(scenario.header));
    if (!read) {
        return read.error();
    }
    std::unique_ptr<model::Plan> plan = std::move(read).value();

    const QString name = QLatin1String(kDistrictBoundariesTable);
    const auto boundaries = source.select(name, {QStringLiteral("district_id")});
    if (!boundaries) {
        return boundaries.error();
    }
    const CsvTable& t = boundaries.value().table;
    for (int row = 0; row < t.rowCount(); ++row) {
        const QString field = QStringLiteral("district_id");
        const auto id = t.integer(row, field);
        if (!id) {
            return id.error();
        }
        const model::District* district = plan->district(model::DistrictId{id.value()});
        if (!district) {
            return t.error(row, field,
                           //: %1 is an id, %2 a table ("the districts table")
                           QCoreApplication::translate("agglomap::io::ProjectFile",
                                                       "no district has id %1 in %2.")
                               .arg(id.value())
                               .arg(source.tableLabel(QLatin1String(kDistrictsTable))));
        }
        const OGRGeometry* shape = boundaries.value().geometries[static_cast<std::size_t>(row)];
        auto outline = shape ? toMultiPolygon(*shape) : std::nullopt;
        if (!outline) {
            return t.error(
                row, field,
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "the district's boundary is not a polygon; draw it "
                                            "again or open a backup copy."));
        }
        model::District withBoundary = *district;
        withBoundary.boundary = std::move(outline);
        if (const Status status = plan->restoreDistrict(withBoundary); !status) {
            return t.error(row, field, status.error().message);
        }
    }
    if (const Status status = reserveDistrictIds(*plan, scenario.nextDistrictId); !status) {
        return Error{QCoreApplication::translate("agglomap::io::ProjectFile", "%1: %2")
                         .arg(location(QLatin1String(kScenariosTable)), status.error().message)};
    }
    return plan;
}

} // namespace

Result<OpenedProject> openProject(const QString& path) {
    GDALAllRegister();
    removeStaleSave(path);
    return ProjectReader(path).read();
}

bool isProjectFile(const QString& path) {
    if (sniffFile(path) != FileKind::GeoPackage) {
        return false;
    }
    GDALAllRegister();
    detail::GdalMessages quiet;
    const GDALDatasetUniquePtr dataset = openGeoPackage(path);
    return dataset && dataset->GetLayerByName(kMetaTable) != nullptr;
}

bool isDamagedProjectFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) ||
        !file.read(16).startsWith(QByteArrayLiteral("SQLite format 3")) || isProjectFile(path)) {
        return false;
    }
    GDALAllRegister();
    detail::GdalMessages quiet;
    const char* const drivers[] = {"GPKG", "SQLite", nullptr};
    const GDALDatasetUniquePtr dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset) {
        return false;
    }
    for (const char* table : {kRegionsTable, kDistrictsTable, kScenariosTable}) {
        if (!dataset->GetLayerByName(table)) {
            return false;
        }
    }
    return true;
}

} // namespace agglomap::io
