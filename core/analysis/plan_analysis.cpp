#include "analysis/plan_analysis.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

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
    connect(&m_plan, &model::Plan::referenceEconomyChanged, this, [this] { recomputeAll(); });
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
    std::vector<Recommendation> list =
        recommend(*district, indicators->second, m_context, m_recommendationThresholds);
    const auto percentiles = m_percentiles.find(id);
    rankRecommendations(list,
                        percentiles == m_percentiles.end() ? std::map<QString, double>()
                                                           : percentiles->second,
                        m_recommendationThresholds);
    return &(m_recommendations[id] = std::move(list));
}

std::vector<RegionMeasure> PlanAnalysis::measuresIn(geo::RegionCode region,
                                                    std::size_t limit) const {
    std::vector<RegionMeasure> measures;
    const auto districts = m_plan.districtsIn(region);
    for (const QString& rule : recommendationRuleIds()) {
        RegionMeasure measure;
        measure.ruleId = rule;
        for (const District* district : districts) {
            const auto it = m_percentiles.find(district->id);
            if (it == m_percentiles.end()) {
                continue;
            }
            const auto p = it->second.find(rule);
            if (p == it->second.end()) {
                continue;
            }
            const Priority priority = priorityForPercentile(p->second, m_recommendationThresholds);
            ++measure.districts;
            measure.high += priority == Priority::High ? 1 : 0;
            measure.mostInNeed.push_back({district->id, p->second, priority});
        }
        if (measure.districts == 0) {
            continue;
        }
        std::stable_sort(measure.mostInNeed.begin(), measure.mostInNeed.end(),
                         [](const RegionMeasure::Need& a, const RegionMeasure::Need& b) {
                             return a.percentile > b.percentile;
                         });
        if (measure.mostInNeed.size() > limit) {
            measure.mostInNeed.resize(limit);
        }
        measures.push_back(std::move(measure));
    }
    return measures;
}

const RegionSummary* PlanAnalysis::summary(geo::RegionCode region) const {
    const auto it = m_summaries.find(region);
    return it == m_summaries.end() ? nullptr : &it->second;
}

bool PlanAnalysis::restsOnIllustrative(DistrictId id, const DistrictMetric& metric) const {
    const auto it = m_illustrativeMetrics.find(id);
    return it != m_illustrativeMetrics.end() && it->second[metricIndex(metric)];
}

RegionValue PlanAnalysis::aggregate(const std::vector<const District*>& districts,
                                    const DistrictMetric& metric, Aggregation aggregation) const {
    RegionValue result;
    double sum = 0.0;
    double weighted = 0.0;
    double weights = 0.0;
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -std::numeric_limits<double>::infinity();
    int counted = 0;
    for (const District* district : districts) {
        const auto indicators = m_indicators.find(district->id);
        if (indicators == m_indicators.end()) {
            continue;
        }
        ++result.districts;
        result.illustrative = result.illustrative || restsOnIllustrative(district->id, metric);
        const double value = metric.value(*district, indicators->second);
        if (std::isnan(value)) {
            continue;
        }
        const double weight = metric.weightOf(*district, indicators->second);
        sum += value;
        if (weight > 0.0) {
            weighted += value * weight;
            weights += weight;
        }
        lowest = std::min(lowest, value);
        highest = std::max(highest, value);
        ++counted;
    }
    if (result.districts == 0) {
        return result;
    }
    if (aggregation == Aggregation::Count) {
        result.value = result.districts;
        return result;
    }
    if (counted == 0) {
        return result;
    }
    switch (aggregation) {
    case Aggregation::Sum:
        result.value = sum;
        break;
    case Aggregation::Mean:
        result.value = sum / counted;
        break;
    case Aggregation::WeightedMean:
        // No district with a weight (all without output, say): their plain mean.
        result.value = weights > 0.0 ? weighted / weights : sum / counted;
        break;
    case Aggregation::Minimum:
        result.value = lowest;
        break;
    case Aggregation::Maximum:
        result.value = highest;
        break;
    case Aggregation::Count:
        break;
    }
    return result;
}

