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

// A district outside its county is a problem, unless it lies in a gap between county
// boundaries and its county is the nearest (geo::CountyLocator): then a note says so.
[[nodiscard]] std::vector<PlanFinding> checkPlan(const Plan& plan);

// Problems with boundaries, which all versions of a plan share: a coordinate that is not a
// number, or a region reaching beyond `extent` (geo::plausibleExtent() of the bundled province
// the plan was made on, or geo::chinaExtent() where there is none to compare with). A plan
// holds such boundaries only if its file was changed outside Agglomap.
[[nodiscard]] std::vector<PlanFinding> checkBoundaries(const geo::RegionHierarchy& regions,
                                                       const geo::Box& extent);

} // namespace agglomap::model
