#pragma once

#include "model/plan.h"

#include <QStringList>

namespace agglomap::model {

// Every difference between two plans, one line each, as a planner reads it:
// "District 12 (洛阳产业集聚区): water supply current 40 → 60", "District 7 (…) removed",
// "district link 3 → 5 sector C13-14 value 1.5 → 2". Empty when the plans are identical: plan
// info, sector catalogue, every district field and illustrative flag, the links inside and
// between districts (order included), the input-output table and its illustrative flag.
// For comparing scenarios with their base, and undo with the state before the edits.
[[nodiscard]] QStringList planDifferences(const Plan& a, const Plan& b);

} // namespace agglomap::model
