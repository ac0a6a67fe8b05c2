#pragma once

#include "geo/region.h"

#include <QHash>

#include <vector>

namespace agglomap::geo {

// Neighbouring units share boundary vertices exactly (they come from one topology), so two
// regions are adjacent when they share at least two vertices.
[[nodiscard]] QHash<RegionCode, QList<RegionCode>>
adjacency(const std::vector<const Region*>& regions);

// A colour slot per region such that neighbours differ (greedy, largest degree first; the
// order is fixed so the same data always gets the same colours).
[[nodiscard]] QHash<RegionCode, int> colourSlots(const std::vector<const Region*>& regions);

} // namespace agglomap::geo
