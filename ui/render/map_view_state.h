#pragma once

#include "analysis/choropleth.h"
#include "geo/region.h"
#include "model/ids.h"
#include "render/map_layers.h"

#include <memory>
#include <optional>

namespace agglomap::render {

class DistrictSymbolLayer;
class LinkageLayer;
class ContextLayers;

enum class LabelVisibility { Shown, Hidden };

// What the user is looking at, as opposed to what the map contains (MapScene). Cheap to copy;
// the canvas and headless renderers both paint from one of these.
struct MapViewState {
    // Province overview when empty; otherwise the city whose counties are drawn.
    std::optional<geo::RegionCode> focusCity;
    // Level filled in the province overview: cities, or every county of the province.
    geo::RegionLevel overviewLevel = geo::RegionLevel::City;
    std::optional<geo::RegionCode> hovered;
    std::optional<geo::RegionCode> selected;
    geo::LabelLanguage language = geo::LabelLanguage::Chinese;
    LabelVisibility labels = LabelVisibility::Shown;
    // The plan's districts drawn over the regions; none when empty.
    std::shared_ptr<const DistrictSymbolLayer> districts;
    std::optional<model::DistrictId> selectedDistrict;
    // Fills of the active level by an indicator; the qualitative base colours when empty or
    // when it was computed for another level.
    std::shared_ptr<const analysis::Choropleth> choropleth;
    std::shared_ptr<const LinkageLayer> linkages;
    // Rivers and towns of the province, if its maps folder has them.
    std::shared_ptr<const ContextLayers> context;
    MapLayerStack layers;

    // The level whose regions are filled, labelled and hit-tested in this state.
    [[nodiscard]] geo::RegionLevel activeLevel() const {
        return focusCity ? geo::RegionLevel::County : overviewLevel;
    }
};

} // namespace agglomap::render
