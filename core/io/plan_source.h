#pragma once

#include "model/plan.h"
#include "util/result.h"

#include <memory>

namespace agglomap::io {

// A plan together with the boundaries it lives on.
struct OpenedPlan {
    std::shared_ptr<const geo::RegionHierarchy> regions;
    std::unique_ptr<model::Plan> plan;
};

// Opens a bundled plan ("henan", "ningxia") or a plan folder (its plan.json names the
// province whose bundled boundaries it uses), from the given maps directory.
[[nodiscard]] Result<OpenedPlan> openPlan(const QString& planArgument,
                                          const QString& mapsDirectory);

} // namespace agglomap::io
