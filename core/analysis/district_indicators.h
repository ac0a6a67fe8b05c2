#pragma once

#include "model/district.h"
#include "model/input_output_table.h"
#include "model/sector.h"

#include <QString>

#include <array>
#include <vector>

namespace agglomap::analysis {

// Thresholds the stage and mode rules use; planners may change them (defaults from the papers
// and the sources docs/methods.md cites, otherwise documented judgement).
struct IndicatorThresholds {
    double clearLeadingShare = 0.40; // a leading industry "clearly positioned" above this share
    // Ningxia paper §4.2.5: R&D as a share of GDP for a country or province (1% / 1.5% / 2%).
    // Applied to the province and its cities only, from the reference economy.
    std::array<double, 3> rdBenchmarks{0.01, 0.015, 0.02};
    // 《高新技术企业认定管理办法》(国科发火〔2016〕32号) art. 11(5): R&D / sales of at least 5%
    // for sales up to 50 million yuan, 4% up to 200 million, 3% above. A district is held to the
    // band of its mean sales per enterprise (100 million yuan: 0.5 and 2).
    std::array<double, 3> enterpriseRdBenchmarks{0.05, 0.04, 0.03};
    std::array<double, 2> enterpriseSalesBands{0.5, 2.0};
    std::array<double, 3> incomeTargets{1000.0, 500.0,
                                        100.0}; // Henan 2012 targets, 100 million yuan
    double organizedLinkageDensity = 0.10;
    double innovativeLinkageDensity = 0.20;
    double innovativeRdIntensity = 0.015;     // the fundamental innovation mode
    double innovativeNewIndustryShare = 0.20; // high-tech plus emerging output
    double fundamentalNewIndustryShare = 0.30;
    double convergenceCategoryShare = 0.15;
    double keyInputCoefficient = 0.05; // a supplier or buyer is "key" to the chain from here
    // The innovative-cluster conditions on space and services: mean gaps up to these.
    double conditionInfrastructureGap = 0.25;
    double conditionServiceGap = 0.30;
};

// The Ningxia paper's phases of a cluster (§2.3): formation - informal cluster, development -
// organized cluster, maturity - innovative cluster. Each is reached only through the one before.
enum class ClusterStage { Informal, Organized, Innovative };
// The Henan paper's three modes of industrial innovation.
enum class InnovationMode { Progressive, Fundamental, Convergence };
// A region's R&D against the Ningxia paper's benchmarks of R&D as a share of GDP: below 1%,
// 1-1.5%, 1.5-2%, at least 2%.
enum class RdTier { BelowOnePercent, OnePercent, OneAndAHalfPercent, TwoPercent };
// Business income against the Henan 2012 targets of 100, 50 and 10 billion yuan.
enum class IncomeTier { Below10Billion, Reaches10Billion, Reaches50Billion, Reaches100Billion };
// The Ningxia paper's four necessary conditions for an innovative cluster (§2.5).
enum class InnovativeCondition {
    IndustrialDevelopment,    // a high degree of industrial development
    PropertyRightsAndMarkets, // definite property rights and market regulations
    InformationAndSpace,      // convenient information and space, accumulated resources
    InnovationEnvironment,    // the innovative environment of government and research services
};
inline constexpr int kInnovativeConditionCount = 4;

// Where the location quotients and the Krugman index take the province's output mix from.
enum class ReferenceSource {
    ReferenceEconomy, // the plan's reference economy (a statistical yearbook)
    PlanDistricts,    // the sum of the plan's own districts: no complete reference table
};

// Keys and names come from the catalogue's categories (district_metric.cpp).
[[nodiscard]] QString clusterStageKey(ClusterStage stage);
[[nodiscard]] QString innovationModeKey(InnovationMode mode);
[[nodiscard]] QString rdTierKey(RdTier tier);
[[nodiscard]] QString referenceSourceKey(ReferenceSource source); // "reference-economy", ...
[[nodiscard]] QString innovativeConditionKey(InnovativeCondition condition);
// The one name of each stage, used by the legend, inspector, profiles and recommendations: the
// Ningxia paper's terms (informal / organized / innovative cluster; 非正式/有组织/创新型集群).
[[nodiscard]] QString clusterStageName(ClusterStage stage, bool chinese);
[[nodiscard]] QString innovationModeName(InnovationMode mode, bool chinese);
[[nodiscard]] QString innovativeConditionName(InnovativeCondition condition, bool chinese);

// What the indicators compare a district with: the province's output by sector from the
// reference economy when it has a complete table, otherwise the sum of the plan's districts; and
// the plan's own sum for the within-plan comparison.
struct IndicatorContext {
    const model::SectorCatalogue* sectors = nullptr;
    const model::InputOutputTable* inputOutput = nullptr; // optional: chain indicators need it
    std::vector<double> provinceOutputBySector;           // indexed by SectorIndex
    // Empty: the same as provinceOutputBySector (both are the plan's districts).
    std::vector<double> planOutputBySector;
    ReferenceSource referenceSource = ReferenceSource::PlanDistricts;
    bool referenceIllustrative = false; // any figure of the reference output is illustrative
    IndicatorThresholds thresholds;
};

// Every indicator of one district. Shares are fractions (0-1); NaN where a value is undefined
// (no output, no enterprises, no income).
struct DistrictIndicators {
    double totalOutput = 0.0;
    double leadingShare = 0.0;      // output of the designated leading industries / total
    double topSectorShare = 0.0;    // s1, the largest sector's share
    double leadingClarity = 0.0;    // s1 - s2: how far the largest sector stands out
    bool clearlyPositioned = false; // designated leading share (or s1 if none) >= threshold
    // Against the province (context.provinceOutputBySector, the reference economy if complete).
    std::vector<double> locationQuotients; // by sector: (x_i / X) / (P_i / P)
    double krugman = 0.0;                  // sum |s_i - p_i|, 0 (like the province) to 2
    // The same against the sum of the plan's districts: how the district differs from its peers.
    std::vector<double> locationQuotientsWithinPlan;
    double krugmanWithinPlan = 0.0;
    double herfindahl = 0.0;       // normalised: (sum s_i^2 - 1/N) / (1 - 1/N)
    double highTechShare = 0.0;    // reported high-tech output / total
    double newIndustryShare = 0.0; // output of high-tech and emerging sectors / total
    double traditionalShare = 0.0; // output of traditional and resource-dependent sectors / total
    std::array<double, 4> infrastructureGapByCategory{}; // utilities, transport, services, finance
    double infrastructureGap = 0.0; // mean gap over items with a requirement; 0 = all met
    double linkageDensity = 0.0;    // links / (n (n - 1)) over n active sectors
    // The chain of the first leading industry (the largest sector if none is designated):
    // its key suppliers and buyers by input coefficient, the share of them active in the
    // district, and the ones missing.
    double chainCompleteness = 0.0;
    std::vector<model::SectorIndex> missingSuppliers;
    std::vector<model::SectorIndex> missingBuyers;
    // Local links into the chain's sector / the inputs its output requires (x_L sum_i a_iL), at
    // most 1.
    double localSourcingShare = 0.0;
    double rdIntensity = 0.0; // R&D spending / business income
    // The high-tech enterprise benchmark for the district's mean sales per enterprise (business
    // income / enterprises, 100 million yuan): 5%, 4% or 3%. NaN without enterprises.
    double salesPerEnterprise = 0.0;
    double rdBenchmark = 0.0;
    bool meetsRdBenchmark = false;
    double smeShare = 0.0; // SMEs / enterprises
    IncomeTier incomeTier = IncomeTier::Below10Billion;
    // Organized: clearly positioned with a linkage density of at least the organized threshold.
    bool organizedConditions = false;
    std::array<bool, kInnovativeConditionCount> innovativeConditions{};
    ClusterStage stage = ClusterStage::Informal;
    InnovationMode mode = InnovationMode::Progressive;
};

[[nodiscard]] DistrictIndicators computeIndicators(const model::District& district,
                                                   const IndicatorContext& context);

// Recomputes the location quotients and Krugman indices (both references) of `out` from the
// context, as computeIndicators does; for when only the province's output mix moved.
void computeRelativeIndicators(const model::District& district, const IndicatorContext& context,
                               DistrictIndicators& out);

[[nodiscard]] RdTier rdTierOf(double rdShareOfGdp, const IndicatorThresholds& thresholds);

// Province output by sector, summed over the districts given.
[[nodiscard]] std::vector<double>
outputBySector(const std::vector<const model::District*>& districts, int sectorCount);

} // namespace agglomap::analysis
