#pragma once

#include "geo/geometry.h"

namespace agglomap::geo {

// GCJ-02 is the obfuscated datum required for maps published in China; AMap-derived boundaries
// use it. The forward formula is the public one; the inverse has no closed form and is solved by
// fixed-point iteration on the forward transform.

// True where the GCJ-02 offset applies (a rectangle around mainland China, as in the public
// formula); outside it both transforms are the identity.
[[nodiscard]] bool isInsideGcj02Area(LonLat wgs84);

[[nodiscard]] LonLat wgs84ToGcj02(LonLat wgs84);

// Converges to far below a millimetre in a handful of iterations.
[[nodiscard]] LonLat gcj02ToWgs84(LonLat gcj02);

// Great-circle distance in metres (haversine on a 6371008.8 m sphere), for checks and tests.
[[nodiscard]] double distanceMetres(LonLat a, LonLat b);

} // namespace agglomap::geo
