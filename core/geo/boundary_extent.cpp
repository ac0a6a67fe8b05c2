#include "geo/boundary_extent.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace agglomap::geo {

namespace {

// Metres per degree of latitude on the mean Earth radius.
constexpr double kKmPerDegree = 6371.0088 * std::numbers::pi / 180.0;

bool isFinite(const Point& point) {
    return std::isfinite(point.x()) && std::isfinite(point.y());
}

// Degrees as a planner reads them; the absurd values of a damaged file stay short.
QString degrees(double value) {
    return std::abs(value) < 1e5 ? QString::number(value, 'f', 2) : QString::number(value, 'g', 3);
}

} // namespace

Box chinaExtent() {
    return Box({72.0, 3.0}, {136.0, 55.0});
}

Box plausibleExtent(const Box& provinceExtent) {
    const Box china = chinaExtent();
    return Box(
        {std::max(provinceExtent.min_corner().x() - kExtentMarginDegrees, china.min_corner().x()),
         std::max(provinceExtent.min_corner().y() - kExtentMarginDegrees, china.min_corner().y())},
        {std::min(provinceExtent.max_corner().x() + kExtentMarginDegrees, china.max_corner().x()),
         std::min(provinceExtent.max_corner().y() + kExtentMarginDegrees, china.max_corner().y())});
}

std::optional<CoordinateFault> coordinateFault(const MultiPolygon& shape, const Box& extent) {
    bool finite = true;
    bg::for_each_point(shape,
                       [&finite](const Point& point) { finite = finite && isFinite(point); });
    if (!finite) {
        return CoordinateFault{CoordinateFault::Kind::NotFinite, Box()};
    }
    if (bg::is_empty(shape)) {
        return std::nullopt;
    }
    const auto found = bg::return_envelope<Box>(shape);
    if (bg::covered_by(found, extent)) {
        return std::nullopt;
    }
    return CoordinateFault{CoordinateFault::Kind::OutsideExtent, found};
}

double areaKm2(const MultiPolygon& lonLat) {
    double total = 0.0;
    for (const Polygon& part : lonLat) {
        const auto box = bg::return_envelope<Box>(part);
        const double latitude = (box.min_corner().y() + box.max_corner().y()) / 2.0;
        total += std::abs(bg::area(part)) * kKmPerDegree * kKmPerDegree *
                 std::cos(latitude * std::numbers::pi / 180.0);
    }
    return total;
}

QString extentText(const Box& box) {
    //: A bounding box: %1 to %2 are longitudes, %3 to %4 latitudes, in degrees
    return QCoreApplication::translate("agglomap::geo::Boundaries", "%1 to %2°E, %3 to %4°N")
        .arg(degrees(box.min_corner().x()), degrees(box.max_corner().x()),
             degrees(box.min_corner().y()), degrees(box.max_corner().y()));
}

std::vector<QString> boundaryFaults(const RegionHierarchy& regions, const Box& extent) {
    std::vector<QString> faults;
    for (const Region& region : regions.regions()) {
        const auto fault = coordinateFault(region.lonLat, extent);
        if (!fault) {
            continue;
        }
        if (fault->kind == CoordinateFault::Kind::NotFinite) {
            //: %1 is a region's code, %2 its name
            faults.push_back(QCoreApplication::translate(
                                 "agglomap::geo::Boundaries",
                                 "Region %1 (%2): its boundary has coordinates that are not "
                                 "numbers (NaN or infinite); replace the boundaries with official "
                                 "ones (agglomap import --boundaries) or open a backup copy.")
                                 .arg(region.code)
                                 .arg(region.nameZh));
            continue;
        }
        //: %1 is a region's code, %2 its name, %3 the extent of its boundary, %4 the extent the
        //: province's boundaries may have
        faults.push_back(QCoreApplication::translate(
                             "agglomap::geo::Boundaries",
                             "Region %1 (%2): its boundary spans %3, beyond %4, where the "
                             "province's boundaries can lie; replace the boundaries with official "
                             "ones (agglomap import --boundaries) or open a backup copy.")
                             .arg(region.code)
                             .arg(region.nameZh, extentText(fault->found), extentText(extent)));
    }
    return faults;
}

} // namespace agglomap::geo
