#pragma once

namespace agglomap::io::project {

// The tables of a project file (GeoPackage). The plan tables (io/plan_folder_reader.h) and
// `sectors` carry a `scenario` column: 0 is the baseline, 1... the scenarios in the order of the
// `scenarios` table. `districts` keeps each district's location as its point geometry (the
// plan folder's lon and lat); `district_boundaries` holds the outlines districts have.

// key, value: the schema version, the province, the boundaries' provenance, the settings.
inline constexpr const char* kMetaTable = "agglomap_meta";
// scenario, name, title_zh, title_en, year, source, io_illustrative, next_district_id.
inline constexpr const char* kScenariosTable = "scenarios";
// code, parent_code, level, kind, name_zh, name_en and a MultiPolygon, as maps/README.md says.
inline constexpr const char* kRegionsTable = "regions";
inline constexpr const char* kDistrictsTable = "districts";
// scenario, district_id and a MultiPolygon.
inline constexpr const char* kDistrictBoundariesTable = "district_boundaries";
inline constexpr const char* kSectorsTable = "sectors";

inline constexpr const char* kScenarioColumn = "scenario";

namespace meta {
inline constexpr const char* kSchemaVersion = "schema_version";
inline constexpr const char* kAppVersion = "app_version";
inline constexpr const char* kProvince = "province";
inline constexpr const char* kBoundaryDescription = "boundary_description";
inline constexpr const char* kSettings = "settings"; // JSON text
} // namespace meta

} // namespace agglomap::io::project
