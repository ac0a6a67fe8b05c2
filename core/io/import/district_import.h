#pragma once

#include "geo/chinese_datums.h"
#include "io/import/data_table.h"
#include "model/plan.h"
#include "util/result.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace agglomap::io {

// How rows of a data table find their district: by the plan's district id, by the
// administrative code of the host county (only where one district lies in that county), or by
// name (Chinese or English, ignoring case and surrounding spaces).
enum class JoinKey { Id, CountyCode, Name };
[[nodiscard]] QString joinKeyKey(JoinKey key); // "id", "code", "name"
[[nodiscard]] std::optional<JoinKey> joinKeyFromKey(const QString& key);

// A district value an import can set. Keys are stable for files and the command line:
// "name_zh", "name_en", "lon", "lat", "year", "zone_level", "type", "planned_area_km2",
// "built_area_km2", "rd_spending", "rd_staff", "patents", "high_tech_enterprises",
// "fixed_investment", "business_income", "listed_companies", "venture_funds",
// "<item>_current" and "<item>_required" for each infrastructure item (e.g. "water_current"),
// and "output:<sector code>" / "employment:<sector code>" for each sector (e.g. "output:C13-15").
struct ImportTarget {
    QString key;
    QString labelZh;
    QString labelEn;
    model::DistrictField field;
    // Names a column may carry to be mapped to this target without asking (lower-case English
    // and Chinese: "water_current", "供水现状", ...).
    QStringList aliases;
};
[[nodiscard]] std::vector<ImportTarget> importTargets(const model::SectorCatalogue& sectors);

struct ImportMapping {
    JoinKey join = JoinKey::Id;
    QString keyColumn;
    // Target key -> column of the table.
    std::map<QString, QString> columns;
    // The datum of "lon"/"lat" columns and of the table's points.
    geo::LonLatDatum datum = geo::LonLatDatum::Wgs84;
    // Takes each row's point for the district's location when no lon/lat columns are mapped.
    bool usePoints = false;
    // Rows that match no district become new districts (they need name_zh and a location
    // inside the province; the host county is the county the point lies in).
    bool addUnmatched = false;
};

// A first mapping from the column names: the key column and every column whose name is a
// target key, label or alias.
[[nodiscard]] ImportMapping suggestMapping(const DataTable& table,
                                           const model::SectorCatalogue& sectors);

// What an import would change, computed without touching the plan.
struct ImportOutcome {
    // Each changed district as it will be after the import (same id); fields that received a
    // value are no longer marked illustrative.
    std::vector<model::District> updated;
    // New districts (id 0: the plan assigns one).
    std::vector<model::District> added;
    struct UnmatchedRow {
        int row = 0;    // index into the table's rows
        QString key;    // the key as the file gives it
        QString reason; // "no district has id 999", "county 410102 hosts 2 districts", ...
    };
    std::vector<UnmatchedRow> unmatched;
    // Districts of the plan no row matched.
    std::vector<model::DistrictId> untouched;
    int matchedRows = 0;
    // Located notes that change nothing but deserve a look: a point in a gap between counties,
    // given to the nearest county.
    QStringList warnings;
};

// Checks every row and builds the outcome. Any bad value (not a number, out of range, an
// unknown zone level, a point outside the province, two rows for one district, an empty key)
// is an error naming the file, the row and the field, and there is no outcome: an import is
// all or nothing.
[[nodiscard]] Result<ImportOutcome> prepareImport(const model::Plan& plan, const DataTable& table,
                                                  const ImportMapping& mapping);

} // namespace agglomap::io
