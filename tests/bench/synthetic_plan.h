#pragma once

#include "model/plan.h"

#include <memory>

namespace agglomap::bench {

// A synthetic national-scale plan: 2,900 counties (small squares) in 290 cities, 3,000
// districts with 4 sectors each, values from a fixed hash, so every run measures the same plan.
[[nodiscard]] std::unique_ptr<model::Plan> nationalPlan();

} // namespace agglomap::bench
