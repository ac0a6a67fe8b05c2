#include "io/import/district_import_places.h"

namespace agglomap::io::detail {

namespace {

// About ten kilometres: well beyond any datum offset, well short of a neighbouring province's
// towns being taken for a datum mistake.
constexpr double kNearDegrees = 0.1;

} // namespace

CountyFinder::CountyFinder(const geo::RegionHierarchy& regions)
    : m_extent(regions.extent()) {
    for (const geo::Region* county : regions.regionsAt(geo::RegionLevel::County)) {
        m_counties.emplace_back(geo::bg::return_envelope<geo::Box>(county->lonLat), county);
    }
}

const geo::Region* CountyFinder::countyAt(geo::LonLat point) const {
    const geo::Point p(point.lon, point.lat);
    for (const auto& [box, county] : m_counties) {
        if (geo::bg::covered_by(p, box) && geo::bg::within(p, county->lonLat)) {
            return county;
        }
    }
    return nullptr;
}

bool CountyFinder::isNearProvince(geo::LonLat point) const {
    return point.lon >= m_extent.min_corner().x() - kNearDegrees &&
           point.lon <= m_extent.max_corner().x() + kNearDegrees &&
           point.lat >= m_extent.min_corner().y() - kNearDegrees &&
           point.lat <= m_extent.max_corner().y() + kNearDegrees;
}

} // namespace agglomap::io::detail
