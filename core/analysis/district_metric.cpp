#include "analysis/district_metric.h"

#include "util/enum_keys.h"

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace agglomap::analysis {

using model::DistrictField;
using model::ValueField;

namespace {

constexpr EnumKeys<Aggregation, 6> kAggregationKeys{{
    std::pair{Aggregation::Sum, "sum"},
    std::pair{Aggregation::Mean, "mean"},
    std::pair{Aggregation::WeightedMean, "weighted-mean"},
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
    // Shares of output and intensities aggregate as the ratio of the region's sums.
    std::vector<DistrictMetric> metrics{
        {.id = "business-income",
         .csvColumn = "business_income",
         .nameZh = "主营业务收入",
         .nameEn = "Business income",
         .unitZh = "亿元",
         .unitEn = "100 million yuan",
         .defaultAggregation = Aggregation::Sum,
         .isShare = false,
         .decimals = 2,
         .sources = {ValueField::BusinessIncome},
         .value =
             [](const D& d, const I&) {
                 return d.finance.businessIncome;
             }},
        {.id = "total-output",
         .csvColumn = "total_output",
         .nameZh = "工业总产值",
         .nameEn = "Industrial output",
         .unitZh = "亿元",
         .unitEn = "100 million yuan",
         .defaultAggregation = Aggregation::Sum,
         .isShare = false,
         .decimals = 2,
         .sources = {ValueField::SectorOutput},
         .value =
             [](const D&, const I& i) {
                 return i.totalOutput;
             }},
        {.id = "fixed-investment",
         .csvColumn = "fixed_investment",
         .nameZh = "固定资产投资",
         .nameEn = "Fixed investment",
         .unitZh = "亿元",
         .unitEn = "100 million yuan",
         .defaultAggregation = Aggregation::Sum,
         .isShare = false,
         .decimals = 2,
         .sources = {ValueField::FixedInvestment},
         .value =
             [](const D& d, const I&) {
                 return d.finance.fixedInvestment;
             }},
        {.id = "enterprises",
         .csvColumn = "enterprises",
         .nameZh = "企业数",
         .nameEn = "Enterprises",
         .unitZh = "家",
         .unitEn = "",
         .defaultAggregation = Aggregation::Sum,
         .isShare = false,
         .decimals = 0,
         .sources = {ValueField::SectorEnterprises},
         .value =
             [](const D& d, const I&) {
                 double sum = 0.0;
                 for (const auto& activity : d.industries) {
                     sum += activity.enterprises;
                 }
                 return sum;
             }},
        {.id = "smes",
         .csvColumn = "smes",
         .nameZh = "中小企业数",
         .nameEn = "SMEs",
         .unitZh = "家",
         .unitEn = "",
         .defaultAggregation = Aggregation::Sum,
         .isShare = false,
         .decimals = 0,
         .sources = {ValueField::SectorSmes},
         .value =
             [](const D& d, const I&) {
                 double sum = 0.0;
                 for (const auto& activity : d.industries) {
                     sum += activity.smallAndMediumEnterprises;
                 }
                 return sum;
             }},
        {.id = "leading-share",
         .csvColumn = "leading_share",
         .nameZh = "主导产业占比",
         .nameEn = "Leading-industry share",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::SectorOutput, ValueField::LeadingIndustries},
         .value =
             [](const D&, const I& i) {
                 return i.leadingShare;
             }},
        {.id = "leading-clarity",
         .csvColumn = "leading_clarity",
         .nameZh = "主导产业突出度",
         .nameEn = "Leading-industry clarity",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::SectorOutput},
         .value =
             [](const D&, const I& i) {
                 return i.leadingClarity;
             }},
        {.id = "clearly-positioned",
         .csvColumn = "clearly_positioned",
         .nameZh = "主导产业明确",
         .nameEn = "Clearly positioned",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::Mean,
         .isShare = true,
         .decimals = 0,
         .sources = {ValueField::SectorOutput, ValueField::LeadingIndustries},
         .value =
             [](const D&, const I& i) {
                 return i.clearlyPositioned ? 1.0 : 0.0;
             }},
        {.id = "herfindahl",
         .csvColumn = "herfindahl",
         .nameZh = "赫芬达尔指数",
         .nameEn = "Herfindahl index (normalised)",
         .unitZh = "",
         .unitEn = "",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = false,
         .decimals = 3,
         .sources = {ValueField::SectorOutput},
         .value =
             [](const D&, const I& i) {
                 return i.herfindahl;
             }},
        {.id = "krugman",
         .csvColumn = "krugman",
         .nameZh = "克鲁格曼专业化指数",
         .nameEn = "Krugman specialisation",
         .unitZh = "",
         .unitEn = "",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = false,
         .decimals = 3,
         .sources = {ValueField::SectorOutput, IndicatorInput::referenceOutput()},
         .value =
             [](const D&, const I& i) {
                 return i.krugman;
             }},
        {.id = "krugman-within-plan",
         .csvColumn = "krugman_within_plan",
         .nameZh = "克鲁格曼专业化指数（相对规划内集聚区）",
         .nameEn = "Krugman specialisation within the plan",
         .unitZh = "",
         .unitEn = "",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = false,
         .decimals = 3,
         .sources = {ValueField::SectorOutput},
         .value =
             [](const D&, const I& i) {
                 return i.krugmanWithinPlan;
             }},
        {.id = "lq",
         .csvColumn = "lq_leading",
         .nameZh = "主导产业区位商",
         .nameEn = "Location quotient of the leading industry",
         .unitZh = "",
         .unitEn = "",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = false,
         .decimals = 2,
         .sources = {ValueField::SectorOutput, ValueField::LeadingIndustries,
                     IndicatorInput::referenceOutput()},
         .value =
             [](const D& d, const I& i) {
                 return leadingQuotient(d, i.locationQuotients);
             }},
        {.id = "lq-within-plan",
         .csvColumn = "lq_leading_within_plan",
         .nameZh = "主导产业区位商（相对规划内集聚区）",
         .nameEn = "Location quotient of the leading industry within the plan",
         .unitZh = "",
         .unitEn = "",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = false,
         .decimals = 2,
         .sources = {ValueField::SectorOutput, ValueField::LeadingIndustries},
         .value =
             [](const D& d, const I& i) {
                 return leadingQuotient(d, i.locationQuotientsWithinPlan);
             }},
        {.id = "high-tech-share",
         .csvColumn = "high_tech_share",
         .nameZh = "高新技术产值占比",
         .nameEn = "High-tech share",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::SectorOutput, ValueField::SectorHighTechOutput},
         .value =
             [](const D&, const I& i) {
                 return i.highTechShare;
             }},
        {.id = "new-industry-share",
         .csvColumn = "new_industry_share",
         .nameZh = "新兴产业占比",
         .nameEn = "New-industry share",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::SectorOutput},
         .value =
             [](const D&, const I& i) {
                 return i.newIndustryShare;
             }},
        {.id = "traditional-share",
         .csvColumn = "traditional_share",
         .nameZh = "传统产业占比",
         .nameEn = "Traditional-industry share",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::SectorOutput},
         .value =
             [](const D&, const I& i) {
                 return i.traditionalShare;
             }},
        {.id = "infrastructure-gap",
         .csvColumn = "infrastructure_gap",
         .nameZh = "基础设施缺口",
         .nameEn = "Infrastructure gap",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::Mean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::ProvisionCurrent, ValueField::ProvisionRequired},
         .value =
             [](const D&, const I& i) {
                 return i.infrastructureGap;
             }},
        {.id = "linkage-density",
         .csvColumn = "linkage_density",
         .nameZh = "产业关联密度",
         .nameEn = "Linkage density",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::Mean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::Link, ValueField::SectorOutput},
         .value =
             [](const D&, const I& i) {
                 return i.linkageDensity;
             }},
        {.id = "chain-completeness",
         .csvColumn = "chain_completeness",
         .nameZh = "产业链完整度",
         .nameEn = "Chain completeness",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::Mean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::SectorOutput, ValueField::LeadingIndustries,
                     IndicatorInput::inputOutputTable()},
         .value =
             [](const D&, const I& i) {
                 return i.chainCompleteness;
             }},
        {.id = "local-sourcing",
         .csvColumn = "local_sourcing_share",
         .nameZh = "本地配套率",
         .nameEn = "Local sourcing",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::Link, ValueField::SectorOutput, ValueField::LeadingIndustries,
                     IndicatorInput::inputOutputTable()},
         .value =
             [](const D&, const I& i) {
                 return i.localSourcingShare;
             }},
        {.id = "rd-intensity",
         .csvColumn = "rd_intensity",
         .nameZh = "研发强度",
         .nameEn = "R&D intensity",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .weight = WeightBasis::BusinessIncome,
         .isShare = true,
         .decimals = 2,
         .sources = {ValueField::RdSpending, ValueField::BusinessIncome},
         .value =
             [](const D&, const I& i) {
                 return i.rdIntensity;
             }},
        {.id = "sme-share",
         .csvColumn = "sme_share",
         .nameZh = "中小企业占比",
         .nameEn = "SME share",
         .unitZh = "%",
         .unitEn = "%",
         .defaultAggregation = Aggregation::WeightedMean,
         .weight = WeightBasis::Enterprises,
         .isShare = true,
         .decimals = 1,
         .sources = {ValueField::SectorEnterprises, ValueField::SectorSmes},
         .value =
             [](const D&, const I& i) {
                 return i.smeShare;
             }},
        {.id = "patents",
         .csvColumn = "patents",
         .nameZh = "专利数",
         .nameEn = "Patents",
         .unitZh = "件",
         .unitEn = "",
         .defaultAggregation = Aggregation::Sum,
         .isShare = false,
         .decimals = 0,
         .sources = {ValueField::Patents},
         .value =
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
    if (key == QLatin1String("output-weighted-mean")) {
        return Aggregation::WeightedMean;
    }
    return valueOf(kAggregationKeys, key);
}

