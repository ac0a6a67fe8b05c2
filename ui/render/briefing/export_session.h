#pragma once

#include "analysis/plan_analysis.h"
#include "model/plan.h"
#include "render/context_layers.h"
#include "render/map_scene.h"
#include "util/result.h"

#include <memory>

namespace agglomap::render {

// A plan opened for headless export: its map, context layers, the plan and its analysis.
struct ExportSession {
    std::shared_ptr<const MapScene> scene;
    std::shared_ptr<const ContextLayers> context;
    std::unique_ptr<model::Plan> plan;
    std::unique_ptr<analysis::PlanAnalysis> analysis;
    QString boundaryDescription; // provenance the boundary file carries, for the credits
};

// Opens a bundled plan ("henan", "ningxia"), a plan file (.gpkg) or a plan folder (on its
// province's bundled boundaries) from a maps folder. Errors name the plan and what is wrong.
[[nodiscard]] Result<std::unique_ptr<ExportSession>>
openExportSession(const QString& planArgument, const QString& mapsDirectory);

} // namespace agglomap::render
