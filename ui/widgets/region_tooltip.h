#pragma once

#include "analysis/choropleth.h"
#include "geo/region_hierarchy.h"
#include "render/district_symbols.h"

#include <QString>

namespace agglomap::widgets {

// Tooltip text for a region: both names, its code and kind, and what it belongs to or holds.
// With a choropleth of the region's level, also its value, its class and whether the value
// rests on illustrative data.
[[nodiscard]] QString regionTooltip(const geo::RegionHierarchy& hierarchy, geo::RegionCode code,
                                    const analysis::Choropleth* choropleth = nullptr,
                                    geo::LabelLanguage language = geo::LabelLanguage::Chinese);
// A district symbol's names, income and category, with illustrative values marked.
[[nodiscard]] QString districtTooltip(const render::DistrictSymbolLayer::Symbol& symbol,
                                      const render::DistrictSymbolLayer& layer);

// "洛阳市 Luoyang" in the chosen language first.
[[nodiscard]] QString bilingualName(const geo::Region& region, geo::LabelLanguage first);

} // namespace agglomap::widgets