const std::vector<Aggregation>& allAggregations() {
    static const std::vector<Aggregation> all{Aggregation::Sum,          Aggregation::Mean,
                                              Aggregation::WeightedMean, Aggregation::Minimum,
                                              Aggregation::Maximum,      Aggregation::Count};
    return all;
}

bool DistrictMetric::restsOnIllustrative(const model::District& district,
                                         const model::Plan& plan) const {
    return analysis::restsOnIllustrative(district, sources, plan);
}

double DistrictMetric::weightOf(const model::District& district,
                                const DistrictIndicators& indicators) const {
    switch (weight) {
    case WeightBasis::Output:
        return indicators.totalOutput;
    case WeightBasis::BusinessIncome:
        return district.finance.businessIncome;
    case WeightBasis::Enterprises: {
        double enterprises = 0.0;
        for (const auto& activity : district.industries) {
            enterprises += activity.enterprises;
        }
        return enterprises;
    }
    }
    return 0.0;
}

QString DistrictMetric::title(bool chinese) const {
    const QString shownUnit = unit(chinese);
    if (isShare || shownUnit.isEmpty()) {
        return name(chinese);
    }
    return chinese ? QStringLiteral("%1（%2）").arg(nameZh, shownUnit)
                   : QStringLiteral("%1 (%2)").arg(nameEn, shownUnit);
}

