#pragma once

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

namespace agglomap::geo {

namespace bg = boost::geometry;

// Planar geometry. The same types hold longitude/latitude (x = lon, y = lat) and projected
// metres; the variable names say which. Boost's defaults: clockwise exterior rings, closed.
using Point = bg::model::d2::point_xy<double>;
using Ring = bg::model::ring<Point>;
using Polygon = bg::model::polygon<Point>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Point>;

struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
};

[[nodiscard]] inline std::size_t vertexCount(const MultiPolygon& shape) {
    return bg::num_points(shape);
}

} // namespace agglomap::geo
