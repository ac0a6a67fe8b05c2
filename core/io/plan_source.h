#pragma once

#include "io/project/project_file.h"
#include "model/plan.h"
#include "util/result.h"

#include <memory>

namespace agglomap::io {

// A plan together with the boundaries it lives on.
struct OpenedPlan {
    std::shared_ptr<const geo::RegionHierarchy> regions;
    std::unique_ptr<model::Plan> plan;
    // The bundled province whose rivers and towns go with it ("henan"); may be empty for a
    // plan file.
    QString province;
    // Where the boundaries come from, as their file describes it: for layer panels and credits.
    QString boundaryDescription;
};

// Opens a bundled plan ("henan", "ningxia"), a plan file (an Agglomap GeoPackage: its baseline,
// on its own boundaries) or a plan folder (its plan.json names the province whose bundled
// boundaries it uses), from the given maps directory.
[[nodiscard]] Result<OpenedPlan> openPlan(const QString& planArgument,
                                          const QString& mapsDirectory);

// The same, as a project: a plan file with all its versions and settings; a bundled plan or a
// folder as a project whose only version is the baseline.
[[nodiscard]] Result<OpenedProject> openPlanAsProject(const QString& planArgument,
                                                      const QString& mapsDirectory);

// What saving an opened project writes again.
[[nodiscard]] ProjectContents contentsOf(const OpenedProject& project);

} // namespace agglomap::io
