#pragma once

#include "analysis/classification.h"
#include "analysis/colour_ramp.h"
#include "analysis/district_metric.h"
#include "analysis/plan_analysis.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace agglomap::analysis {

// What a choropleth shows and how: the metric, how districts aggregate to regions, the level,
// the classification and the colours. Plain data, saved in settings and project files.
struct ChoroplethSpec {
    QString metricId = QStringLiteral("business-income");
    Aggregation aggregation = Aggregation::Sum;
    geo::RegionLevel level = geo::RegionLevel::City;
    QString methodId = QStringLiteral("natural-breaks"); // or "manual"
    int classes = 5;
    std::vector<double> manualThresholds; // upper bounds, used when methodId is "manual"
    QString rampId = QStringLiteral("YlOrRd");
    RampDirection direction = RampDirection::Normal;

    friend bool operator==(const ChoroplethSpec&, const ChoroplethSpec&) = default;
};

// One region's value on the map.
struct RegionValue {
    double value = 0.0; // NaN: no data (no district to aggregate)
    int districts = 0;
    bool illustrative = false; // some district's value rests on an illustrative field
    std::optional<int> classIndex;
};

// A classified, coloured set of region values: what the map fills, the legend lists and the
// tooltips and exports report. Computed from the plan's analysis; immutable afterwards.
class Choropleth {
public:
    Choropleth() = default;
    // Classifies given values: for a metric from the plan use fromPlan(); a scenario's
    // difference map passes its own differences.
    Choropleth(ChoroplethSpec spec, std::map<geo::RegionCode, RegionValue> values);

    [[nodiscard]] static Choropleth fromPlan(const model::Plan& plan, const PlanAnalysis& analysis,
                                             ChoroplethSpec spec);

    [[nodiscard]] const ChoroplethSpec& spec() const { return m_spec; }
    [[nodiscard]] const Classification& classification() const { return m_classification; }
    [[nodiscard]] const std::vector<Rgb>& colours() const { return m_colours; }
    [[nodiscard]] const std::map<geo::RegionCode, RegionValue>& values() const { return m_values; }
    [[nodiscard]] const RegionValue* value(geo::RegionCode code) const;
    // The fill of a region, or nullopt for no data.
    [[nodiscard]] std::optional<Rgb> colourOf(geo::RegionCode code) const;
    [[nodiscard]] bool anyIllustrative() const;
    [[nodiscard]] int noDataCount() const;
    // The same classes in other colours (one per class), e.g. fixed colours of a diverging
    // scheme for a difference map whose data fill only some of its classes.
    [[nodiscard]] Choropleth withColours(std::vector<Rgb> colours) const;
    // Same classes and the same colour for every region: a map drawn from either looks the same.
    [[nodiscard]] bool drawsSameAs(const Choropleth& other) const;
    // Whether the method found the classes itself or the user gave them.
    [[nodiscard]] bool isManual() const { return m_spec.methodId == QLatin1String("manual"); }

private:
    ChoroplethSpec m_spec;
    std::map<geo::RegionCode, RegionValue> m_values;
    Classification m_classification;
    std::vector<Rgb> m_colours;
};

// Aggregates one metric over the districts of each region at the spec's level. Regions
// without districts get 0 for sums and counts, and no data otherwise.
[[nodiscard]] std::map<geo::RegionCode, RegionValue>
aggregateRegionValues(const model::Plan& plan, const PlanAnalysis& analysis,
                      const DistrictMetric& metric, Aggregation aggregation,
                      geo::RegionLevel level);

// scenario - baseline for every region; no data where either has none.
[[nodiscard]] std::map<geo::RegionCode, RegionValue>
differenceValues(const std::map<geo::RegionCode, RegionValue>& baseline,
                 const std::map<geo::RegionCode, RegionValue>& scenario);

} // namespace agglomap::analysis
