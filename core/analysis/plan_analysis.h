#pragma once

#include "analysis/district_indicators.h"
#include "analysis/recommendations.h"
#include "model/plan.h"

#include <QObject>

#include <map>

namespace agglomap::analysis {

// Indicators summed or averaged over the districts of a region (county, city or province).
struct RegionSummary {
    geo::RegionCode code = 0;
    int districts = 0;
    double totalOutput = 0.0;
    double businessIncome = 0.0;
    double fixedInvestment = 0.0;
    int enterprises = 0;
    int smes = 0;
    double clearlyPositionedShare = 0.0; // of districts
    double meanLeadingShare = 0.0;
    double meanInfrastructureGap = 0.0;
    double rdIntensity = 0.0;      // sum of R&D / sum of income
    double newIndustryShare = 0.0; // of output
    double traditionalShare = 0.0; // of output
    bool illustrative = false;     // any district contributes an illustrative value
};

// Keeps every district's indicators and recommendations, and the region summaries, in step with
// the plan. A change to one district recomputes that district, refreshes the province-relative
// parts (location quotients, Krugman) of the others only when the province's output mix moved,
// and re-summarises the regions it belongs to. Recommendations that rank by location quotient
// are then recomputed when next asked for, not for every district on every keystroke.
class PlanAnalysis : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(PlanAnalysis)

public:
    explicit PlanAnalysis(const model::Plan& plan, QObject* parent = nullptr);

    [[nodiscard]] const DistrictIndicators* indicators(model::DistrictId id) const;
    // Computed on first request after a change that affects them; nullptr for an unknown id.
    [[nodiscard]] const std::vector<Recommendation>* recommendations(model::DistrictId id) const;
    [[nodiscard]] const RegionSummary* summary(geo::RegionCode region) const;
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
    void refreshProvinceRelative(model::DistrictId except);
    void summarise(geo::RegionCode region);
    void summariseAround(const model::District& district);

    const model::Plan& m_plan;
    IndicatorContext m_context;
    RecommendationThresholds m_recommendationThresholds;
    std::map<model::DistrictId, DistrictIndicators> m_indicators;
    // A missing entry means "stale": recommendations(id) recomputes it.
    mutable std::map<model::DistrictId, std::vector<Recommendation>> m_recommendations;
    std::map<geo::RegionCode, RegionSummary> m_summaries;
};

} // namespace agglomap::analysis
