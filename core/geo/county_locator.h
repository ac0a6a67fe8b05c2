#pragma once

#include "geo/region_hierarchy.h"

#include <optional>
#include <utility>
#include <vector>

namespace agglomap::geo {

// The county a point belongs to.
struct CountyPlacement {
    const Region* county = nullptr;
    // 0 when the county's boundary contains the point; otherwise how far outside it lies: the
    // point is in a gap between counties (or just beyond the province), which merits a warning.
    double metresOutside = 0.0;

    [[nodiscard]] bool inGap() const { return metresOutside > 0.0; }
};

// Finds the county containing a lon/lat point, or, for a point in no county, the nearest one
// within kGapToleranceMetres. Neighbouring counties of the bundled boundaries do not share
// their edges everywhere: AMap drew each on its own 1/1024° grid, which leaves 38 slivers
// between Henan's counties (0.81 km² in all; no point of one lies more than 147 m from a
// county) and none in Ningxia (maps/README.md). Official boundaries may have such gaps too.
// Refers to the hierarchy's regions: keep the hierarchy alive while the locator is.
class CountyLocator {
public:
    // Covers the widest measured gap (147 m from its edges to its middle) with a margin, and
    // stays below the smallest GCJ-02 offset (242 m), so a point shifted by a wrong datum
    // across the province's border is still not taken for one inside.
    static constexpr double kGapToleranceMetres = 200.0;

    explicit CountyLocator(const RegionHierarchy& regions);

    // Nullopt: in no county and farther than the tolerance from all of them (or not finite).
    [[nodiscard]] std::optional<CountyPlacement> place(LonLat point) const;

private:
    // Counties with their bounding boxes, tested before the exact, slower containment.
    std::vector<std::pair<Box, const Region*>> m_counties;
};

} // namespace agglomap::geo