QString DistrictMetric::format(double number) const {
    if (!std::isfinite(number)) {
        return QStringLiteral("—");
    }
    return isShare ? QStringLiteral("%1%").arg(number * 100.0, 0, 'f', decimals)
                   : QString::number(number, 'f', decimals);
}

const std::vector<DistrictMetric>& districtMetrics() {
    static const std::vector<DistrictMetric> metrics = buildMetrics();
    return metrics;
}

std::size_t metricIndex(const DistrictMetric& metric) {
    const auto& metrics = districtMetrics();
    Q_ASSERT(&metric >= metrics.data() && &metric < metrics.data() + metrics.size());
    return static_cast<std::size_t>(&metric - metrics.data());
}

const DistrictMetric* findDistrictMetric(const QString& id) {
    for (const auto& metric : districtMetrics()) {
        if (metric.id == id) {
            return &metric;
        }
    }
    return nullptr;
}

namespace {

std::vector<DistrictCategory> buildCategories() {
    using Names = DistrictCategory::Names;
    return {
        {.id = "cluster-stage",
         .csvColumn = "cluster_stage",
         .nameZh = "集群发展阶段",
         .nameEn = "Cluster stage",
         // The Ningxia paper's phases (§2.3) in its own terms.
         .categories = {Names{"informal", "非正式集群", "Informal cluster"},
                        Names{"organized", "有组织集群", "Organized cluster"},
                        Names{"innovative", "创新型集群", "Innovative cluster"}},
         .sources = clusterStageInputs(),
         .value =
             [](const DistrictIndicators& i) {
                 return static_cast<int>(i.stage);
             }},
        {.id = "innovation-mode",
         .csvColumn = "innovation_mode",
         .nameZh = "建议创新模式",
         .nameEn = "Suggested innovation mode",
         // The Henan paper's three modes of industrial innovation.
         .categories = {Names{"progressive", "渐进式创新", "Progressive innovation"},
                        Names{"fundamental", "根本性创新", "Fundamental innovation"},
                        Names{"convergence", "融合式创新", "Convergence innovation"}},
         .sources = innovationModeInputs(),
         .value =
             [](const DistrictIndicators& i) {
                 return static_cast<int>(i.mode);
             }},
    };
}

} // namespace

