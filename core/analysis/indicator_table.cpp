#include "analysis/indicator_table.h"

#include "analysis/district_metric.h"
#include "analysis/indicator_inputs.h"

#include <cmath>
#include <limits>
#include <optional>

namespace agglomap::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString number(double value, int decimals = 4) {
    return std::isnan(value) ? QString() : QString::number(value, 'f', decimals);
}

QString joined(const QStringList& items) {
    return items.join(QLatin1Char(';'));
}

QString incomeTierKey(IncomeTier tier) {
    switch (tier) {
    case IncomeTier::Below10Billion:
        return QStringLiteral("below-10bn");
    case IncomeTier::Reaches10Billion:
        return QStringLiteral("10bn");
    case IncomeTier::Reaches50Billion:
        return QStringLiteral("50bn");
    case IncomeTier::Reaches100Billion:
        return QStringLiteral("100bn");
    }
    return {};
}

} // namespace

TextTable districtIndicatorTable(const model::Plan& plan, const PlanAnalysis& analysis) {
    TextTable table;
    table.header = {"id",
                    "name_zh",
                    "name_en",
                    "placeholder_name",
                    "county_code",
                    "county_zh",
                    "city_code",
                    "city_zh",
                    "zone_level",
                    "type",
                    "leading_industries",
                    "total_output",
                    "leading_share",
                    "leading_clarity",
                    "clearly_positioned",
                    "lq_leading",
                    "krugman",
                    "lq_reference",
                    "lq_leading_within_plan",
                    "krugman_within_plan",
                    "herfindahl",
                    "high_tech_share",
                    "new_industry_share",
                    "traditional_share",
                    "infrastructure_gap",
                    "gap_utilities",
                    "gap_transport",
                    "gap_services",
                    "gap_finance",
                    "linkage_density",
                    "chain_completeness",
                    "local_sourcing_share",
                    "rd_intensity",
                    "sales_per_enterprise",
                    "rd_benchmark",
                    "rd_meets_benchmark",
                    "sme_share",
                    "business_income",
                    "income_tier",
                    "fixed_investment",
                    "organized_conditions",
                    "innovative_conditions_met",
                    "cluster_stage",
                    "innovation_mode",
                    "recommendations",
                    "illustrative",
                    "illustrative_indicators"};
    for (const model::District* d : plan.districts()) {
        const DistrictIndicators& i = *analysis.indicators(d->id);
        QStringList leading;
        for (model::SectorIndex s : d->leadingIndustries) {
            leading << plan.sectors().at(s).code;
        }
        // Each measure with its priority among the district's peers, most severe first.
        QStringList rules;
        for (const Recommendation& r : *analysis.recommendations(d->id)) {
            rules << r.ruleId + QLatin1Char(':') + priorityKey(r.priority);
        }
        QStringList conditions;
        for (int c = 0; c < kInnovativeConditionCount; ++c) {
            if (i.innovativeConditions[static_cast<std::size_t>(c)]) {
                conditions << innovativeConditionKey(static_cast<InnovativeCondition>(c));
            }
        }
        const QStringList illustrative = model::illustrativeGroupKeys(*d);
        QStringList illustrativeIndicators;
        for (const DistrictMetric& metric : districtMetrics()) {
            if (metric.restsOnIllustrative(*d, plan)) {
                illustrativeIndicators << metric.id;
            }
        }
        const geo::Region* county = plan.regions().find(d->hostCounty);
        const geo::Region* city = plan.regions().find(d->hostCity);
        const auto leadingIndex =
            d->leadingIndustries.empty()
                ? std::optional<std::size_t>()
                : std::optional(static_cast<std::size_t>(d->leadingIndustries.front()));
        const double lqLeading = leadingIndex ? i.locationQuotients[*leadingIndex] : kNaN;
        const double lqLeadingWithinPlan =
            leadingIndex ? i.locationQuotientsWithinPlan[*leadingIndex] : kNaN;
        // Which province the quotients compare with, and whether its figures are illustrative.
        const ReferenceSource source = analysis.context().referenceSource;
        const QString reference =
            referenceSourceKey(source) +
            (source == ReferenceSource::ReferenceEconomy && analysis.context().referenceIllustrative
                 ? QStringLiteral(" (illustrative)")
                 : QString());
        table.rows.push_back(
            {QString::number(d->id.value),
             d->nameZh,
             d->nameEn,
             d->placeholderName ? QStringLiteral("true") : QStringLiteral("false"),
             QString::number(d->hostCounty),
             county ? county->nameZh : QString(),
             QString::number(d->hostCity),
             city ? city->nameZh : QString(),
             model::zoneLevelKey(d->zoneLevel),
             model::districtTypeKey(d->type),
             joined(leading),
             number(i.totalOutput, 2),
             number(i.leadingShare),
             number(i.leadingClarity),
             i.clearlyPositioned ? QStringLiteral("true") : QStringLiteral("false"),
             number(lqLeading),
             number(i.krugman),
             reference,
             number(lqLeadingWithinPlan),
             number(i.krugmanWithinPlan),
             number(i.herfindahl),
             number(i.highTechShare),
             number(i.newIndustryShare),
             number(i.traditionalShare),
             number(i.infrastructureGap),
             number(i.infrastructureGapByCategory[0]),
             number(i.infrastructureGapByCategory[1]),
             number(i.infrastructureGapByCategory[2]),
             number(i.infrastructureGapByCategory[3]),
             number(i.linkageDensity),
             number(i.chainCompleteness),
             number(i.localSourcingShare),
             number(i.rdIntensity, 5),
             number(i.salesPerEnterprise, 4),
             number(i.rdBenchmark, 2),
             i.meetsRdBenchmark ? QStringLiteral("true") : QStringLiteral("false"),
             number(i.smeShare),
             number(d->finance.businessIncome, 2),
             incomeTierKey(i.incomeTier),
             number(d->finance.fixedInvestment, 2),
             i.organizedConditions ? QStringLiteral("true") : QStringLiteral("false"),
             joined(conditions),
             clusterStageKey(i.stage),
             innovationModeKey(i.mode),
             joined(rules),
             joined(illustrative),
             joined(illustrativeIndicators)});
    }
    return table;
}

