#pragma once

#include "geo/geometry.h"

#include <memory>
#include <optional>

class OGRGeometry;
class OGRMultiPolygon;

namespace agglomap::io {

// Polygons and multipolygons become a corrected MultiPolygon; any other geometry (or an
// empty one) gives nullopt. Polygon parts of a geometry collection are kept: GEOS MakeValid
// returns collections with stray line parts.
[[nodiscard]] std::optional<geo::MultiPolygon> toMultiPolygon(const OGRGeometry& geometry);

[[nodiscard]] std::unique_ptr<OGRMultiPolygon> toOgr(const geo::MultiPolygon& shape);

} // namespace agglomap::io
