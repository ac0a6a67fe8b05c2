#pragma once

#include "geo/region.h"

#include <memory>
#include <optional>

namespace agglomap::render {

class DistrictSymbolLayer;

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

    // The level whose regions are filled, labelled and hit-tested in this state.
    [[nodiscard]] geo::RegionLevel activeLevel() const {
        return focusCity ? geo::RegionLevel::County : overviewLevel;
    }
};

} // namespace agglomap::render