TextTable regionIndicatorTable(const model::Plan& plan, const PlanAnalysis& analysis,
                               geo::RegionLevel level) {
    TextTable table;
    table.header = {"code",
                    "name_zh",
                    "name_en",
                    "parent_code",
                    "districts",
                    "total_output",
                    "business_income",
                    "fixed_investment",
                    "enterprises",
                    "smes",
                    "sme_share",
                    "clearly_positioned_share",
                    "mean_leading_share",
                    "mean_infrastructure_gap",
                    "rd_intensity",
                    "new_industry_share",
                    "traditional_share",
                    "gdp",
                    "rd_spending_reference",
                    "rd_share_of_gdp",
                    "rd_gdp_tier",
                    "reference_illustrative",
                    "illustrative"};
    for (const geo::Region* region : plan.regions().regionsAt(level)) {
        const RegionSummary& s = *analysis.summary(region->code);
        table.rows.push_back(
            {QString::number(region->code),
             region->nameZh,
             region->nameEn,
             QString::number(region->parentCode),
             QString::number(s.districts),
             number(s.totalOutput, 2),
             number(s.businessIncome, 2),
             number(s.fixedInvestment, 2),
             QString::number(s.enterprises),
             QString::number(s.smes),
             s.enterprises > 0 ? number(static_cast<double>(s.smes) / s.enterprises) : QString(),
             number(s.clearlyPositionedShare),
             number(s.meanLeadingShare),
             number(s.meanInfrastructureGap),
             number(s.rdIntensity, 5),
             number(s.newIndustryShare),
             number(s.traditionalShare),
             number(s.gdp, 2),
             number(s.referenceRdSpending, 2),
             number(s.rdShareOfGdp, 5),
             std::isnan(s.rdShareOfGdp) ? QString() : rdTierKey(s.rdGdpTier),
             s.referenceIllustrative ? QStringLiteral("true") : QStringLiteral("false"),
             s.illustrative ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return table;
}

TextTable sectorIndicatorTable(const model::Plan& plan) {
    TextTable table;
    table.header = {"code",
                    "name_zh",
                    "name_en",
                    "category",
                    "output",
                    "districts_leading",
                    "backward_linkage",
                    "forward_linkage",
                    "coefficients_illustrative"};
    const auto output = outputBySector(plan.districts(), plan.sectors().size());
    const auto [backward, forward] = plan.inputOutput().rasmussenLinkages();
    for (model::SectorIndex s = 0; s < plan.sectors().size(); ++s) {
        const model::Sector& sector = plan.sectors().at(s);
        int leading = 0;
        for (const model::District* d : plan.districts()) {
            leading += !d->leadingIndustries.empty() && d->leadingIndustries.front() == s ? 1 : 0;
        }
        const auto index = static_cast<std::size_t>(s);
        table.rows.push_back(
            {sector.code, sector.nameZh, sector.nameEn, model::categoryKey(sector.category),
             number(output[index], 2), QString::number(leading), number(backward[index]),
             number(forward[index]),
             plan.inputOutputIllustrative() ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return table;
}

} // namespace agglomap::analysis
