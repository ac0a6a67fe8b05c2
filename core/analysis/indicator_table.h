#pragma once

#include "analysis/plan_analysis.h"

#include <QStringList>

#include <vector>

namespace agglomap::analysis {

// A table of text cells, as written to CSV or shown in a table view.
struct TextTable {
    QStringList header;
    std::vector<QStringList> rows;
};

// One row per district: codes, names, every indicator, the recommendations' rule ids, and the
// fields whose values are illustrative.
[[nodiscard]] TextTable districtIndicatorTable(const model::Plan& plan,
                                               const PlanAnalysis& analysis);
// One row per county or city with the region summaries.
[[nodiscard]] TextTable regionIndicatorTable(const model::Plan& plan, const PlanAnalysis& analysis,
                                             geo::RegionLevel level);

// One row per sector of the catalogue: its category, the plan's output in it, the number of
// districts leading with it, and Rasmussen's backward and forward linkages from the plan's
// input-output table.
[[nodiscard]] TextTable sectorIndicatorTable(const model::Plan& plan);

} // namespace agglomap::analysis
