#pragma once

// Internal to the district import: what a target key sets, once parsed.

#include "model/district.h"
#include "model/sector.h"

#include <QString>

#include <optional>

namespace agglomap::io::detail {

enum class TargetKind {
    NameZh,
    NameEn,
    Lon,
    Lat,
    Year,
    ZoneLevel,
    Type,
    PlannedArea,
    BuiltArea,
    RdSpending,
    RdStaff,
    Patents,
    HighTechEnterprises,
    FixedInvestment,
    BusinessIncome,
    ListedCompanies,
    VentureFunds,
    ProvisionCurrent,
    ProvisionRequired,
    SectorOutput,
    SectorEmployment,
};

struct TargetSpec {
    TargetKind kind = TargetKind::NameZh;
    // The infrastructure item or the sector index, for the kinds that have one.
    int index = 0;
    model::DistrictField field = model::DistrictField::Name;
};

[[nodiscard]] std::optional<TargetSpec> targetSpec(const QString& key,
                                                   const model::SectorCatalogue& sectors);

// How column names and target names are compared: trimmed, lower case, full-width brackets as
// ASCII ones, without spaces.
[[nodiscard]] QString normalizedName(const QString& name);

} // namespace agglomap::io::detail
