#include "analysis/district_metric.h"

#include "util/enum_keys.h"

#include <array>
#include <limits>
#include <utility>

namespace agglomap::analysis {

using model::DistrictField;
using model::ValueField;

namespace {

constexpr EnumKeys<Aggregation, 6> kAggregationKeys{{
    std::pair{Aggregation::Sum, "sum"},
    std::pair{Aggregation::Mean, "mean"},
    std::pair{Aggregation::OutputWeightedMean, "output-weighted-mean"},
    std::pair{Aggregation::Minimum, "min"},
    std::pair{Aggregation::Maximum, "max"},
    std::pair{Aggregation::Count, "count"},
}};

// The quotient of the first designated leading industry (NaN without one).
double leadingQuotient(const model::District& d, const std::vector<double>& quotients) {
    return d.leadingIndustries.empty()
               ? std::numeric_limits<double>::quiet_NaN()
               : quotients[static_cast<std::size_t>(d.leadingIndustries.front())];
}

std::vector<DistrictMetric> buildMetrics() {
    using D = model::District;
    using I = DistrictIndicators;
    const auto share = Aggregation::OutputWeightedMean;
    std::vector<DistrictMetric> metrics{
        {"business-income",
         "主营业务收入",
         "Business income",
         "亿元",
         "100 million yuan",
         Aggregation::Sum,
         false,
         {ValueField::BusinessIncome},
         [](const D& d, const I&) {
             return d.finance.businessIncome;
         }},
        {"total-output",
         "工业总产值",
         "Industrial output",
         "亿元",
         "100 million yuan",
         Aggregation::Sum,
         false,
         {ValueField::SectorOutput},
         [](const D&, const I& i) {
             return i.totalOutput;
         }},
        {"fixed-investment",
         "固定资产投资",
         "Fixed investment",
         "亿元",
         "100 million yuan",
         Aggregation::Sum,
         false,
         {ValueField::FixedInvestment},
         [](const D& d, const I&) {
             return d.finance.fixedInvestment;
         }},
        {"enterprises",
         "企业数",
         "Enterprises",
         "家",
         "enterprises",
         Aggregation::Sum,
         false,
         {ValueField::SectorEnterprises},
         [](const D& d, const I&) {
             double sum = 0.0;
             for (const auto& activity : d.industries) {
                 sum += activity.enterprises;
             }
             return sum;
         }},
        {"leading-share",
         "主导产业占比",
         "Leading-industry share",
         "%",
         "%",
         share,
         true,
         {ValueField::SectorOutput, ValueField::LeadingIndustries},
         [](const D&, const I& i) {
             return i.leadingShare;
         }},
        {"leading-clarity",
         "主导产业突出度",
         "Leading-industry clarity",
         "%",
         "%",
         share,
         true,
         {ValueField::SectorOutput},
         [](const D&, const I& i) {
             return i.leadingClarity;
         }},
        {"herfindahl",
         "赫芬达尔指数",
         "Herfindahl index (normalised)",
         "",
         "",
         share,
         false,
         {ValueField::SectorOutput},
         [](const D&, const I& i) {
             return i.herfindahl;
         }},
        {"krugman",
         "克鲁格曼专业化指数",
         "Krugman specialisation",
         "",
         "",
         share,
         false,
         {ValueField::SectorOutput, IndicatorInput::referenceOutput()},
         [](const D&, const I& i) {
             return i.krugman;
         }},
        {"krugman-within-plan",
         "克鲁格曼专业化指数（相对规划内集聚区）",
         "Krugman specialisation within the plan",
         "",
         "",
         share,
         false,
         {ValueField::SectorOutput},
         [](const D&, const I& i) {
             return i.krugmanWithinPlan;
         }},
        {"lq",
         "主导产业区位商",
         "Location quotient of the leading industry",
         "",
         "",
         share,
         false,
         {ValueField::SectorOutput, ValueField::LeadingIndustries,
          IndicatorInput::referenceOutput()},
         [](const D& d, const I& i) {
             return leadingQuotient(d, i.locationQuotients);
         }},
        {"lq-within-plan",
         "主导产业区位商（相对规划内集聚区）",
         "Location quotient of the leading industry within the plan",
         "",
         "",
         share,
         false,
         {ValueField::SectorOutput, ValueField::LeadingIndustries},
         [](const D& d, const I& i) {
             return leadingQuotient(d, i.locationQuotientsWithinPlan);
         }},
        {"high-tech-share",
         "高新技术产值占比",
         "High-tech share",
         "%",
         "%",
         share,
         true,
         {ValueField::SectorOutput, ValueField::SectorHighTechOutput},
         [](const D&, const I& i) {
             return i.highTechShare;
         }},
        {"new-industry-share",
         "新兴产业占比",
         "New-industry share",
         "%",
         "%",
         share,
         true,
         {ValueField::SectorOutput},
         [](const D&, const I& i) {
             return i.newIndustryShare;
         }},
        {"traditional-share",
         "传统产业占比",
         "Traditional-industry share",
         "%",
         "%",
         share,
         true,
         {ValueField::SectorOutput},
         [](const D&, const I& i) {
             return i.traditionalShare;
         }},
        {"infrastructure-gap",
         "基础设施缺口",
         "Infrastructure gap",
         "%",
         "%",
         Aggregation::Mean,
         true,
         {ValueField::ProvisionCurrent, ValueField::ProvisionRequired},
         [](const D&, const I& i) {
             return i.infrastructureGap;
         }},
        {"linkage-density",
         "产业关联密度",
         "Linkage density",
         "%",
         "%",
         Aggregation::Mean,
         true,
         {ValueField::Link, ValueField::SectorOutput},
         [](const D&, const I& i) {
             return i.linkageDensity;
         }},
        {"chain-completeness",
         "产业链完整度",
         "Chain completeness",
         "%",
         "%",
         Aggregation::Mean,
         true,
         {ValueField::SectorOutput, ValueField::LeadingIndustries,
          IndicatorInput::inputOutputTable()},
         [](const D&, const I& i) {
             return i.chainCompleteness;
         }},
        {"local-sourcing",
         "本地配套率",
         "Local sourcing",
         "%",
         "%",
         share,
         true,
         {ValueField::Link, ValueField::SectorOutput, ValueField::LeadingIndustries,
          IndicatorInput::inputOutputTable()},
         [](const D&, const I& i) {
             return i.localSourcingShare;
         }},
        {"rd-intensity",
         "研发强度",
         "R&D intensity",
         "%",
         "%",
         share,
         true,
         {ValueField::RdSpending, ValueField::BusinessIncome},
         [](const D&, const I& i) {
             return i.rdIntensity;
         }},
        {"sme-share",
         "中小企业占比",
         "SME share",
         "%",
         "%",
         Aggregation::Mean,
         true,
         {ValueField::SectorEnterprises, ValueField::SectorSmes},
         [](const D&, const I& i) {
             return i.smeShare;
         }},
        {"patents",
         "专利数",
         "Patents",
         "件",
         "patents",
         Aggregation::Sum,
         false,
         {ValueField::Patents},
         [](const D& d, const I&) {
             return static_cast<double>(d.innovation.patents);
         }},
    };
    return metrics;
}

} // namespace

QString aggregationKey(Aggregation aggregation) {
    return keyOf(kAggregationKeys, aggregation);
}

std::optional<Aggregation> aggregationFromKey(const QString& key) {
    return valueOf(kAggregationKeys, key);
}

const std::vector<Aggregation>& allAggregations() {
    static const std::vector<Aggregation> all{
        Aggregation::Sum,     Aggregation::Mean,    Aggregation::OutputWeightedMean,
        Aggregation::Minimum, Aggregation::Maximum, Aggregation::Count};
    return all;
}

bool DistrictMetric::restsOnIllustrative(const model::District& district,
                                         const model::Plan& plan) const {
    return analysis::restsOnIllustrative(district, sources, plan);
}

const std::vector<DistrictMetric>& districtMetrics() {
    static const std::vector<DistrictMetric> metrics = buildMetrics();
    return metrics;
}

const DistrictMetric* findDistrictMetric(const QString& id) {
    for (const auto& metric : districtMetrics()) {
        if (metric.id == id) {
            return &metric;
        }
    }
    return nullptr;
}

} // namespace agglomap::analysis
