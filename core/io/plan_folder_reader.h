#pragma once

#include "model/plan.h"
#include "util/result.h"

#include <memory>

namespace agglomap::io {

// The file names of a plan kept as text (maps/<province>/plan/): plan.json and CSV tables.
// See maps/README.md for their columns.
[[nodiscard]] QStringList planFolderFiles();

// Reads a plan folder into a new Plan over the given regions. Any error (missing file or column,
// a value that is not a number, an unknown sector, county or district) names the file, row and
// field, and no plan is returned: nothing half-read ever reaches the user.
[[nodiscard]] Result<std::unique_ptr<model::Plan>>
readPlanFolder(const QString& folder, std::shared_ptr<const geo::RegionHierarchy> regions);

} // namespace agglomap::io
