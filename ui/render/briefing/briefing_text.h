#pragma once

#include "model/plan.h"
#include "render/map_layers.h"
#include "render/map_scene.h"
#include "render/map_view_state.h"

#include <QString>
#include <QStringList>

namespace agglomap::render {

class ContextLayers;

// The default title of a briefing map: the area shown and the indicator, "洛阳市 · 主营业务收入".
[[nodiscard]] QString briefingTitle(const MapScene& scene, const MapViewState& state);
// "By county · Natural breaks (Jenks), 5 classes · Sum": what the colours mean.
[[nodiscard]] QString briefingSubtitle(const MapViewState& state);

// One line per source of what the map shows: the plan, the boundaries (from the description
// the boundary file carries) and each visible context layer. GeoNames' CC BY licence requires
// the credit whenever towns are shown.
[[nodiscard]] QStringList briefingCredits(const model::PlanInfo& plan,
                                          const QString& boundaryDescription,
                                          const MapViewState& state);

} // namespace agglomap::render
