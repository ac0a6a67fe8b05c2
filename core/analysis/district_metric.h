#pragma once

#include "analysis/district_indicators.h"
#include "analysis/indicator_inputs.h"
#include "model/district.h"

#include <QString>

#include <functional>
#include <vector>

namespace agglomap::analysis {

// How the values of a region's districts become the region's value on a choropleth.
enum class Aggregation {
    Sum,
    Mean,
    OutputWeightedMean, // shares and intensities: each district weighted by its total output
    Minimum,
    Maximum,
    Count, // number of districts, whatever the metric
};

[[nodiscard]] QString aggregationKey(Aggregation aggregation);
[[nodiscard]] std::optional<Aggregation> aggregationFromKey(const QString& key);
[[nodiscard]] const std::vector<Aggregation>& allAggregations();

// A number the map can show for a district: what it is, its unit, how regions aggregate it by
// default, and which district fields it rests on (so a value from an illustrative field is
// shown as illustrative).
struct DistrictMetric {
    QString id; // stable, for settings and the command line: "business-income"
    QString nameZh;
    QString nameEn;
    QString unitZh;
    QString unitEn;
    Aggregation defaultAggregation = Aggregation::Sum;
    // Shares are fractions in the model; the legend shows them as percentages.
    bool isShare = false;
    // The stored values it reads: its value is illustrative when any of them is.
    IndicatorInputs sources;
    std::function<double(const model::District&, const DistrictIndicators&)> value;

    [[nodiscard]] bool restsOnIllustrative(const model::District& district,
                                           const model::Plan& plan) const;
    [[nodiscard]] QString name(bool chinese) const { return chinese ? nameZh : nameEn; }
};

[[nodiscard]] const std::vector<DistrictMetric>& districtMetrics();
[[nodiscard]] const DistrictMetric* findDistrictMetric(const QString& id);

} // namespace agglomap::analysis
