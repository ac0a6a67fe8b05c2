#pragma once

#include "model/plan.h"

#include <QString>

#include <vector>

namespace agglomap::model {

// What `agglomap validate` reports about a plan. Problems are data a planner must correct
// (a district placed outside its county, two districts of one name); notes are what the
// planner should know (values that are illustrative, districts without a leading industry).
struct PlanFinding {
    enum class Kind { Problem, Note };
    Kind kind = Kind::Problem;
    QString message;
};

[[nodiscard]] std::vector<PlanFinding> checkPlan(const Plan& plan);

} // namespace agglomap::model
