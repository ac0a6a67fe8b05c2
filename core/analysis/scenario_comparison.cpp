#include "analysis/scenario_comparison.h"

#include "analysis/district_metric.h"

#include <cmath>

namespace agglomap::analysis {

namespace {

bool differs(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) {
        return std::isnan(a) != std::isnan(b);
    }
    return std::abs(a - b) > 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

bool containsRule(const std::vector<Recommendation>& list, const Recommendation& wanted) {
    for (const Recommendation& candidate : list) {
        if (candidate.ruleId == wanted.ruleId && candidate.measureEn == wanted.measureEn &&
            candidate.priority == wanted.priority) {
            return true;
        }
    }
    return false;
}

} // namespace

ScenarioComparison compareScenarios(const model::Plan& baseline,
                                    const PlanAnalysis& baselineAnalysis,
                                    const model::Plan& scenario,
                                    const PlanAnalysis& scenarioAnalysis) {
    ScenarioComparison result;
    for (const model::District* before : baseline.districts()) {
        const model::District* after = scenario.district(before->id);
        if (!after) {
            result.removedDistricts.push_back(before->id);
            continue;
        }
        const DistrictIndicators* a = baselineAnalysis.indicators(before->id);
        const DistrictIndicators* b = scenarioAnalysis.indicators(before->id);
        if (!a || !b) {
            continue;
        }
        for (const DistrictMetric& metric : districtMetrics()) {
            const double x = metric.value(*before, *a);
            const double y = metric.value(*after, *b);
            if (differs(x, y)) {
                result.indicators.push_back({before->id, metric.id, x, y});
            }
        }
        if (a->stage != b->stage) {
            result.indicators.push_back({before->id, QStringLiteral("cluster-stage"),
                                         static_cast<double>(a->stage),
                                         static_cast<double>(b->stage)});
        }
        if (a->mode != b->mode) {
            result.indicators.push_back({before->id, QStringLiteral("innovation-mode"),
                                         static_cast<double>(a->mode),
                                         static_cast<double>(b->mode)});
        }
        const auto& oldAdvice = *baselineAnalysis.recommendations(before->id);
        const auto& newAdvice = *scenarioAnalysis.recommendations(before->id);
        for (const Recommendation& r : newAdvice) {
            if (!containsRule(oldAdvice, r)) {
                result.recommendations.push_back({before->id, r, true});
            }
        }
        for (const Recommendation& r : oldAdvice) {
            if (!containsRule(newAdvice, r)) {
                result.recommendations.push_back({before->id, r, false});
            }
        }
    }
    for (const model::District* after : scenario.districts()) {
        if (!baseline.district(after->id)) {
            result.addedDistricts.push_back(after->id);
        }
    }
    return result;
}

} // namespace agglomap::analysis
