#pragma once

#include "io/csv_table.h"
#include "io/project/plan_tables.h"
#include "model/plan.h"
#include "util/result.h"

#include <map>

namespace agglomap::io {

// The provenance of every value of a plan's districts, one row per value that was not simply
// entered: district_id, value (a ValueField key), item (the sector code, the infrastructure
// item's key, or "SUPPLIER>BUYER" sector codes for a link; empty otherwise), origin, source,
// column, row, when (ISO 8601, UTC). Values without a row were entered at an unknown time.
inline constexpr const char* kProvenanceTable = "provenance";
[[nodiscard]] PlanTable provenanceTable(const model::Plan& plan);
// Every row checked against the plan (a known district, value, sector and item); the first
// problem names the table, row and field.
[[nodiscard]] Result<std::map<model::DistrictId, model::ProvenanceMap>>
readProvenanceTable(const CsvTable& table, const model::Plan& plan);

// The reference economy: region_code, item ("gdp", "rd-spending", "output:<sector code>"),
// value, origin, source, and where a value was imported column, row and when.
inline constexpr const char* kReferenceEconomyTable = "reference_economy";
[[nodiscard]] PlanTable referenceEconomyTable(const model::Plan& plan);
[[nodiscard]] Result<model::ReferenceEconomy> readReferenceEconomyTable(const CsvTable& table,
                                                                        const model::Plan& plan);

} // namespace agglomap::io
