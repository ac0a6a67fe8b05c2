#include "io/ogr_geometry_conversion.h"

#include <ogr_geometry.h>

namespace agglomap::io {

namespace {

namespace bg = boost::geometry;

geo::Ring toRing(const OGRLinearRing& ring) {
    geo::Ring result;
    result.reserve(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) {
        result.emplace_back(ring.getX(i), ring.getY(i));
    }
    return result;
}

void appendPolygon(const OGRPolygon& polygon, geo::MultiPolygon& out) {
    if (polygon.IsEmpty()) {
        return;
    }
    geo::Polygon result;
    result.outer() = toRing(*polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
        result.inners().push_back(toRing(*polygon.getInteriorRing(i)));
    }
    out.push_back(std::move(result));
}

void appendAll(const OGRGeometry& geometry, geo::MultiPolygon& out) {
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        appendPolygon(*geometry.toPolygon(), out);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
            appendAll(*part, out);
        }
        break;
    default:
        break; // lines and points carry no area
    }
}

OGRLinearRing toOgrRing(const geo::Ring& ring) {
    OGRLinearRing result;
    result.setNumPoints(static_cast<int>(ring.size()), FALSE);
    for (std::size_t i = 0; i < ring.size(); ++i) {
        result.setPoint(static_cast<int>(i), ring[i].x(), ring[i].y());
    }
    return result;
}

} // namespace

std::optional<geo::MultiPolygon> toMultiPolygon(const OGRGeometry& geometry) {
    geo::MultiPolygon result;
    appendAll(geometry, result);
    if (result.empty()) {
        return std::nullopt;
    }
    bg::correct(result);
    return result;
}

std::unique_ptr<OGRMultiPolygon> toOgr(const geo::MultiPolygon& shape) {
    auto result = std::make_unique<OGRMultiPolygon>();
    for (const geo::Polygon& polygon : shape) {
        OGRPolygon ogrPolygon;
        OGRLinearRing outer = toOgrRing(polygon.outer());
        ogrPolygon.addRing(&outer);
        for (const geo::Ring& inner : polygon.inners()) {
            OGRLinearRing ogrInner = toOgrRing(inner);
            ogrPolygon.addRing(&ogrInner);
        }
        result->addGeometry(&ogrPolygon);
    }
    return result;
}

} // namespace agglomap::io
