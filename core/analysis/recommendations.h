#pragma once

#include "analysis/district_indicators.h"

#include <QString>

#include <vector>

namespace agglomap::analysis {

enum class Priority { High, Medium, Low };

[[nodiscard]] QString priorityKey(Priority priority);

// One measure for a district: what to do, why (the indicator values and thresholds that
// triggered it), how urgent, and where in the papers the measure comes from.
struct Recommendation {
    QString ruleId; // stable: "leading-industry", "utility-gaps", ...
    Priority priority = Priority::Medium;
    QString measureZh;
    QString measureEn;
    QString reasonZh;
    QString reasonEn;
    QString source;                          // paper and section
    std::vector<model::SectorIndex> sectors; // candidates to develop or missing links to fill
};

// When rules fire; planners may change them.
struct RecommendationThresholds {
    double utilityGap = 0.25; // an item counts as a gap from here
    double severeGap = 0.5;   // ... and as urgent from here
    double serviceGap = 0.30;
    double financeGap = 0.30;
    double chainCompleteness = 0.60;
    double brokenChain = 0.40; // urgent below this
    double linkageDensity = 0.10;
    double traditionalShare = 0.70;
    double smeShare = 0.80;
    double smeRdIntensity = 0.01;
    double transferredRdIntensity = 0.01;
    double transferredLocalSourcing = 0.20;
    double capitalMarketIncome = 100.0; // 100 million yuan: districts big enough to list
};

// The rule engine: every rule reads the district and its indicators and either stays silent or
// gives one recommendation. Ordered by priority, then by rule.
[[nodiscard]] std::vector<Recommendation> recommend(const model::District& district,
                                                    const DistrictIndicators& indicators,
                                                    const IndicatorContext& context,
                                                    const RecommendationThresholds& thresholds);

} // namespace agglomap::analysis
