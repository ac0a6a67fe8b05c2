#pragma once

#include "analysis/choropleth.h"
#include "render/district_symbols.h"
#include "render/linkage_layer.h"

#include <memory>

namespace agglomap::render {

// How the plan is symbolised, apart from the level (which follows the view).
struct MapSymbology {
    analysis::ChoroplethSpec choropleth;
    SymbolColouring districtColouring = SymbolColouring::ClusterStage;

    friend bool operator==(const MapSymbology&, const MapSymbology&) = default;
};

// Everything the map draws from the plan, derived in one step after each change so the map,
// legend and tooltips never mix old and new results. Immutable; shared with render workers.
struct MapOverlays {
    std::shared_ptr<const analysis::Choropleth> choropleth;
    std::shared_ptr<const DistrictSymbolLayer> districts;
    std::shared_ptr<const LinkageLayer> linkages;
};

// Whether a map drawn from either looks the same (tooltip values may still differ).
[[nodiscard]] bool drawSame(const MapOverlays& a, const MapOverlays& b);

// With a focus city the choropleth covers only that city's counties (the regions a city view
// shows), so the legend counts what is on the map.
[[nodiscard]] MapOverlays buildOverlays(const model::Plan& plan,
                                        const analysis::PlanAnalysis& analysis,
                                        const MapScene& scene, MapSymbology symbology,
                                        geo::RegionLevel level,
                                        std::optional<geo::RegionCode> focusCity = {});

} // namespace agglomap::render
