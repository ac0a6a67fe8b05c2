#pragma once

#include "model/plan.h"
#include "util/status.h"

namespace agglomap::io::project {

// The id a plan gives the next district it adds. A project keeps it, so that a district added
// after reopening never takes the id of one removed before saving (undo, scenario comparison and
// links key on ids). Plan keeps it privately; these reach it through the editing API (a probe
// on a copy, an added and removed district) until Plan offers an accessor and a setter.
[[nodiscard]] int nextDistrictId(const model::Plan& plan);

// Makes the plan hand out `next` (or a higher id if its districts already need one).
Status reserveDistrictIds(model::Plan& plan, int next);

} // namespace agglomap::io::project
