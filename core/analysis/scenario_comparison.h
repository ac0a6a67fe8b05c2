#pragma once

#include "analysis/plan_analysis.h"

#include <QString>

#include <vector>

namespace agglomap::analysis {

// One district's indicator that a scenario changes.
struct IndicatorChange {
    model::DistrictId district;
    QString metricId; // a districtMetrics() id, or "cluster-stage" / "innovation-mode"
    double baseline = 0.0;
    double scenario = 0.0;
};

// A recommendation that a scenario adds to a district or makes unnecessary.
struct RecommendationChange {
    model::DistrictId district;
    Recommendation recommendation;
    bool added = false; // false: the baseline has it and the scenario no longer does
};

// What a scenario changes against its baseline, district by district: the numbers planners
// compare and the advice that appears or goes away.
struct ScenarioComparison {
    std::vector<IndicatorChange> indicators;
    std::vector<RecommendationChange> recommendations;
    std::vector<model::DistrictId> addedDistricts;   // in the scenario only
    std::vector<model::DistrictId> removedDistricts; // in the baseline only

    [[nodiscard]] bool isEmpty() const {
        return indicators.empty() && recommendations.empty() && addedDistricts.empty() &&
               removedDistricts.empty();
    }
};

// Compares every district present in both plans (by id); a value counts as changed when it
// moves by more than a relative 1e-9 or becomes (un)defined.
[[nodiscard]] ScenarioComparison compareScenarios(const model::Plan& baseline,
                                                  const PlanAnalysis& baselineAnalysis,
                                                  const model::Plan& scenario,
                                                  const PlanAnalysis& scenarioAnalysis);

} // namespace agglomap::analysis
