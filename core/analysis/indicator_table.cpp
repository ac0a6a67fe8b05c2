#include "analysis/indicator_table.h"

#include "analysis/district_metric.h"
#include "analysis/indicator_inputs.h"

#include <cmath>

namespace agglomap::analysis {

namespace {

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

// Enough decimals that a value read back is the value shown to the precision any view shows.
int csvDecimals(const DistrictMetric& metric) {
    if (metric.decimals == 0 && !metric.isShare) {
        return 0;
    }
    return metric.isShare ? metric.decimals + 3 : metric.decimals + 2;
}

// Every indicator of the catalogue, in its order: the same columns at every level.
QStringList metricColumns() {
    QStringList columns;
    for (const DistrictMetric& metric : districtMetrics()) {
        columns << metric.csvColumn;
    }
    return columns;
}

QString boolean(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

TextTable districtIndicatorTable(const model::Plan& plan, const PlanAnalysis& analysis) {
    TextTable table;
    table.header = {"id",          "name_zh",   "name_en",           "placeholder_name",
                    "county_code", "county_zh", "city_code",         "city_zh",
                    "zone_level",  "type",      "leading_industries"};
    table.header << metricColumns();
    table.header << QStringList{"lq_reference",
                                "gap_utilities",
                                "gap_transport",
                                "gap_services",
                                "gap_finance",
                                "sales_per_enterprise",
                                "rd_benchmark",
                                "rd_meets_benchmark",
                                "income_tier",
                                "organized_conditions",
                                "innovative_conditions_met"};
    for (const DistrictCategory& category : districtCategories()) {
        table.header << category.csvColumn;
    }
    table.header << QStringList{"recommendations", "illustrative", "illustrative_indicators"};
    // Which province the quotients compare with, and whether its figures are illustrative.
    const ReferenceSource source = analysis.context().referenceSource;
    const QString reference =
        referenceSourceKey(source) +
        (source == ReferenceSource::ReferenceEconomy && analysis.context().referenceIllustrative
             ? QStringLiteral(" (illustrative)")
             : QString());
    for (const model::District* d : plan.districts()) {
        const DistrictIndicators& i = *analysis.indicators(d->id);
        QStringList leading;
        for (model::SectorIndex s : d->leadingIndustries) {
            leading << plan.sectors().at(s).code;
        }
        const geo::Region* county = plan.regions().find(d->hostCounty);
        const geo::Region* city = plan.regions().find(d->hostCity);
        QStringList row{QString::number(d->id.value),
                        d->nameZh,
                        d->nameEn,
                        boolean(d->placeholderName),
                        QString::number(d->hostCounty),
                        county ? county->nameZh : QString(),
                        QString::number(d->hostCity),
                        city ? city->nameZh : QString(),
                        model::zoneLevelKey(d->zoneLevel),
                        model::districtTypeKey(d->type),
                        joined(leading)};
        QStringList illustrativeIndicators;
        for (const DistrictMetric& metric : districtMetrics()) {
            row << number(metric.value(*d, i), csvDecimals(metric));
            if (analysis.restsOnIllustrative(d->id, metric)) {
                illustrativeIndicators << metric.id;
            }
        }
        QStringList conditions;
        for (int c = 0; c < kInnovativeConditionCount; ++c) {
            if (i.innovativeConditions[static_cast<std::size_t>(c)]) {
                conditions << innovativeConditionKey(static_cast<InnovativeCondition>(c));
            }
        }
        row << QStringList{reference,
                           number(i.infrastructureGapByCategory[0]),
                           number(i.infrastructureGapByCategory[1]),
                           number(i.infrastructureGapByCategory[2]),
                           number(i.infrastructureGapByCategory[3]),
                           number(i.salesPerEnterprise, 4),
                           number(i.rdBenchmark, 2),
                           boolean(i.meetsRdBenchmark),
                           incomeTierKey(i.incomeTier),
                           boolean(i.organizedConditions),
                           joined(conditions)};
        for (const DistrictCategory& category : districtCategories()) {
            row << category.categoryKey(category.value(i));
            if (category.restsOnIllustrative(*d, plan)) {
                illustrativeIndicators << category.id;
            }
        }
        // Each measure with its priority among the district's peers, most severe first.
        QStringList rules;
        for (const Recommendation& r : *analysis.recommendations(d->id)) {
            rules << r.ruleId + QLatin1Char(':') + priorityKey(r.priority);
        }
        row << QStringList{joined(rules), joined(model::illustrativeGroupKeys(*d)),
                           joined(illustrativeIndicators)};
        table.rows.push_back(std::move(row));
    }
    return table;
}

TextTable regionIndicatorTable(const model::Plan& plan, const PlanAnalysis& analysis,
                               geo::RegionLevel level) {
    TextTable table;
    table.header = {"code", "name_zh", "name_en", "parent_code", "districts"};
    table.header << metricColumns();
    table.header << QStringList{"gdp",
                                "rd_spending_reference",
                                "rd_share_of_gdp",
                                "rd_gdp_tier",
                                "reference_illustrative",
                                "illustrative",
                                "illustrative_indicators"};
    for (const geo::Region* region : plan.regions().regionsAt(level)) {
        const RegionSummary& s = *analysis.summary(region->code);
        QStringList row{QString::number(region->code), region->nameZh, region->nameEn,
                        QString::number(region->parentCode), QString::number(s.districts)};
        QStringList illustrative;
        for (const DistrictMetric& metric : districtMetrics()) {
            const RegionValue& value = s.metric(metric);
            row << number(value.value, csvDecimals(metric));
            if (value.illustrative) {
                illustrative << metric.id;
            }
        }
        row << QStringList{number(s.gdp, 2),
                           number(s.referenceRdSpending, 2),
                           number(s.rdShareOfGdp, 5),
                           std::isnan(s.rdShareOfGdp) ? QString() : rdTierKey(s.rdGdpTier),
                           boolean(s.referenceIllustrative),
                           boolean(!illustrative.isEmpty()),
                           joined(illustrative)};
        table.rows.push_back(std::move(row));
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
