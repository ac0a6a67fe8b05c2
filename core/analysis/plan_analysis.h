#pragma once

#include "analysis/district_indicators.h"
#include "analysis/district_metric.h"
#include "analysis/recommendations.h"
#include "model/plan.h"

#include <QObject>

#include <limits>
#include <map>
#include <optional>

namespace agglomap::analysis {

// One region's value of a metric: on the map, in the table, in the CSV and in the profile.
struct RegionValue {
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN: no data (no district, or
                                                             // none with a value)
    int districts = 0;
    bool illustrative = false;     // some district's value rests on an illustrative value
    std::optional<int> classIndex; // set by a choropleth
};

// A county, city or province: every metric of the catalogue over its districts, each at the
// metric's default aggregation, and the reference economy's figures.
struct RegionSummary {
    geo::RegionCode code = 0;
    int districts = 0;
    std::vector<RegionValue> metrics; // in districtMetrics() order
    [[nodiscard]] const RegionValue& metric(const DistrictMetric& metric) const {
        return metrics[metricIndex(metric)];
    }
    // From the reference economy (NaN where it has no figure): the Ningxia paper's benchmarks
    // of R&D as a share of GDP apply to a province or city, not to its districts.
    double gdp = 0.0;
    double referenceRdSpending = 0.0;
    double rdShareOfGdp = 0.0;
    RdTier rdGdpTier = RdTier::BelowOnePercent;
    bool referenceIllustrative = false; // GDP or R&D figure is illustrative
};

// For one measure in a region: how many of its districts need it, how many at high priority,
// and those that need it most (highest percentile first).
struct RegionMeasure {
    QString ruleId;
    int districts = 0;
    int high = 0;
    struct Need {
        model::DistrictId id;
        double percentile = 0.0;
        Priority priority = Priority::Medium;
    };
    std::vector<Need> mostInNeed;
};

// Keeps every district's indicators and recommendations, and the region summaries, in step with
// the plan. A change to one district recomputes that district, refreshes the province-relative
// parts (location quotients, Krugman) of the others only when an output mix they are compared
// with moved, re-ranks every recommendation among its peers (cheap: one sort per rule), and
// re-summarises the regions it belongs to. Recommendation texts that name location quotients
// are recomputed when next asked for, not for every district on every keystroke. A new
// reference economy recomputes everything.
class PlanAnalysis : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(PlanAnalysis)

public:
    explicit PlanAnalysis(const model::Plan& plan, QObject* parent = nullptr);

    [[nodiscard]] const DistrictIndicators* indicators(model::DistrictId id) const;
    // Computed on first request after a change that affects them; nullptr for an unknown id.
    [[nodiscard]] const std::vector<Recommendation>* recommendations(model::DistrictId id) const;
    [[nodiscard]] const RegionSummary* summary(geo::RegionCode region) const;
    // Whether the district's value of the metric rests on an illustrative value (cached per
    // district: the catalogue's inputs against the district's provenance).
    [[nodiscard]] bool restsOnIllustrative(model::DistrictId id,
                                           const DistrictMetric& metric) const;
    // The one rule by which districts' values become a region's: the map, the tables and the
    // CSVs all come through here. NaN values are left out, as a spreadsheet's AVERAGE leaves
    // out blanks; no district means no data, whatever the aggregation.
    [[nodiscard]] RegionValue aggregate(const std::vector<const model::District*>& districts,
                                        const DistrictMetric& metric,
                                        Aggregation aggregation) const;
    // Every measure that fires for a district of the region (the province or a city), in the
    // rules' order, each with up to `limit` districts that need it most.
    [[nodiscard]] std::vector<RegionMeasure> measuresIn(geo::RegionCode region,
                                                        std::size_t limit = 5) const;
    [[nodiscard]] const IndicatorContext& context() const { return m_context; }
    [[nodiscard]] const RecommendationThresholds& recommendationThresholds() const {
        return m_recommendationThresholds;
    }

    void setThresholds(const IndicatorThresholds& indicators,
                       const RecommendationThresholds& recommendations);
    // Everything from scratch; the incremental path must always agree with this.
    void recomputeAll();

signals:
    // Which districts' results changed; views refresh from the same result object.
    void analysisChanged(const QList<agglomap::model::DistrictId>& ids);

private:
    void onDistrictsChanged(const QList<model::DistrictId>& ids, model::DistrictField field);
    void computeDistrict(const model::District& district);
    void cacheMetrics(const model::District& district);
    void refreshProvinceRelative(model::DistrictId except);
    void summarise(geo::RegionCode region);
    void summarise(geo::RegionCode region, const std::vector<const model::District*>& districts);
    void summariseAll();
    void summariseAround(const model::District& district);
    void updateReference();
    // Percentiles of every fired rule among the district's peers; returns the districts whose
    // percentiles changed.
    QList<model::DistrictId> rank();

    const model::Plan& m_plan;
    IndicatorContext m_context;
    RecommendationThresholds m_recommendationThresholds;
    std::map<model::DistrictId, DistrictIndicators> m_indicators;
    // Each district's value, weight and illustrative mark of every metric (catalogue order),
    // so summaries add numbers up instead of evaluating the catalogue for every region.
    struct MetricCache {
        std::vector<double> values;
        std::vector<double> weights;
        std::vector<bool> illustrative;
    };
    std::map<model::DistrictId, MetricCache> m_metricCache;
    // A missing entry means "stale": recommendations(id) recomputes it.
    mutable std::map<model::DistrictId, std::vector<Recommendation>> m_recommendations;
    // Each fired rule's need and percentile per district, kept while texts go stale.
    std::map<model::DistrictId, std::map<QString, double>> m_needs;
    std::map<model::DistrictId, std::map<QString, double>> m_percentiles;
    std::map<geo::RegionCode, RegionSummary> m_summaries;
};

} // namespace agglomap::analysis
