#pragma once

#include <Qt>

namespace agglomap::widgets {

// Data roles the workspace models answer besides Qt's. Unscoped because Qt's item API takes roles
// as plain ints; the prefix keeps the names from clashing.
enum ItemRole : int {
    // The DistrictId value (int) of a district row.
    DistrictIdRole = Qt::UserRole,
    // The RegionCode (int) of a region row or node.
    RegionCodeRole,
    // The code of the city a row belongs to: a district's host city, a county's parent city,
    // a city itself.
    HostCityRole,
    // A district's host county code.
    HostCountyRole,
    // bool: the value rests on a field no source gave (District::illustrative).
    IllustrativeRole,
    // The value to sort by: the raw double of numeric cells (NaN where undefined), else the text.
    SortRole,
    // Every name the row can be found by, in both languages, for text search.
    SearchTextRole,
    // model::DistrictType as int.
    DistrictTypeRole,
    // analysis::ClusterStage as int.
    ClusterStageRole,
    // analysis::Priority as int.
    PriorityRole,
    // A recommendation's stable rule id ("utility-gaps").
    RuleIdRole,
};

} // namespace agglomap::widgets
