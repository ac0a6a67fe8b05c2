#pragma once

#include "geo/projection.h"
#include "geo/region.h"

#include <boost/geometry/index/rtree.hpp>

#include <array>
#include <optional>
#include <vector>

namespace agglomap::geo {

// The regions of one level in projected metres, prepared once for drawing and hit-testing:
// simplified copies per level of detail, a label point each, and an R-tree over their boxes.
class ProjectedRegionSet {
public:
    // Douglas-Peucker tolerances in metres; index 0 is the full geometry. Doubling steps keep
    // every zoom close to the coarsest geometry that still looks exact.
    static constexpr std::array<double, 8> kLodTolerances{0.0,   60.0,   120.0,  250.0,
                                                          500.0, 1000.0, 2000.0, 4000.0};
    // Label points are searched on this level: exact enough, and cheap to search.
    static constexpr std::size_t kLabelLod = 4;

    struct Entry {
        RegionCode code = 0;
        Box bounds;
        std::array<MultiPolygon, kLodTolerances.size()> lods;
        Point labelAnchor;
    };

    ProjectedRegionSet() = default;
    ProjectedRegionSet(const std::vector<const Region*>& regions, const Projection& projection);

    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    [[nodiscard]] const Entry* find(RegionCode code) const;
    [[nodiscard]] Box extent() const { return m_extent; }
    // The coarsest level whose tolerance stays under three quarters of a pixel.
    [[nodiscard]] static std::size_t lodFor(double metresPerPixel);
    // The region containing a projected point (exact test on the full geometry), if any.
    [[nodiscard]] std::optional<RegionCode> regionAt(const Point& projected) const;
    [[nodiscard]] std::size_t vertexCount(std::size_t lod) const;

private:
    using IndexValue = std::pair<Box, std::size_t>;

    std::vector<Entry> m_entries;
    Box m_extent;
    bg::index::rtree<IndexValue, bg::index::quadratic<16>> m_index;
};

} // namespace agglomap::geo
