#pragma once

#include "model/district.h"
#include "model/input_output_table.h"
#include "model/sector.h"

#include <QString>

#include <array>
#include <vector>

namespace agglomap::analysis {

// Thresholds the stage and mode rules use; planners may change them (defaults from the papers
// where they give a figure, otherwise documented judgement).
struct IndicatorThresholds {
    double clearLeadingShare = 0.40; // a leading industry "clearly positioned" above this share
    std::array<double, 3> rdBenchmarks{0.01, 0.015,
                                       0.02}; // Ningxia paper: 1% / 1.5% / 2% of output
    std::array<double, 3> incomeTargets{1000.0, 500.0,
                                        100.0}; // Henan 2012 targets, 100 million yuan
    double organizedLinkageDensity = 0.10;
    double innovativeLinkageDensity = 0.20;
    double innovativeRdIntensity = 0.015;
    double innovativeNewIndustryShare = 0.20; // high-tech plus emerging output
    double fundamentalNewIndustryShare = 0.30;
    double convergenceCategoryShare = 0.15;
    double keyInputCoefficient = 0.05; // a supplier or buyer is "key" to the chain from here
};

// The Ningxia paper's phases of a cluster.
enum class ClusterStage { Informal, Organized, Innovative };
// The Henan paper's three modes of industrial innovation.
enum class InnovationMode { Progressive, Fundamental, Convergence };
// Position against the R&D benchmarks: below 1%, 1-1.5%, 1.5-2%, at least 2%.
enum class RdTier { BelowOnePercent, OnePercent, OneAndAHalfPercent, TwoPercent };
// Business income against the Henan 2012 targets of 100, 50 and 10 billion yuan.
enum class IncomeTier { Below10Billion, Reaches10Billion, Reaches50Billion, Reaches100Billion };

[[nodiscard]] QString clusterStageKey(ClusterStage stage);
[[nodiscard]] QString innovationModeKey(InnovationMode mode);

// What the indicators compare a district with: the province's output by sector (summed over
// the plan's districts, or from statistics).
struct IndicatorContext {
    const model::SectorCatalogue* sectors = nullptr;
    const model::InputOutputTable* inputOutput = nullptr; // optional: chain indicators need it
    std::vector<double> provinceOutputBySector;           // indexed by SectorIndex
    IndicatorThresholds thresholds;
};

// Every indicator of one district. Shares are fractions (0-1); NaN where a value is undefined
// (no output, no enterprises, no income).
struct DistrictIndicators {
    double totalOutput = 0.0;
    double leadingShare = 0.0;             // output of the designated leading industries / total
    double topSectorShare = 0.0;           // s1, the largest sector's share
    double leadingClarity = 0.0;           // s1 - s2: how far the largest sector stands out
    bool clearlyPositioned = false;        // designated leading share (or s1 if none) >= threshold
    std::vector<double> locationQuotients; // by sector: (x_i / X) / (P_i / P)
    double herfindahl = 0.0;               // normalised: (sum s_i^2 - 1/N) / (1 - 1/N)
    double krugman = 0.0;                  // sum |s_i - p_i|, 0 (like the province) to 2
    double highTechShare = 0.0;            // reported high-tech output / total
    double newIndustryShare = 0.0;         // output of high-tech and emerging sectors / total
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
    RdTier rdTier = RdTier::BelowOnePercent;
    double smeShare = 0.0; // SMEs / enterprises
    IncomeTier incomeTier = IncomeTier::Below10Billion;
    ClusterStage stage = ClusterStage::Informal;
    InnovationMode mode = InnovationMode::Progressive;
};

[[nodiscard]] DistrictIndicators computeIndicators(const model::District& district,
                                                   const IndicatorContext& context);

// Province output by sector, summed over the districts given.
[[nodiscard]] std::vector<double>
outputBySector(const std::vector<const model::District*>& districts, int sectorCount);

} // namespace agglomap::analysis
