#include "analysis/plan_analysis.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace agglomap::analysis {

using model::District;
using model::DistrictField;
using model::DistrictId;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

PlanAnalysis::PlanAnalysis(const model::Plan& plan, QObject* parent)
    : QObject(parent)
    , m_plan(plan) {
    m_context.sectors = &m_plan.sectors();
    m_context.inputOutput = &m_plan.inputOutput();
    connect(&m_plan, &model::Plan::districtsChanged, this, &PlanAnalysis::onDistrictsChanged);
    connect(&m_plan, &model::Plan::districtAdded, this, [this] { recomputeAll(); });
    connect(&m_plan, &model::Plan::districtRemoved, this, [this] { recomputeAll(); });
    connect(&m_plan, &model::Plan::inputOutputChanged, this, [this] { recomputeAll(); });
    recomputeAll();
}

const DistrictIndicators* PlanAnalysis::indicators(DistrictId id) const {
    const auto it = m_indicators.find(id);
    return it == m_indicators.end() ? nullptr : &it->second;
}

const std::vector<Recommendation>* PlanAnalysis::recommendations(DistrictId id) const {
    if (const auto it = m_recommendations.find(id); it != m_recommendations.end()) {
        return &it->second;
    }
    const model::District* district = m_plan.district(id);
    const auto indicators = m_indicators.find(id);
    if (!district || indicators == m_indicators.end()) {
        return nullptr;
    }
    return &(m_recommendations[id] =
                 recommend(*district, indicators->second, m_context, m_recommendationThresholds));
}

const RegionSummary* PlanAnalysis::summary(geo::RegionCode region) const {
    const auto it = m_summaries.find(region);
    return it == m_summaries.end() ? nullptr : &it->second;
}

void PlanAnalysis::setThresholds(const IndicatorThresholds& indicators,
                                 const RecommendationThresholds& recommendations) {
    m_context.thresholds = indicators;
    m_recommendationThresholds = recommendations;
    recomputeAll();
}

void PlanAnalysis::recomputeAll() {
    m_indicators.clear();
    m_recommendations.clear();
    m_summaries.clear();
    const auto districts = m_plan.districts();
    m_context.provinceOutputBySector = outputBySector(districts, m_plan.sectors().size());
    QList<DistrictId> ids;
    for (const District* district : districts) {
        computeDistrict(*district);
        ids << district->id;
    }
    summarise(m_plan.regions().province().code);
    for (const geo::Region* city : m_plan.regions().regionsAt(geo::RegionLevel::City)) {
        summarise(city->code);
    }
    for (const geo::Region* county : m_plan.regions().regionsAt(geo::RegionLevel::County)) {
        summarise(county->code);
    }
    emit analysisChanged(ids);
}

void PlanAnalysis::computeDistrict(const District& district) {
    DistrictIndicators result = computeIndicators(district, m_context);
    m_recommendations[district.id] =
        recommend(district, result, m_context, m_recommendationThresholds);
    m_indicators[district.id] = std::move(result);
}

void PlanAnalysis::onDistrictsChanged(const QList<DistrictId>& ids, DistrictField field) {
    if (field == DistrictField::Location) {
        // The district may have left a county or city: re-summarise everything, which is cheap.
        recomputeAll();
        return;
    }
    QList<DistrictId> changed = ids;
    if (field == DistrictField::Industries) {
        // The province's output mix moved: every location quotient with it.
        m_context.provinceOutputBySector =
            outputBySector(m_plan.districts(), m_plan.sectors().size());
    }
    for (DistrictId id : ids) {
        if (const District* district = m_plan.district(id)) {
            computeDistrict(*district);
        }
    }
    if (field == DistrictField::Industries) {
        for (const District* other : m_plan.districts()) {
            if (!ids.contains(other->id)) {
                refreshProvinceRelative(other->id);
                changed << other->id;
            }
        }
    }
    for (DistrictId id : ids) {
        if (const District* district = m_plan.district(id)) {
            summariseAround(*district);
        }
    }
    emit analysisChanged(changed);
}

