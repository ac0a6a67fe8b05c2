#include "geo/county_locator.h"

#include <cmath>
#include <numbers>

namespace agglomap::geo {

namespace {

constexpr double kMetresPerDegree = 6371008.8 * std::numbers::pi / 180.0;

// The distance in metres from `point` to `shape`, in a plane tangent at the point: exact to
// far below a metre over the few hundred metres the tolerance spans.
double metresBetween(const Point& point, const MultiPolygon& shape) {
    const double xScale = kMetresPerDegree * std::cos(point.y() * std::numbers::pi / 180.0);
    MultiPolygon local = shape;
    bg::for_each_point(local, [&](Point& vertex) {
        vertex =
            Point((vertex.x() - point.x()) * xScale, (vertex.y() - point.y()) * kMetresPerDegree);
    });
    return bg::distance(Point(0.0, 0.0), local);
}

bool near(const Point& point, const Box& box, double lonMargin, double latMargin) {
    return point.x() >= box.min_corner().x() - lonMargin &&
           point.x() <= box.max_corner().x() + lonMargin &&
           point.y() >= box.min_corner().y() - latMargin &&
           point.y() <= box.max_corner().y() + latMargin;
}

} // namespace

CountyLocator::CountyLocator(const RegionHierarchy& regions) {
    for (const Region* county : regions.regionsAt(RegionLevel::County)) {
        if (!bg::is_empty(county->lonLat)) {
            m_counties.emplace_back(bg::return_envelope<Box>(county->lonLat), county);
        }
    }
}

std::optional<CountyPlacement> CountyLocator::place(LonLat at) const {
    if (!std::isfinite(at.lon) || !std::isfinite(at.lat) || std::abs(at.lat) >= 90.0) {
        return std::nullopt;
    }
    const Point point(at.lon, at.lat);
    for (const auto& [box, county] : m_counties) {
        if (bg::covered_by(point, box) && bg::covered_by(point, county->lonLat)) {
            return CountyPlacement{county, 0.0};
        }
    }
    const double latMargin = kGapToleranceMetres / kMetresPerDegree;
    const double lonMargin = latMargin / std::cos(at.lat * std::numbers::pi / 180.0);
    std::optional<CountyPlacement> nearest;
    for (const auto& [box, county] : m_counties) {
        if (!near(point, box, lonMargin, latMargin)) {
            continue;
        }
        const double metres = metresBetween(point, county->lonLat);
        if (metres <= kGapToleranceMetres && (!nearest || metres < nearest->metresOutside)) {
            nearest = CountyPlacement{county, metres};
        }
    }
    return nearest;
}

} // namespace agglomap::geo
