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

// One row per district: codes, names, every indicator (location quotients and Krugman against
// the reference the analysis used, named in lq_reference, and within the plan), the
// recommendations as rule:priority, most severe first, and the fields whose values are
// illustrative.
[[nodiscard]] TextTable districtIndicatorTable(const model::Plan& plan,
                                               const PlanAnalysis& analysis);
// One row per county or city with the region summaries, and R&D as a share of GDP against the
// Ningxia paper's 1 / 1.5 / 2% where the reference economy gives both.
[[nodiscard]] TextTable regionIndicatorTable(const model::Plan& plan, const PlanAnalysis& analysis,
                                             geo::RegionLevel level);

// One row per sector of the catalogue: its category, the plan's output in it, the number of
// districts leading with it, and Rasmussen's backward and forward linkages from the plan's
// input-output table.
[[nodiscard]] TextTable sectorIndicatorTable(const model::Plan& plan);

} // namespace agglomap::analysis
