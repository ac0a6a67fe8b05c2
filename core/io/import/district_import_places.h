#pragma once

// Internal to the district import: which county of the province a point lies in.

#include "geo/county_locator.h"
#include "geo/region_hierarchy.h"

#include <optional>

#include <utility>
#include <vector>

namespace agglomap::io::detail {

class CountyFinder {
public:
    explicit CountyFinder(const geo::RegionHierarchy& regions);

    // The county whose boundary contains the WGS84 point, or the nearest within the gap
    // tolerance of geo::CountyLocator; nullopt when neither.
    [[nodiscard]] std::optional<geo::CountyPlacement> place(geo::LonLat point) const;
    // Whether the point is near enough to the province that a datum offset (under two
    // kilometres) may be what put it outside.
    [[nodiscard]] bool isNearProvince(geo::LonLat point) const;

private:
    geo::CountyLocator m_locator;
    geo::Box m_extent;
};

} // namespace agglomap::io::detail
