#pragma once

#include "io/project/project_tables.h"
#include "util/status.h"

#include <functional>
#include <vector>

namespace agglomap::io::project {

// Rewrites the tables of a file read in format N into format N + 1, in memory: the file on disk
// stays as it is until the plan is saved again.
using Migration = std::function<Status(ProjectTables& tables)>;

// migrations()[N - 1] upgrades format N. Format 2 added per-value provenance;
// a change to the schema bumps kProjectSchemaVersion and appends one here, with a test that
// opens a file of the old format.
[[nodiscard]] const std::vector<Migration>& migrations();

// Applies the migrations from `version` (at least 1) up to kProjectSchemaVersion.
Status migrate(ProjectTables& tables, int version);

} // namespace agglomap::io::project
