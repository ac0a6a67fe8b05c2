#pragma once

#include "model/plan.h"
#include "util/result.h"

namespace agglomap::docshots {

// Writes a small statistics table as a Chinese office saves it (CSV in GBK, Chinese headers)
// into `folder`: a few of the plan's districts with R&D spending and water supply, and one row
// that names no district, so the import dialog has something to match and something to report.
// Returns the file's path.
[[nodiscard]] Result<QString> writeSampleImportFile(const model::Plan& plan, const QString& folder);

} // namespace agglomap::docshots
