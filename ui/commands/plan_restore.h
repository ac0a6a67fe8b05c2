#pragma once

#include "model/plan.h"
#include "util/status.h"

#include <vector>

// Putting back an earlier state exactly, through the plan's own methods: what undo needs beyond
// calling a setter with the old value.
namespace agglomap::commands {

// Puts back the provenance of every value of the district (an edit marks what it changes as
// entered; undo restores exactly the marks it had).
Status restoreProvenance(model::Plan& plan, model::DistrictId id,
                         const model::ProvenanceMap& provenance);

// Makes the plan's district links equal `links`, order included, removing and adding only those
// after the longest common prefix.
Status restoreDistrictLinks(model::Plan& plan, const std::vector<model::DistrictLink>& links);

// Replaces the district with `snapshot` (same id, every field and flag), keeping the plan's
// district links as they are. For states the plan's setters cannot reach, such as a placeholder
// name or values read from files that edits would refuse.
Status restoreDistrict(model::Plan& plan, const model::District& snapshot);

} // namespace agglomap::commands
