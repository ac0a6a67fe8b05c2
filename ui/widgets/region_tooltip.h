#pragma once

#include "geo/region_hierarchy.h"

#include <QString>

namespace agglomap::widgets {

// Tooltip text for a region: both names, its code and kind, and what it belongs to or holds.
[[nodiscard]] QString regionTooltip(const geo::RegionHierarchy& hierarchy, geo::RegionCode code);

// "洛阳市 Luoyang" in the chosen language first.
[[nodiscard]] QString bilingualName(const geo::Region& region, geo::LabelLanguage first);

} // namespace agglomap::widgets