void PlanAnalysis::setThresholds(const IndicatorThresholds& indicators,
                                 const RecommendationThresholds& recommendations) {
    m_context.thresholds = indicators;
    m_recommendationThresholds = recommendations;
    recomputeAll();
}

void PlanAnalysis::recomputeAll() {
    m_indicators.clear();
    m_illustrativeMetrics.clear();
    m_recommendations.clear();
    m_summaries.clear();
    m_needs.clear();
    m_percentiles.clear();
    const auto districts = m_plan.districts();
    updateReference();
    QList<DistrictId> ids;
    for (const District* district : districts) {
        computeDistrict(*district);
        ids << district->id;
    }
    rank();
    summariseAll();
    emit analysisChanged(ids);
}

void PlanAnalysis::updateReference() {
    const auto& reference = m_plan.referenceEconomy();
    const geo::RegionCode province = m_plan.regions().province().code;
    m_context.planOutputBySector = outputBySector(m_plan.districts(), m_plan.sectors().size());
    if (auto output = reference.outputBySector(province, m_plan.sectors()); output) {
        m_context.provinceOutputBySector = std::move(*output);
        m_context.referenceSource = ReferenceSource::ReferenceEconomy;
        m_context.referenceIllustrative = reference.outputIllustrative(province);
    } else {
        // No complete table: the plan's districts are the only reference there is.
        m_context.provinceOutputBySector = m_context.planOutputBySector;
        m_context.referenceSource = ReferenceSource::PlanDistricts;
        m_context.referenceIllustrative = false;
    }
}

void PlanAnalysis::computeDistrict(const District& district) {
    DistrictIndicators result = computeIndicators(district, m_context);
    std::vector<Recommendation> list =
        recommend(district, result, m_context, m_recommendationThresholds);
    std::map<QString, double>& needs = m_needs[district.id];
    needs.clear();
    for (const Recommendation& r : list) {
        needs[r.ruleId] = r.need;
    }
    // Ranked in rank(), once every district's needs are in.
    m_recommendations[district.id] = std::move(list);
    std::vector<bool>& illustrative = m_illustrativeMetrics[district.id];
    illustrative.clear();
    for (const DistrictMetric& metric : districtMetrics()) {
        illustrative.push_back(metric.restsOnIllustrative(district, m_plan));
    }
    m_indicators[district.id] = std::move(result);
}

QList<DistrictId> PlanAnalysis::rank() {
    // Peer groups: the province, or districts of the same zone level and type when there are
    // enough of them.
    const auto districts = m_plan.districts();
    std::map<std::pair<int, int>, std::vector<const District*>> groups;
    for (const District* d : districts) {
        groups[{static_cast<int>(d->zoneLevel), static_cast<int>(d->type)}].push_back(d);
    }
    const auto peersOf = [&](const District& d) -> const std::vector<const District*>& {
        if (m_recommendationThresholds.peers == PeerGroup::ZoneLevelAndType) {
            const auto& group = groups[{static_cast<int>(d.zoneLevel), static_cast<int>(d.type)}];
            if (static_cast<int>(group.size()) >= m_recommendationThresholds.minimumPeers) {
                return group;
            }
        }
        return districts;
    };
    // Sorted needs per peer group and rule, 0 for a peer the rule does not fire for.
    std::map<std::pair<const void*, QString>, std::vector<double>> sorted;
    const auto needsOf = [&](const std::vector<const District*>& peers,
                             const QString& rule) -> const std::vector<double>& {
        auto& values = sorted[{&peers, rule}];
        if (values.empty()) {
            values.reserve(peers.size());
            for (const District* peer : peers) {
                const auto& needs = m_needs[peer->id];
                const auto it = needs.find(rule);
                values.push_back(it == needs.end() ? 0.0 : it->second);
            }
            std::sort(values.begin(), values.end());
        }
        return values;
    };
    QList<DistrictId> changed;
    for (const District* d : districts) {
        std::map<QString, double> percentiles;
        for (const auto& [rule, need] : m_needs[d->id]) {
            percentiles[rule] = needPercentile(need, needsOf(peersOf(*d), rule));
        }
        std::map<QString, double>& old = m_percentiles[d->id];
        if (old != percentiles) {
            old = std::move(percentiles);
            changed << d->id;
        }
        if (const auto it = m_recommendations.find(d->id); it != m_recommendations.end()) {
            rankRecommendations(it->second, old, m_recommendationThresholds);
        }
    }
    return changed;
}

