#pragma once

// Checks of one imported boundary beyond its validity as a polygon: that its coordinates are
// numbers, that it lies where its region and province are, and that its size is plausible for
// the region. Each returns the refusal, naming the feature (`where`), or nullopt.

#include "geo/region.h"
#include "util/status.h"

#include <QString>

#include <optional>

class OGRGeometry;

namespace agglomap::io::detail {

// A NaN or infinite coordinate, as read from the file or as PROJ returned it.
[[nodiscard]] Status nonFiniteCoordinates(const OGRGeometry& shape, const geo::Region& region,
                                          const QString& where);

// A lon/lat shape whose bounding box misses the region's altogether was almost always read
// in the wrong CRS (a neighbouring Gauss-Kruger zone, a false easting with or without the zone
// number); `crs` names the one it was read in.
[[nodiscard]] Status farFromRegion(const geo::Box& found, const geo::Region& region,
                                   const QString& where, const QString& crs);

// A lon/lat shape reaching beyond `extent`, the province's plausibleExtent().
[[nodiscard]] Status beyondProvince(const geo::Box& found, const geo::Box& extent,
                                    const QString& province, const QString& where,
                                    const QString& crs);

// A shape more than kAreaFactor times larger or smaller than the region it replaces.
[[nodiscard]] Status areaOutOfProportion(const geo::MultiPolygon& shape, const geo::Region& region,
                                         const QString& where, const QString& crs);

} // namespace agglomap::io::detail
