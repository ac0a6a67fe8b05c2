#include "analysis/district_indicators.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace agglomap::analysis {

using model::District;
using model::SectorCategory;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double numerator, double denominator) {
    return denominator > 0.0 ? numerator / denominator : kNaN;
}

std::vector<double> shares(const District& district, int sectorCount, double total) {
    std::vector<double> result(static_cast<std::size_t>(sectorCount), 0.0);
    if (total <= 0.0) {
        return result;
    }
    for (const auto& activity : district.industries) {
        result[static_cast<std::size_t>(activity.sector)] += activity.outputValue / total;
    }
    return result;
}

RdTier rdTierOf(double intensity, const IndicatorThresholds& t) {
    if (std::isnan(intensity) || intensity < t.rdBenchmarks[0]) {
        return RdTier::BelowOnePercent;
    }
    if (intensity < t.rdBenchmarks[1]) {
        return RdTier::OnePercent;
    }
    return intensity < t.rdBenchmarks[2] ? RdTier::OneAndAHalfPercent : RdTier::TwoPercent;
}

IncomeTier incomeTierOf(double income, const IndicatorThresholds& t) {
    if (income >= t.incomeTargets[0]) {
        return IncomeTier::Reaches100Billion;
    }
    if (income >= t.incomeTargets[1]) {
        return IncomeTier::Reaches50Billion;
    }
    return income >= t.incomeTargets[2] ? IncomeTier::Reaches10Billion : IncomeTier::Below10Billion;
}

void computeInfrastructure(const District& district, DistrictIndicators& out) {
    std::array<double, 4> sum{};
    std::array<int, 4> count{};
    double total = 0.0;
    int items = 0;
    for (const auto& info : model::infrastructureItems()) {
        const model::Provision& provision = district.provision(info.item);
        if (provision.required <= 0.0) {
            continue; // nothing required: no gap to close
        }
        const auto category = static_cast<std::size_t>(info.category);
        sum[category] += provision.gap();
        ++count[category];
        total += provision.gap();
        ++items;
    }
    for (std::size_t c = 0; c < sum.size(); ++c) {
        out.infrastructureGapByCategory[c] = count[c] > 0 ? sum[c] / count[c] : 0.0;
    }
    out.infrastructureGap = items > 0 ? total / items : 0.0;
}

model::SectorIndex chainSector(const District& district) {
    if (!district.leadingIndustries.empty()) {
        return district.leadingIndustries.front();
    }
    const auto largest = std::max_element(
        district.industries.begin(), district.industries.end(),
        [](const auto& a, const auto& b) { return a.outputValue < b.outputValue; });
    return largest->sector;
}

void computeChain(const District& district, const IndicatorContext& context,
                  DistrictIndicators& out) {
    out.chainCompleteness = kNaN;
    out.localSourcingShare = kNaN;
    if (!context.inputOutput || district.industries.empty() ||
        context.inputOutput->size() != context.sectors->size()) {
        return;
    }
    const model::InputOutputTable& io = *context.inputOutput;
    const model::SectorIndex chain = chainSector(district);
    const auto active = [&](model::SectorIndex s) {
        const auto* a = district.activity(s);
        return a && a->outputValue > 0.0;
    };
    const auto suppliers = io.keySuppliers(chain, context.thresholds.keyInputCoefficient);
    const auto buyers = io.keyBuyers(chain, context.thresholds.keyInputCoefficient);
    for (model::SectorIndex s : suppliers) {
        if (!active(s)) {
            out.missingSuppliers.push_back(s);
        }
    }
    for (model::SectorIndex s : buyers) {
        if (!active(s)) {
            out.missingBuyers.push_back(s);
        }
    }
    const auto present =
        suppliers.size() + buyers.size() - out.missingSuppliers.size() - out.missingBuyers.size();
    const auto key = suppliers.size() + buyers.size();
    out.chainCompleteness = key > 0 ? static_cast<double>(present) / static_cast<double>(key) : 1.0;

    double required = 0.0;
    for (model::SectorIndex i = 0; i < io.size(); ++i) {
        required += i == chain ? 0.0 : io.coefficient(i, chain);
    }
    required *= district.activity(chain)->outputValue;
    double sourced = 0.0;
    for (const auto& link : district.links) {
        sourced += link.to == chain ? link.value : 0.0;
    }
    out.localSourcingShare = required > 0.0 ? std::min(1.0, sourced / required) : kNaN;
}

ClusterStage stageOf(const DistrictIndicators& i, const IndicatorThresholds& t) {
    if (i.linkageDensity >= t.innovativeLinkageDensity &&
        i.rdIntensity >= t.innovativeRdIntensity &&
        i.newIndustryShare >= t.innovativeNewIndustryShare) {
        return ClusterStage::Innovative;
    }
    if (i.clearlyPositioned && i.linkageDensity >= t.organizedLinkageDensity) {
        return ClusterStage::Organized;
    }
    return ClusterStage::Informal;
}