void PlanAnalysis::onDistrictsChanged(const QList<DistrictId>& ids, DistrictField field) {
    if (field == DistrictField::Location) {
        // The district may have left a county or city: re-summarise everything, which is cheap.
        recomputeAll();
        return;
    }
    QList<DistrictId> changed = ids;
    if (field == DistrictField::Industries) {
        // The plan's output mix moved: every within-plan location quotient with it (and the
        // province's, when the plan's districts are the reference).
        updateReference();
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
    // A district's need moves every peer's percentile.
    for (DistrictId id : rank()) {
        if (!changed.contains(id)) {
            changed << id;
        }
    }
    if (field == DistrictField::Industries) {
        // Every district's location quotients moved, so every region's aggregate of them.
        summariseAll();
    } else {
        for (DistrictId id : ids) {
            if (const District* district = m_plan.district(id)) {
                summariseAround(*district);
            }
        }
    }
    emit analysisChanged(changed);
}

void PlanAnalysis::refreshProvinceRelative(DistrictId id) {
    computeRelativeIndicators(*m_plan.district(id), m_context, m_indicators[id]);
    // Only the leading-industry rule names location quotients: mark those texts stale. Its
    // need does not read them, so the ranking stands.
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
    summarise(region, m_plan.districtsIn(region));
}

void PlanAnalysis::summariseAll() {
    // One pass over the districts rather than one per region.
    std::map<geo::RegionCode, std::vector<const District*>> members;
    const geo::RegionCode province = m_plan.regions().province().code;
    members[province];
    for (geo::RegionLevel level : {geo::RegionLevel::City, geo::RegionLevel::County}) {
        for (const geo::Region* region : m_plan.regions().regionsAt(level)) {
            members[region->code];
        }
    }
    for (const District* district : m_plan.districts()) {
        members[province].push_back(district);
        for (geo::RegionCode host : {district->hostCity, district->hostCounty}) {
            const auto it = members.find(host);
            // A county that is its own city (Jiyuan) holds the district once.
            if (it != members.end() && host != province &&
                (host == district->hostCity || district->hostCounty != district->hostCity)) {
                it->second.push_back(district);
            }
        }
    }
    for (const auto& [code, districts] : members) {
        summarise(code, districts);
    }
}

void PlanAnalysis::summarise(geo::RegionCode region,
                             const std::vector<const District*>& districts) {
    RegionSummary s;
    s.code = region;
    s.districts = static_cast<int>(districts.size());
    for (const DistrictMetric& metric : districtMetrics()) {
        s.metrics.push_back(aggregate(districts, metric, metric.defaultAggregation));
    }
    const model::ReferenceEconomy& reference = m_plan.referenceEconomy();
    const model::ReferenceValue* gdp = reference.find(region, model::ReferenceEconomy::gdpItem());
    const model::ReferenceValue* rd =
        reference.find(region, model::ReferenceEconomy::rdSpendingItem());
    s.gdp = gdp ? gdp->value : kNaN;
    s.referenceRdSpending = rd ? rd->value : kNaN;
    s.rdShareOfGdp = gdp && rd && gdp->value > 0.0 ? rd->value / gdp->value : kNaN;
    s.rdGdpTier = rdTierOf(s.rdShareOfGdp, m_context.thresholds);
    s.referenceIllustrative =
        (gdp && gdp->provenance.isIllustrative()) || (rd && rd->provenance.isIllustrative());
    m_summaries[region] = s;
}

} // namespace agglomap::analysis
