#include "io/boundaries/shape_checks.h"

#include "geo/boundary_extent.h"

#include <QCoreApplication>

#include <ogr_geometry.h>

#include <cmath>

namespace agglomap::io::detail {

namespace {

namespace bg = boost::geometry;

QString lonLatText(const geo::Box& box) {
    //: A position: %1 is the longitude, %2 the latitude, in degrees
    return QCoreApplication::translate("agglomap::io::Boundaries", "%1°E, %2°N")
        .arg((box.min_corner().x() + box.max_corner().x()) / 2.0, 0, 'f', 2)
        .arg((box.min_corner().y() + box.max_corner().y()) / 2.0, 0, 'f', 2);
}

QString squareKilometres(double area) {
    return QString::number(area, 'f', area < 10.0 ? 2 : 0);
}

} // namespace

Status nonFiniteCoordinates(const OGRGeometry& shape, const geo::Region& region,
                            const QString& where) {
    // Every vertex, not the envelope, which a NaN leaves undefined.
    struct FiniteCheck final : OGRDefaultConstGeometryVisitor {
        bool finite = true;
        using OGRDefaultConstGeometryVisitor::visit;
        void visit(const OGRPoint* point) override {
            finite = finite && std::isfinite(point->getX()) && std::isfinite(point->getY());
        }
    } check;
    shape.accept(&check);
    if (check.finite) {
        return {};
    }
    //: %1 is the feature, %2 the region's name
    return Error{QCoreApplication::translate("agglomap::io::Boundaries",
                                             "%1: has coordinates that are not numbers (NaN or "
                                             "infinite); fix or redraw the boundary of %2 and "
                                             "load the file again.")
                     .arg(where, region.nameZh)};
}

Status farFromRegion(const geo::Box& found, const geo::Region& region, const QString& where,
                     const QString& crs) {
    if (region.lonLat.empty()) {
        return {};
    }
    const auto expected = bg::return_envelope<geo::Box>(region.lonLat);
    if (bg::intersects(found, expected)) {
        return {};
    }
    //: %1 is the feature, %2 where it lies, %3 the region's name, %4 where the plan has the region,
    //: %5 the coordinate reference system the file was read in
    return Error{QCoreApplication::translate(
                     "agglomap::io::Boundaries",
                     "%1: lies around %2, far from %3, which the plan has around %4; "
                     "is %5 the coordinate reference system it was made in?")
                     .arg(where, lonLatText(found), region.nameZh, lonLatText(expected), crs)};
}

Status beyondProvince(const geo::Box& found, const geo::Box& extent, const QString& province,
                      const QString& where, const QString& crs) {
    if (bg::covered_by(found, extent)) {
        return {};
    }
    //: %1 is the feature, %2 the extent of its boundary, %3 the province, %4 the extent its
    //: boundaries may have, %5 the margin in degrees, %6 the coordinate reference system
    return Error{QCoreApplication::translate(
                     "agglomap::io::Boundaries",
                     "%1: spans %2, beyond %3 (%4, its extent grown by %5°); a boundary must lie "
                     "within the province. Is %6 the coordinate reference system it was made in?")
                     .arg(where, geo::extentText(found), province, geo::extentText(extent),
                          QString::number(geo::kExtentMarginDegrees), crs)};
}

Status areaOutOfProportion(const geo::MultiPolygon& shape, const geo::Region& region,
                           const QString& where, const QString& crs) {
    const double before = geo::areaKm2(region.lonLat);
    const double after = geo::areaKm2(shape);
    if (!(before > 0.0) ||
        (after <= before * geo::kAreaFactor && after >= before / geo::kAreaFactor)) {
        return {};
    }
    //: %1 is the feature, %2 its area, %3 the area of the region it replaces, %4 the region's
    //: name, %5 the largest factor allowed (10), %6 the coordinate reference system
    return Error{QCoreApplication::translate(
                     "agglomap::io::Boundaries",
                     "%1: covers about %2 km², where the plan has %3 km² for %4; a new boundary "
                     "may be at most %5 times larger or smaller than the region it replaces. Is it "
                     "the boundary of %4, and is %6 the coordinate reference system it was made "
                     "in?")
                     .arg(where, squareKilometres(after), squareKilometres(before), region.nameZh,
                          QString::number(geo::kAreaFactor), crs)};
}

} // namespace agglomap::io::detail