InnovationMode modeOf(const DistrictIndicators& i, const std::array<double, 5>& categoryShares,
                      const IndicatorThresholds& t) {
    if (i.newIndustryShare >= t.fundamentalNewIndustryShare &&
        i.rdIntensity >= t.innovativeRdIntensity) {
        return InnovationMode::Fundamental;
    }
    const auto strongCategories =
        std::count_if(categoryShares.begin(), categoryShares.end(),
                      [&](double s) { return s >= t.convergenceCategoryShare; });
    if (strongCategories >= 2 && i.linkageDensity >= t.organizedLinkageDensity) {
        return InnovationMode::Convergence;
    }
    return InnovationMode::Progressive;
}

} // namespace

QString clusterStageKey(ClusterStage stage) {
    switch (stage) {
    case ClusterStage::Informal:
        return QStringLiteral("informal");
    case ClusterStage::Organized:
        return QStringLiteral("organized");
    case ClusterStage::Innovative:
        return QStringLiteral("innovative");
    }
    return {};
}

QString innovationModeKey(InnovationMode mode) {
    switch (mode) {
    case InnovationMode::Progressive:
        return QStringLiteral("progressive");
    case InnovationMode::Fundamental:
        return QStringLiteral("fundamental");
    case InnovationMode::Convergence:
        return QStringLiteral("convergence");
    }
    return {};
}

std::vector<double> outputBySector(const std::vector<const District*>& districts, int sectorCount) {
    std::vector<double> totals(static_cast<std::size_t>(sectorCount), 0.0);
    for (const District* district : districts) {
        for (const auto& activity : district->industries) {
            totals[static_cast<std::size_t>(activity.sector)] += activity.outputValue;
        }
    }
    return totals;
}

DistrictIndicators computeIndicators(const District& district, const IndicatorContext& context) {
    const IndicatorThresholds& t = context.thresholds;
    const int n = context.sectors->size();
    DistrictIndicators out;
    out.totalOutput = district.totalOutput();
    const double total = out.totalOutput;
    const std::vector<double> s = shares(district, n, total);

    // Leading industries and specialisation.
    double leading = 0.0;
    for (model::SectorIndex sector : district.leadingIndustries) {
        leading += s[static_cast<std::size_t>(sector)];
    }
    std::vector<double> ranked = s;
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    out.topSectorShare = total > 0.0 ? ranked[0] : kNaN;
    out.leadingShare = total > 0.0 ? leading : kNaN;
    out.leadingClarity = total > 0.0 ? ranked[0] - (ranked.size() > 1 ? ranked[1] : 0.0) : kNaN;
    const double positioning =
        district.leadingIndustries.empty() ? out.topSectorShare : out.leadingShare;
    out.clearlyPositioned = total > 0.0 && positioning >= t.clearLeadingShare;

    const double provinceTotal = std::accumulate(context.provinceOutputBySector.begin(),
                                                 context.provinceOutputBySector.end(), 0.0);
    out.locationQuotients.assign(static_cast<std::size_t>(n), kNaN);
    double krugman = 0.0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
        const double p = ratio(context.provinceOutputBySector[i], provinceTotal);
        if (total > 0.0 && p > 0.0) {
            out.locationQuotients[i] = s[i] / p;
        }
        krugman += std::abs(s[i] - (std::isnan(p) ? 0.0 : p));
    }
    out.krugman = total > 0.0 ? krugman : kNaN;
    const double h = std::inner_product(s.begin(), s.end(), s.begin(), 0.0);
    out.herfindahl = total > 0.0 ? (h - 1.0 / n) / (1.0 - 1.0 / n) : kNaN;

    // Structure by category.
    std::array<double, 5> categoryShares{};
    double highTechOutput = 0.0;
    for (const auto& activity : district.industries) {
        categoryShares[static_cast<std::size_t>(context.sectors->at(activity.sector).category)] +=
            s[static_cast<std::size_t>(activity.sector)];
        highTechOutput += activity.highTechOutput;
    }
    out.highTechShare = ratio(highTechOutput, total);
    out.newIndustryShare = categoryShares[static_cast<std::size_t>(SectorCategory::HighTech)] +
                           categoryShares[static_cast<std::size_t>(SectorCategory::Emerging)];
    out.traditionalShare =
        categoryShares[static_cast<std::size_t>(SectorCategory::Traditional)] +
        categoryShares[static_cast<std::size_t>(SectorCategory::ResourceDependent)];
    if (total <= 0.0) {
        out.newIndustryShare = out.traditionalShare = kNaN;
    }

    computeInfrastructure(district, out);

    const auto active =
        static_cast<double>(std::count_if(district.industries.begin(), district.industries.end(),
                                          [](const auto& a) { return a.outputValue > 0.0; }));
    out.linkageDensity =
        active > 1 ? static_cast<double>(district.links.size()) / (active * (active - 1)) : 0.0;

    computeChain(district, context, out);

    out.rdIntensity = ratio(district.innovation.rdSpending, district.finance.businessIncome);
    out.rdTier = rdTierOf(out.rdIntensity, t);
    int enterprises = 0;
    int smes = 0;
    for (const auto& activity : district.industries) {
        enterprises += activity.enterprises;
        smes += activity.smallAndMediumEnterprises;
    }
    out.smeShare = ratio(smes, enterprises);
    out.incomeTier = incomeTierOf(district.finance.businessIncome, t);
    out.stage = stageOf(out, t);
    out.mode = modeOf(out, categoryShares, t);
    return out;
}

} // namespace agglomap::analysis
