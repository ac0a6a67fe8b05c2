#include "render/map_overlays.h"

namespace agglomap::render {

namespace {

template <typename Layer>
bool sameLayer(const std::shared_ptr<const Layer>& a, const std::shared_ptr<const Layer>& b) {
    if (!a || !b) {
        return a == b;
    }
    return a == b || a->drawsSameAs(*b);
}

} // namespace

bool drawSame(const MapOverlays& a, const MapOverlays& b) {
    return sameLayer(a.choropleth, b.choropleth) && sameLayer(a.districts, b.districts) &&
           sameLayer(a.linkages, b.linkages);
}

MapOverlays buildOverlays(const model::Plan& plan, const analysis::PlanAnalysis& analysis,
                          const MapScene& scene, MapSymbology symbology, geo::RegionLevel level,
                          std::optional<geo::RegionCode> focusCity) {
    symbology.choropleth.level = level;
    MapOverlays overlays;
    overlays.choropleth = std::make_shared<const analysis::Choropleth>(
        analysis::Choropleth::fromPlan(plan, analysis, symbology.choropleth, focusCity));
    overlays.districts = std::make_shared<const DistrictSymbolLayer>(
        DistrictSymbolLayer::fromPlan(plan, analysis, scene, symbology.districtColouring));
    overlays.linkages = std::make_shared<const LinkageLayer>(LinkageLayer::fromPlan(plan, scene));
    return overlays;
}

} // namespace agglomap::render
