#pragma once

#include "util/result.h"
#include "widgets/plan_workspace.h"

#include <memory>

namespace agglomap::widgets {

// The three ways a document comes into the window. Each builds the whole workspace (map,
// context layers, plan versions) or returns why not; the window shows it only when it is whole.

// A bundled sample plan ("henan", "ningxia").
[[nodiscard]] Result<std::unique_ptr<PlanWorkspace>>
loadSampleWorkspace(const QString& mapsDirectory, const QString& province);

// An Agglomap project file; rivers and towns come from the bundled province it names.
[[nodiscard]] Result<std::unique_ptr<PlanWorkspace>>
loadProjectWorkspace(const QString& mapsDirectory, const QString& path);

// A plan with no districts on a bundled province's boundaries, with the sample's sector
// catalogue and (illustrative) input-output table, for a planning office to fill.
[[nodiscard]] Result<std::unique_ptr<PlanWorkspace>> newPlanWorkspace(const QString& mapsDirectory,
                                                                      const QString& province);

// The context layers (rivers, towns) of a bundled province projected for a map; none when the
// province is not bundled.
[[nodiscard]] Result<std::shared_ptr<const render::ContextLayers>>
loadContextLayers(const QString& mapsDirectory, const QString& province,
                  const render::MapScene& scene);

} // namespace agglomap::widgets
