#pragma once

#include "analysis/district_indicators.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <map>
#include <vector>

namespace agglomap::analysis {

enum class Priority { High, Medium, Low };

[[nodiscard]] QString priorityKey(Priority priority);

// One measure for a district: what to do, why (the indicator values and thresholds that
// triggered it), how much the district needs it compared with its peers, and where in the
// papers the measure comes from.
struct Recommendation {
    QString ruleId; // stable: "leading-industry", "utility-gaps", ...
    // Follows from the percentile once the district is ranked among its peers (PlanAnalysis);
    // Medium for a district ranked alone.
    Priority priority = Priority::Medium;
    // How much the district needs the measure, on the rule's own scale (a gap, a shortfall
    // against a threshold, a share), larger meaning more; docs/methods.md lists each.
    double need = 0.0;
    // The share of the district's peers that need the measure less (those it does not fire for
    // need it not at all); NaN until ranked.
    double percentile = std::numeric_limits<double>::quiet_NaN();
    QString measureZh;
    QString measureEn;
    QString reasonZh;
    QString reasonEn;
    QString source;                          // paper and section
    std::vector<model::SectorIndex> sectors; // candidates to develop or missing links to fill
};

// Whom a district is ranked against: every district of the plan's province, or those of the
// same zone level and type (falling back to the province when that group is small).
enum class PeerGroup { Province, ZoneLevelAndType };

// When rules fire and how their priority follows from the peer percentile; planners may change
// them.
struct RecommendationThresholds {
    double utilityGap = 0.25; // an item counts as a gap from here
    double serviceGap = 0.30;
    double financeGap = 0.30;
    double chainCompleteness = 0.60;
    double linkageDensity = 0.10;
    double traditionalShare = 0.70;
    double smeShare = 0.80;
    double smeRdIntensity = 0.01;
    double transferredRdIntensity = 0.01;
    double transferredLocalSourcing = 0.20;
    double capitalMarketIncome = 100.0; // 100 million yuan: districts big enough to list
    // A sector is a candidate (to lead, or to add in an upgrade) only with at least this much
    // direct input-output support from the district's other active sectors: the sum of the
    // coefficients linking it to them in both directions; 0.05 is one key link (the chain's
    // keyInputCoefficient).
    double candidateSupport = 0.05;
    // Priority from the percentile among peers, as US Cluster Mapping calls a cluster strong
    // from its percentile across regions: high from the top fifth, medium from the median.
    double highPercentile = 0.80;
    double mediumPercentile = 0.50;
    PeerGroup peers = PeerGroup::Province;
    int minimumPeers = 10; // smaller zone-level-and-type groups are ranked in the province
};

// The rules, in the order the province view lists them.
[[nodiscard]] const QStringList& recommendationRuleIds();
// A measure's short name, for lists of measures across districts.
[[nodiscard]] QString measureTitle(const QString& ruleId, bool chinese);

// The rule engine: every rule reads the district and its indicators and either stays silent or
// gives one recommendation with its need. Unranked: priority Medium, percentile NaN.
[[nodiscard]] std::vector<Recommendation> recommend(const model::District& district,
                                                    const DistrictIndicators& indicators,
                                                    const IndicatorContext& context,
                                                    const RecommendationThresholds& thresholds);

// The share of `sortedPeerNeeds` (ascending; one per peer, 0 where the rule does not fire) that
// is strictly below `need`. At most a fifth of peers can reach 0.8, whatever the ties.
[[nodiscard]] double needPercentile(double need, const std::vector<double>& sortedPeerNeeds);
[[nodiscard]] Priority priorityForPercentile(double percentile,
                                             const RecommendationThresholds& thresholds);
// Puts each recommendation's percentile (by rule id) and priority on it and orders the list:
// the most severe first (priority, then percentile, then the rules' order).
void rankRecommendations(std::vector<Recommendation>& list,
                         const std::map<QString, double>& percentiles,
                         const RecommendationThresholds& thresholds);

// Context for a district, not measures: the government's role at its stage (Ningxia paper
// §3.3.1) and the innovation mode that suits it (Henan paper §2.2).
[[nodiscard]] QString stageRole(ClusterStage stage, bool chinese);
[[nodiscard]] QString innovationModeNote(InnovationMode mode, bool chinese);
[[nodiscard]] QString stageRoleSource();
[[nodiscard]] QString innovationModeSource();

} // namespace agglomap::analysis
