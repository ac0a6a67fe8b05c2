#pragma once

// Internal to the district import: which county of the province a point lies in.

#include "geo/region_hierarchy.h"

#include <utility>
#include <vector>

namespace agglomap::io::detail {

class CountyFinder {
public:
    explicit CountyFinder(const geo::RegionHierarchy& regions);

    // The county whose boundary contains the WGS84 point, or nullptr.
    [[nodiscard]] const geo::Region* countyAt(geo::LonLat point) const;
    // Whether the point is near enough to the province that a datum offset (under two
    // kilometres) may be what put it outside.
    [[nodiscard]] bool isNearProvince(geo::LonLat point) const;

private:
    // Counties with their bounding boxes, tested before the exact, slower containment.
    std::vector<std::pair<geo::Box, const geo::Region*>> m_counties;
    geo::Box m_extent;
};

} // namespace agglomap::io::detail