void PlanAnalysis::refreshProvinceRelative(DistrictId id) {
    const District* district = m_plan.district(id);
    DistrictIndicators& indicators = m_indicators[id];
    const double total = indicators.totalOutput;
    const double provinceTotal = std::accumulate(m_context.provinceOutputBySector.begin(),
                                                 m_context.provinceOutputBySector.end(), 0.0);
    std::vector<double> shares(m_context.provinceOutputBySector.size(), 0.0);
    for (const auto& activity : district->industries) {
        shares[static_cast<std::size_t>(activity.sector)] +=
            total > 0.0 ? activity.outputValue / total : 0.0;
    }
    double krugman = 0.0;
    for (std::size_t s = 0; s < shares.size(); ++s) {
        const double p =
            provinceTotal > 0.0 ? m_context.provinceOutputBySector[s] / provinceTotal : 0.0;
        indicators.locationQuotients[s] = total > 0.0 && p > 0.0 ? shares[s] / p : kNaN;
        krugman += std::abs(shares[s] - p);
    }
    indicators.krugman = total > 0.0 ? krugman : kNaN;
    // Only the leading-industry rule ranks by location quotient: mark those stale.
    if (const auto it = m_recommendations.find(id); it != m_recommendations.end()) {
        const bool ranksByLq =
            std::any_of(it->second.begin(), it->second.end(), [](const Recommendation& r) {
                return r.ruleId == QLatin1String("leading-industry");
            });
        if (ranksByLq) {
            m_recommendations.erase(it);
        }
    }
}

void PlanAnalysis::summariseAround(const District& district) {
    summarise(district.hostCounty);
    summarise(district.hostCity);
    summarise(m_plan.regions().province().code);
}

void PlanAnalysis::summarise(geo::RegionCode region) {
    RegionSummary s;
    s.code = region;
    double rdSpending = 0.0;
    double newOutput = 0.0;
    double traditionalOutput = 0.0;
    int clear = 0;
    for (const District* district : m_plan.districtsIn(region)) {
        const DistrictIndicators& i = m_indicators.at(district->id);
        ++s.districts;
        s.totalOutput += i.totalOutput;
        s.businessIncome += district->finance.businessIncome;
        s.fixedInvestment += district->finance.fixedInvestment;
        rdSpending += district->innovation.rdSpending;
        for (const auto& activity : district->industries) {
            s.enterprises += activity.enterprises;
            s.smes += activity.smallAndMediumEnterprises;
        }
        clear += i.clearlyPositioned ? 1 : 0;
        s.meanLeadingShare += std::isnan(i.leadingShare) ? 0.0 : i.leadingShare;
        s.meanInfrastructureGap += i.infrastructureGap;
        newOutput += std::isnan(i.newIndustryShare) ? 0.0 : i.newIndustryShare * i.totalOutput;
        traditionalOutput +=
            std::isnan(i.traditionalShare) ? 0.0 : i.traditionalShare * i.totalOutput;
        s.illustrative = s.illustrative || district->provenance.anyIllustrative();
    }
    if (s.districts > 0) {
        s.clearlyPositionedShare = static_cast<double>(clear) / s.districts;
        s.meanLeadingShare /= s.districts;
        s.meanInfrastructureGap /= s.districts;
    } else {
        s.clearlyPositionedShare = s.meanLeadingShare = s.meanInfrastructureGap = kNaN;
    }
    s.rdIntensity = s.businessIncome > 0.0 ? rdSpending / s.businessIncome : kNaN;
    s.newIndustryShare = s.totalOutput > 0.0 ? newOutput / s.totalOutput : kNaN;
    s.traditionalShare = s.totalOutput > 0.0 ? traditionalOutput / s.totalOutput : kNaN;
    m_summaries[region] = s;
}

} // namespace agglomap::analysis
