#pragma once

#include "geo/geometry.h"

#include <optional>
#include <vector>

class OGRGeometry;

namespace agglomap::io {

// The polygons of `geometry` as a MultiPolygon valid by OGC rules, repaired with GEOS (through
// OGR) if need be: overlapping parts merge, rings touching themselves split. Nullopt if no area
// is left, e.g. a polygon folded onto a line.
[[nodiscard]] std::optional<geo::MultiPolygon> validMultiPolygon(const OGRGeometry& geometry);

// The union of the shapes as a valid MultiPolygon; nullopt if GEOS fails.
[[nodiscard]] std::optional<geo::MultiPolygon>
unionOf(const std::vector<const geo::MultiPolygon*>& shapes);

// unionOf() of each group, the groups spread over the processor's cores: a province's cities
// take seconds one after the other.
[[nodiscard]] std::vector<std::optional<geo::MultiPolygon>>
unionsOf(const std::vector<std::vector<const geo::MultiPolygon*>>& groups);

} // namespace agglomap::io
