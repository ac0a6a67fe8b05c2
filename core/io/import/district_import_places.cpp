#include "io/import/district_import_places.h"

namespace agglomap::io::detail {

namespace {

// About ten kilometres: well beyond any datum offset, well short of a neighbouring province's
// towns being taken for a datum mistake.
constexpr double kNearDegrees = 0.1;

} // namespace

CountyFinder::CountyFinder(const geo::RegionHierarchy& regions)
    : m_locator(regions)
    , m_extent(regions.extent()) {}

std::optional<geo::CountyPlacement> CountyFinder::place(geo::LonLat point) const {
    return m_locator.place(point);
}

bool CountyFinder::isNearProvince(geo::LonLat point) const {
    return point.lon >= m_extent.min_corner().x() - kNearDegrees &&
           point.lon <= m_extent.max_corner().x() + kNearDegrees &&
           point.lat >= m_extent.min_corner().y() - kNearDegrees &&
           point.lat <= m_extent.max_corner().y() + kNearDegrees;
}

} // namespace agglomap::io::detail
