#pragma once

#include "geo/geometry.h"

namespace agglomap::geo {

// A point well inside a shape, far from its edges, where a label reads as belonging to it.
// The centroid is not enough: crescent-shaped counties have it outside. Searches a grid over
// the largest part and keeps the interior point farthest from the boundary.
[[nodiscard]] Point labelPoint(const MultiPolygon& shape);

} // namespace agglomap::geo
