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

// The high-tech enterprise recognition threshold for a district's mean sales per enterprise.
double enterpriseRdBenchmark(double salesPerEnterprise, const IndicatorThresholds& t) {
    if (std::isnan(salesPerEnterprise) || salesPerEnterprise <= t.enterpriseSalesBands[0]) {
        return t.enterpriseRdBenchmarks[0];
    }
    return salesPerEnterprise <= t.enterpriseSalesBands[1] ? t.enterpriseRdBenchmarks[1]
                                                           : t.enterpriseRdBenchmarks[2];
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

// The Ningxia paper's four necessary conditions, each read from the figures that speak to it
// (docs/methods.md gives the reasoning for each proxy).
std::array<bool, kInnovativeConditionCount> innovativeConditionsOf(const District& district,
                                                                   const DistrictIndicators& i,
                                                                   const IndicatorThresholds& t) {
    std::array<bool, kInnovativeConditionCount> met{};
    const auto at = [&met](InnovativeCondition c) -> bool& {
        return met[static_cast<std::size_t>(c)];
    };
    at(InnovativeCondition::IndustrialDevelopment) =
        i.newIndustryShare >= t.innovativeNewIndustryShare &&
        i.linkageDensity >= t.innovativeLinkageDensity;
    at(InnovativeCondition::PropertyRightsAndMarkets) =
        district.innovation.patents > 0 &&
        district.finance.listedCompanies + district.finance.ventureFunds > 0;
    const auto category = [&i](model::InfrastructureCategory c) {
        return i.infrastructureGapByCategory[static_cast<std::size_t>(c)];
    };
    at(InnovativeCondition::InformationAndSpace) =
        category(model::InfrastructureCategory::Utilities) <= t.conditionInfrastructureGap &&
        category(model::InfrastructureCategory::Transport) <= t.conditionInfrastructureGap;
    at(InnovativeCondition::InnovationEnvironment) =
        category(model::InfrastructureCategory::Services) <= t.conditionServiceGap &&
        i.meetsRdBenchmark;
    return met;
}

// Sequential, as the paper's phases are: innovative only on top of the organized conditions.
ClusterStage stageOf(const DistrictIndicators& i) {
    if (!i.organizedConditions) {
        return ClusterStage::Informal;
    }
    const bool allMet = std::all_of(i.innovativeConditions.begin(), i.innovativeConditions.end(),
                                    [](bool met) { return met; });
    return allMet ? ClusterStage::Innovative : ClusterStage::Organized;
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

QString rdTierKey(RdTier tier) {
    switch (tier) {
    case RdTier::BelowOnePercent:
        return QStringLiteral("below-1%");
    case RdTier::OnePercent:
        return QStringLiteral("1%");
    case RdTier::OneAndAHalfPercent:
        return QStringLiteral("1.5%");
    case RdTier::TwoPercent:
        return QStringLiteral("2%");
    }
    return {};
}

QString referenceSourceKey(ReferenceSource source) {
    return source == ReferenceSource::ReferenceEconomy ? QStringLiteral("reference-economy")
                                                       : QStringLiteral("plan-districts");
}

QString innovativeConditionKey(InnovativeCondition condition) {
    switch (condition) {
    case InnovativeCondition::IndustrialDevelopment:
        return QStringLiteral("industrial-development");
    case InnovativeCondition::PropertyRightsAndMarkets:
        return QStringLiteral("property-rights-and-markets");
    case InnovativeCondition::InformationAndSpace:
        return QStringLiteral("information-and-space");
    case InnovativeCondition::InnovationEnvironment:
        return QStringLiteral("innovation-environment");
    }
    return {};
}

QString innovativeConditionName(InnovativeCondition condition, bool chinese) {
    switch (condition) {
    case InnovativeCondition::IndustrialDevelopment:
        return chinese ? QStringLiteral("产业发展程度高（新兴产业占比与关联密度）")
                       : QStringLiteral("High industrial development (new-industry share and "
                                        "linkage density)");
    case InnovativeCondition::PropertyRightsAndMarkets:
        return chinese ? QStringLiteral("产权明晰、市场规范（专利与资本市场）")
                       : QStringLiteral("Definite property rights and market rules (patents and "
                                        "capital market)");
    case InnovativeCondition::InformationAndSpace:
        return chinese ? QStringLiteral("信息与空间便利（公用与交通设施）")
                       : QStringLiteral("Convenient information and space (utilities and "
                                        "transport)");
    case InnovativeCondition::InnovationEnvironment:
        return chinese ? QStringLiteral("政府与科研服务机构营造的创新环境（服务体系与研发强度）")
                       : QStringLiteral("Innovation environment of government and research "
                                        "services (services and R&D intensity)");
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

namespace {

void relativeTo(const std::vector<double>& s, double total, const std::vector<double>& reference,
                std::vector<double>& quotients, double& krugman) {
    const double referenceTotal = std::accumulate(reference.begin(), reference.end(), 0.0);
    quotients.assign(s.size(), kNaN);
    double sum = 0.0;
    for (std::size_t i = 0; i < s.size() && i < reference.size(); ++i) {
        const double p = ratio(reference[i], referenceTotal);
        if (total > 0.0 && p > 0.0) {
            quotients[i] = s[i] / p;
        }
        sum += std::abs(s[i] - (std::isnan(p) ? 0.0 : p));
    }
    krugman = total > 0.0 ? sum : kNaN;
}

} // namespace

void computeRelativeIndicators(const District& district, const IndicatorContext& context,
                               DistrictIndicators& out) {
    const double total = district.totalOutput();
    const std::vector<double> s = shares(district, context.sectors->size(), total);
    relativeTo(s, total, context.provinceOutputBySector, out.locationQuotients, out.krugman);
    relativeTo(s, total,
               context.planOutputBySector.empty() ? context.provinceOutputBySector
                                                  : context.planOutputBySector,
               out.locationQuotientsWithinPlan, out.krugmanWithinPlan);
}

RdTier rdTierOf(double share, const IndicatorThresholds& t) {
    if (std::isnan(share) || share < t.rdBenchmarks[0]) {
        return RdTier::BelowOnePercent;
    }
    if (share < t.rdBenchmarks[1]) {
        return RdTier::OnePercent;
    }
    return share < t.rdBenchmarks[2] ? RdTier::OneAndAHalfPercent : RdTier::TwoPercent;
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

    computeRelativeIndicators(district, context, out);
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
    int enterprises = 0;
    int smes = 0;
    for (const auto& activity : district.industries) {
        enterprises += activity.enterprises;
        smes += activity.smallAndMediumEnterprises;
    }
    out.salesPerEnterprise = ratio(district.finance.businessIncome, enterprises);
    out.rdBenchmark = enterpriseRdBenchmark(out.salesPerEnterprise, t);
    out.meetsRdBenchmark = !std::isnan(out.rdIntensity) && out.rdIntensity >= out.rdBenchmark;
    out.smeShare = ratio(smes, enterprises);
    out.incomeTier = incomeTierOf(district.finance.businessIncome, t);
    out.organizedConditions =
        out.clearlyPositioned && out.linkageDensity >= t.organizedLinkageDensity;
    out.innovativeConditions = innovativeConditionsOf(district, out, t);
    out.stage = stageOf(out);
    out.mode = modeOf(out, categoryShares, t);
    return out;
}

} // namespace agglomap::analysis
