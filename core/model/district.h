#pragma once

#include "geo/geometry.h"
#include "geo/region.h"
#include "model/district_field.h"
#include "model/ids.h"
#include "model/infrastructure.h"
#include "model/provenance.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace agglomap::model {

// The development zone a district rests on (the Henan paper: 4 on state-level zones, 22 on
// provincial ones, the rest on municipal or county zones).
enum class ZoneLevel { State, Provincial, Municipal, County };
// The paper's three kinds: high-tech districts, districts with a clearly positioned industry,
// and comprehensive industrial parks.
enum class DistrictType { HighTech, ClearlyPositioned, Comprehensive };

[[nodiscard]] QString zoneLevelKey(ZoneLevel level);
[[nodiscard]] std::optional<ZoneLevel> zoneLevelFromKey(const QString& key);
[[nodiscard]] QString districtTypeKey(DistrictType type);
[[nodiscard]] std::optional<DistrictType> districtTypeFromKey(const QString& key);

// One sector's activity in a district. Money in 100 million yuan (亿元), as Chinese statistics
// report it; employment in persons.
struct SectorActivity {
    SectorIndex sector = 0;
    double outputValue = 0.0;
    double employment = 0.0;
    int enterprises = 0;
    int smallAndMediumEnterprises = 0;
    double highTechOutput = 0.0;

    friend bool operator==(const SectorActivity&, const SectorActivity&) = default;
};

struct Innovation {
    double rdSpending = 0.0; // 100 million yuan
    int rdStaff = 0;
    int patents = 0;
    int highTechEnterprises = 0;

    friend bool operator==(const Innovation&, const Innovation&) = default;
};

struct Finance {
    double fixedInvestment = 0.0; // 100 million yuan, cumulative
    double businessIncome = 0.0;  // 100 million yuan a year (the 2012 targets: 1000 / 500 / 100)
    int listedCompanies = 0;
    int ventureFunds = 0;

    friend bool operator==(const Finance&, const Finance&) = default;
};

// A supply link between two sectors inside a district: `from` sells `value` to `to`.
struct SectorLink {
    SectorIndex from = 0;
    SectorIndex to = 0;
    double value = 0.0;

    friend bool operator==(const SectorLink&, const SectorLink&) = default;
};

struct District {
    DistrictId id;
    QString nameZh;
    QString nameEn;
    // Named after its host county because no source gives its real name.
    bool placeholderName = false;
    geo::RegionCode hostCounty = 0;
    geo::RegionCode hostCity = 0;
    geo::LonLat location;
    std::optional<geo::MultiPolygon> boundary;
    int year = 0;
    ZoneLevel zoneLevel = ZoneLevel::County;
    DistrictType type = DistrictType::Comprehensive;
    double plannedAreaKm2 = 0.0;
    double builtAreaKm2 = 0.0;

    std::vector<SectorActivity> industries;
    std::vector<SectorIndex> leadingIndustries; // at most three, in order of priority
    std::array<Provision, kInfrastructureItemCount> infrastructure{};
    Innovation innovation;
    Finance finance;
    std::vector<SectorLink> links;

    // The provenance of every stored value above.
    ProvenanceMap provenance;

    [[nodiscard]] const SectorActivity* activity(SectorIndex sector) const;
    // The keys of the values the district holds in a group (every active sector's five values,
    // both levels of every infrastructure item, each link, ...).
    [[nodiscard]] std::vector<ValueKey> valueKeys(DistrictField group) const;
    [[nodiscard]] double totalOutput() const;
    [[nodiscard]] const Provision& provision(InfrastructureItem item) const {
        return infrastructure[static_cast<std::size_t>(item)];
    }
};

// Marks every value the district holds in the group illustrative, generated as `method` says
// (what older files and the sample plans state by group).
void markGroupIllustrative(District& district, DistrictField group, const QString& method);

// The groups of the district holding at least one illustrative value, as file keys, in the
// enum's order.
[[nodiscard]] QStringList illustrativeGroupKeys(const District& district);

} // namespace agglomap::model
