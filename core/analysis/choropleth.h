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

// Which regions a city view's classes come from. The counties shown, so the legend describes
// the map in view; or the whole province, so the city can be compared with the province.
enum class CityViewBreaks { ShownCounties, Province };

[[nodiscard]] QString cityViewBreaksKey(CityViewBreaks breaks); // "shown", "province"
[[nodiscard]] std::optional<CityViewBreaks> cityViewBreaksFromKey(const QString& key);

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
    CityViewBreaks cityViewBreaks = CityViewBreaks::ShownCounties;

    friend bool operator==(const ChoroplethSpec&, const ChoroplethSpec&) = default;
};

// A classified, coloured set of region values: what the map fills, the legend lists and the
// tooltips and exports report. Computed from the plan's analysis; immutable afterwards.
class Choropleth {
public:
    Choropleth() = default;
    // Classifies given values: for a metric from the plan use fromPlan(); a scenario's
    // difference map passes its own differences.
    Choropleth(ChoroplethSpec spec, std::map<geo::RegionCode, RegionValue> values);

    // The province's regions at the spec's level; with a focus city, only the counties of that
    // city, classified by themselves or with the province's classes (spec.cityViewBreaks).
    [[nodiscard]] static Choropleth fromPlan(const model::Plan& plan, const PlanAnalysis& analysis,
                                             ChoroplethSpec spec,
                                             std::optional<geo::RegionCode> focusCity = {});

    [[nodiscard]] const ChoroplethSpec& spec() const { return m_spec; }
    // The city whose counties alone are shown and counted; empty for the whole province.
    [[nodiscard]] std::optional<geo::RegionCode> focusCity() const { return m_focusCity; }
    // Whether the classes were found over more regions than are shown (a city view that keeps
    // the province's classes); the legend and subtitle say so.
    [[nodiscard]] bool usesProvinceClasses() const {
        return m_focusCity && m_spec.cityViewBreaks == CityViewBreaks::Province;
    }
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
    void colourClasses();

    ChoroplethSpec m_spec;
    std::optional<geo::RegionCode> m_focusCity;
    std::map<geo::RegionCode, RegionValue> m_values;
    Classification m_classification;
    std::vector<Rgb> m_colours;
};

// Aggregates one metric over the districts of each region at the level, by the analysis's one
// rule (PlanAnalysis::aggregate). A region without districts has no data, whatever the
// aggregation: a sum or count of 0 would put a county with no development zone in the lowest
// class beside counties with small ones, where the map should hatch it as a region the plan
// says nothing about. So has a region whose districts all lack the value.
[[nodiscard]] std::map<geo::RegionCode, RegionValue>
aggregateRegionValues(const model::Plan& plan, const PlanAnalysis& analysis,
                      const DistrictMetric& metric, Aggregation aggregation,
                      geo::RegionLevel level);

// scenario - baseline for every region; no data where either has none.
[[nodiscard]] std::map<geo::RegionCode, RegionValue>
differenceValues(const std::map<geo::RegionCode, RegionValue>& baseline,
                 const std::map<geo::RegionCode, RegionValue>& scenario);

} // namespace agglomap::analysis
