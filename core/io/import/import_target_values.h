#pragma once

// Internal to the district import: reading one cell for a target and putting it into a district.

#include "io/import/import_target_spec.h"
#include "util/result.h"

#include <variant>

namespace agglomap::io::detail {

using CellValue = std::variant<double, int, QString, model::ZoneLevel, model::DistrictType>;

// The cell's value for the target, or what is wrong with it (the message's "what" part; the
// caller names the file, row and field). The text is already trimmed and not empty.
[[nodiscard]] Result<CellValue> parseCell(const TargetSpec& target, const QString& text);

// The stored value a target sets, whose provenance the import records.
[[nodiscard]] model::ValueKey valueKeyOf(const TargetSpec& target);

// Sets the value; true when the district changed. Refuses an output below the high-tech output
// already entered for the sector (an illustrative one gives way).
[[nodiscard]] Result<bool> applyValue(model::District& district, const TargetSpec& target,
                                      const CellValue& value,
                                      const model::SectorCatalogue& sectors);

} // namespace agglomap::io::detail
