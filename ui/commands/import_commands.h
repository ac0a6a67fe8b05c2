#pragma once

#include "io/import/district_import.h"
#include "model/plan.h"
#include "util/status.h"

class QUndoStack;

namespace agglomap::commands {

// Applies a prepared import as ONE undo step ("Import 12 districts from stats.xlsx"): every
// updated district is put in place whole, then the new districts are added. All or nothing:
// if the plan refuses any part, what was done is undone and the stack is unchanged. Undo puts
// back the districts as they were and removes the added ones; redo adds them under the same ids.
Status importDistricts(QUndoStack& stack, model::Plan& plan, const io::ImportOutcome& outcome,
                       const QString& sourceName);

} // namespace agglomap::commands