QString DistrictCategory::categoryName(int ordinal, bool chinese) const {
    if (ordinal < 0 || ordinal >= static_cast<int>(categories.size())) {
        return {};
    }
    const Names& names = categories[static_cast<std::size_t>(ordinal)];
    return chinese ? names.zh : names.en;
}

QString DistrictCategory::categoryKey(int ordinal) const {
    return ordinal < 0 || ordinal >= static_cast<int>(categories.size())
               ? QString()
               : categories[static_cast<std::size_t>(ordinal)].key;
}

bool DistrictCategory::restsOnIllustrative(const model::District& district,
                                           const model::Plan& plan) const {
    return analysis::restsOnIllustrative(district, sources, plan);
}

const std::vector<DistrictCategory>& districtCategories() {
    static const std::vector<DistrictCategory> categories = buildCategories();
    return categories;
}

const DistrictCategory* findDistrictCategory(const QString& id) {
    for (const auto& category : districtCategories()) {
        if (category.id == id) {
            return &category;
        }
    }
    return nullptr;
}

const DistrictCategory& clusterStageCategory() {
    return districtCategories()[0];
}

const DistrictCategory& innovationModeCategory() {
    return districtCategories()[1];
}

QString clusterStageKey(ClusterStage stage) {
    return clusterStageCategory().categoryKey(static_cast<int>(stage));
}

QString clusterStageName(ClusterStage stage, bool chinese) {
    return clusterStageCategory().categoryName(static_cast<int>(stage), chinese);
}

QString innovationModeKey(InnovationMode mode) {
    return innovationModeCategory().categoryKey(static_cast<int>(mode));
}

QString innovationModeName(InnovationMode mode, bool chinese) {
    return innovationModeCategory().categoryName(static_cast<int>(mode), chinese);
}

} // namespace agglomap::analysis
