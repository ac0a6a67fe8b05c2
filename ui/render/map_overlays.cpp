#include "render/map_overlays.h"

namespace agglomap::render {

MapOverlays buildOverlays(const model::Plan& plan, const analysis::PlanAnalysis& analysis,
                          const MapScene& scene, MapSymbology symbology, geo::RegionLevel level) {
    symbology.choropleth.level = level;
    MapOverlays overlays;
    overlays.choropleth = std::make_shared<const analysis::Choropleth>(
        analysis::Choropleth::fromPlan(plan, analysis, symbology.choropleth));
    overlays.districts = std::make_shared<const DistrictSymbolLayer>(
        DistrictSymbolLayer::fromPlan(plan, analysis, scene, symbology.districtColouring));
    overlays.linkages = std::make_shared<const LinkageLayer>(LinkageLayer::fromPlan(plan, scene));
    return overlays;
}

} // namespace agglomap::render
