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
    const auto it = m_metricCache.find(id);
    return it != m_metricCache.end() && it->second.illustrative[metricIndex(metric)];
}

namespace {

// One metric's districts becoming a region's value: the one rule, whether one metric is asked
// for (the map) or every metric at once (the summaries).
class Accumulator {
public:
    void add(double value, double weight, bool illustrative) {
        ++m_districts;
        m_illustrative = m_illustrative || illustrative;
        if (std::isnan(value)) {
            return;
        }
        m_sum += value;
        if (weight > 0.0) {
            m_weighted += value * weight;
            m_weights += weight;
        }
        m_lowest = std::min(m_lowest, value);
        m_highest = std::max(m_highest, value);
        ++m_counted;
    }

    [[nodiscard]] RegionValue result(Aggregation aggregation) const {
        RegionValue region;
        region.districts = m_districts;
        region.illustrative = m_illustrative;
        if (m_districts == 0) {
            return region;
        }
        if (aggregation == Aggregation::Count) {
            region.value = m_districts;
            return region;
        }
        if (m_counted == 0) {
            return region;
        }
        switch (aggregation) {
        case Aggregation::Sum:
            region.value = m_sum;
            break;
        case Aggregation::Mean:
            region.value = m_sum / m_counted;
            break;
        case Aggregation::WeightedMean:
            // No district with a weight (all without output, say): their plain mean.
            region.value = m_weights > 0.0 ? m_weighted / m_weights : m_sum / m_counted;
            break;
        case Aggregation::Minimum:
            region.value = m_lowest;
            break;
        case Aggregation::Maximum:
            region.value = m_highest;
            break;
        case Aggregation::Count:
            break;
        }
        // The value limits keep sums finite; should one still overflow, the region shows no
        // data rather than an "inf" in legends and files.
        if (!std::isfinite(region.value)) {
            region.value = std::numeric_limits<double>::quiet_NaN();
        }
        return region;
    }

private:
    double m_sum = 0.0;
    double m_weighted = 0.0;
    double m_weights = 0.0;
    double m_lowest = std::numeric_limits<double>::infinity();
    double m_highest = -std::numeric_limits<double>::infinity();
    int m_counted = 0;
    int m_districts = 0;
    bool m_illustrative = false;
};

} // namespace

RegionValue PlanAnalysis::aggregate(const std::vector<const District*>& districts,
                                    const DistrictMetric& metric, Aggregation aggregation) const {
    const std::size_t k = metricIndex(metric);
    Accumulator accumulator;
    for (const District* district : districts) {
        if (const auto it = m_metricCache.find(district->id); it != m_metricCache.end()) {
            accumulator.add(it->second.values[k], it->second.weights[k],
                            it->second.illustrative[k]);
        }
    }
    return accumulator.result(aggregation);
}

void PlanAnalysis::cacheMetrics(const District& district) {
    const DistrictIndicators& indicators = m_indicators.at(district.id);
    MetricCache& cache = m_metricCache[district.id];
    const bool illustrativeKnown = !cache.illustrative.empty();
    cache.values.clear();
    cache.weights.clear();
    if (!illustrativeKnown) {
        for (const DistrictMetric& metric : districtMetrics()) {
            cache.illustrative.push_back(metric.restsOnIllustrative(district, m_plan));
        }
    }
    for (const DistrictMetric& metric : districtMetrics()) {
        cache.values.push_back(metric.value(district, indicators));
        cache.weights.push_back(metric.weightOf(district, indicators));
    }
}

void PlanAnalysis::setThresholds(const IndicatorThresholds& indicators,
                                 const RecommendationThresholds& recommendations) {
    m_context.thresholds = indicators;
    m_recommendationThresholds = recommendations;
    recomputeAll();
}

void PlanAnalysis::recomputeAll() {
    m_indicators.clear();
    m_metricCache.clear();
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
    m_indicators[district.id] = std::move(result);
    m_metricCache.erase(district.id); // its provenance may have changed too
    cacheMetrics(district);
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
    cacheMetrics(*m_plan.district(id)); // values only: its provenance did not change
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
    // Every metric in one pass over the districts.
    const auto& metrics = districtMetrics();
    std::vector<Accumulator> accumulators(metrics.size());
    for (const District* district : districts) {
        const auto it = m_metricCache.find(district->id);
        if (it == m_metricCache.end()) {
            continue;
        }
        for (std::size_t k = 0; k < metrics.size(); ++k) {
            accumulators[k].add(it->second.values[k], it->second.weights[k],
                                it->second.illustrative[k]);
        }
    }
    for (std::size_t k = 0; k < metrics.size(); ++k) {
        s.metrics.push_back(accumulators[k].result(metrics[k].defaultAggregation));
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
