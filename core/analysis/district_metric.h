#pragma once

#include "analysis/district_indicators.h"
#include "analysis/indicator_inputs.h"
#include "model/district.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

// The one indicator catalogue: every number and class the map, legend, tables, CSVs, inspector,
// profiles and briefings show for a district, with its names, unit, precision, the stored values
// it reads and how it aggregates to counties and cities. docs/indicators.md lists it.
namespace agglomap::analysis {

// How the values of a region's districts become the region's value.
enum class Aggregation {
    Sum,
    Mean,
    // Each district weighted by the metric's denominator (its weight basis), so a share or an
    // intensity of a region is the ratio of its districts' sums: R&D / income of the city.
    WeightedMean,
    Minimum,
    Maximum,
    Count, // number of districts, whatever the metric
};

// What a weighted mean weighs each district by: the denominator of the metric's ratio.
enum class WeightBasis { Output, BusinessIncome, Enterprises };

// "sum", "mean", "weighted-mean" (settings from before it was named so say
// "output-weighted-mean"), "min", "max", "count".
[[nodiscard]] QString aggregationKey(Aggregation aggregation);
[[nodiscard]] std::optional<Aggregation> aggregationFromKey(const QString& key);
[[nodiscard]] const std::vector<Aggregation>& allAggregations();

// A number the map can show for a district.
struct DistrictMetric {
    QString id;        // stable, for settings and the command line: "business-income"
    QString csvColumn; // its column in the indicator CSVs: "business_income"
    QString nameZh;
    QString nameEn;
    QString unitZh;
    QString unitEn;
    Aggregation defaultAggregation = Aggregation::Sum;
    WeightBasis weight = WeightBasis::Output;
    // Shares are fractions in the model; everything shows them as percentages.
    bool isShare = false;
    // Decimals shown: of the percentage for a share, of the unit otherwise.
    int decimals = 2;
    // The stored values it reads: its value is illustrative when any of them is.
    IndicatorInputs sources;
    std::function<double(const model::District&, const DistrictIndicators&)> value;

    [[nodiscard]] bool restsOnIllustrative(const model::District& district,
                                           const model::Plan& plan) const;
    [[nodiscard]] QString name(bool chinese) const { return chinese ? nameZh : nameEn; }
    [[nodiscard]] QString unit(bool chinese) const { return chinese ? unitZh : unitEn; }
    // A column heading: the name, and the unit unless the values carry it ("%").
    [[nodiscard]] QString title(bool chinese) const;
    // The district's weight in a weighted mean of this metric.
    [[nodiscard]] double weightOf(const model::District& district,
                                  const DistrictIndicators& indicators) const;
    // The value as every view shows it: "45.2%", "1234.56", "—" for undefined; no unit.
    [[nodiscard]] QString format(double value) const;
};

[[nodiscard]] const std::vector<DistrictMetric>& districtMetrics();
[[nodiscard]] const DistrictMetric* findDistrictMetric(const QString& id);
// Its position in districtMetrics(), for per-metric caches.
[[nodiscard]] std::size_t metricIndex(const DistrictMetric& metric);

// A class a district falls in (its cluster stage, its innovation mode): the names of its
// categories, one per ordinal, in both languages.
struct DistrictCategory {
    QString id;        // "cluster-stage"
    QString csvColumn; // "cluster_stage"
    QString nameZh;
    QString nameEn;
    struct Names {
        QString key; // in CSVs: "informal"
        QString zh;
        QString en;
    };
    std::vector<Names> categories;
    IndicatorInputs sources;
    std::function<int(const DistrictIndicators&)> value;

    [[nodiscard]] QString name(bool chinese) const { return chinese ? nameZh : nameEn; }
    [[nodiscard]] QString categoryName(int ordinal, bool chinese) const;
    [[nodiscard]] QString categoryKey(int ordinal) const;
    [[nodiscard]] bool restsOnIllustrative(const model::District& district,
                                           const model::Plan& plan) const;
};

[[nodiscard]] const std::vector<DistrictCategory>& districtCategories();
[[nodiscard]] const DistrictCategory* findDistrictCategory(const QString& id);
[[nodiscard]] const DistrictCategory& clusterStageCategory();
[[nodiscard]] const DistrictCategory& innovationModeCategory();

} // namespace agglomap::analysis
