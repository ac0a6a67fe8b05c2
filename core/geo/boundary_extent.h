#pragma once

#include "geo/region_hierarchy.h"

#include <QString>

#include <optional>
#include <vector>

namespace agglomap::geo {

// How far a province's boundaries may reach beyond the bounding box of its current outline:
// 0.2°, about 20 km. Two drawings of one border differ by a datum offset (GCJ-02 up to 0.7 km,
// BD-09 about 1.2 km) or a redrawn line; a wrong coordinate reference system moves a shape by
// hundreds of kilometres (the next Gauss-Kruger zone is 3° away). docs/user-guide.md says why.
inline constexpr double kExtentMarginDegrees = 0.2;

// A new boundary may cover at most this many times the area of the region it replaces, and at
// least its inverse. Redrawn borders and townships moving between neighbours change a
// county's area by far less; a city or province outline under a county's code, a shape in the
// wrong units or a placeholder box change it by far more (Henan's province is 45 times its
// largest county).
inline constexpr double kAreaFactor = 10.0;

// Where any region of GB/T 2260 lies: China's extreme points (73.5°E-135.1°E, 3.9°N-53.6°N)
// with a margin. The last word for a plan that holds no trustworthy outline to compare with.
[[nodiscard]] Box chinaExtent();

// `provinceExtent` grown by kExtentMarginDegrees on every side, kept within chinaExtent().
[[nodiscard]] Box plausibleExtent(const Box& provinceExtent);

// The first thing wrong with a shape's coordinates, if any.
struct CoordinateFault {
    enum class Kind { NotFinite, OutsideExtent };
    Kind kind = Kind::NotFinite;
    Box found; // the shape's bounding box, for OutsideExtent
};
[[nodiscard]] std::optional<CoordinateFault> coordinateFault(const MultiPolygon& shape,
                                                             const Box& extent);

// The area of a lon/lat shape in square kilometres, each part scaled at its own latitude:
// within a fraction of a percent for a county, enough to compare two outlines of one region.
[[nodiscard]] double areaKm2(const MultiPolygon& lonLat);

// "110.16 to 116.85°E, 31.18 to 36.57°N"; far-off values as "1e+308".
[[nodiscard]] QString extentText(const Box& box);

// A sentence for each region whose boundary has a coordinate that is not finite or reaches
// beyond `extent`, naming the region: "Region 410105 (金水区): its boundary spans ...".
[[nodiscard]] std::vector<QString> boundaryFaults(const RegionHierarchy& regions,
                                                  const Box& extent);

} // namespace agglomap::geo
