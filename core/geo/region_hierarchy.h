#pragma once

#include "geo/region.h"
#include "util/result.h"

#include <QHash>

#include <vector>

namespace agglomap::geo {

// One province with its cities and counties. Immutable once built; built only through
// build(), which checks that the levels nest.
class RegionHierarchy {
public:
    RegionHierarchy() = default;

    // Checks: exactly one province; codes unique; every city's parent is the province; every
    // county's parent is a city. The message names the offending code.
    [[nodiscard]] static Result<RegionHierarchy> build(std::vector<Region> regions);

    [[nodiscard]] const Region& province() const { return m_regions[m_provinceIndex]; }
    [[nodiscard]] const Region* find(RegionCode code) const;
    [[nodiscard]] std::vector<const Region*> children(RegionCode code) const;
    [[nodiscard]] std::vector<const Region*> regionsAt(RegionLevel level) const;
    [[nodiscard]] const std::vector<Region>& regions() const { return m_regions; }
    // The lon/lat bounding box of the province.
    [[nodiscard]] Box extent() const;

private:
    std::vector<Region> m_regions;
    QHash<RegionCode, std::size_t> m_indexByCode;
    std::size_t m_provinceIndex = 0;
};

} // namespace agglomap::geo
