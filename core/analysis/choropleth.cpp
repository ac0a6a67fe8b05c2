#include "analysis/choropleth.h"

#include "analysis/classification_method.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace agglomap::analysis {

namespace {

constexpr double kNoData = std::numeric_limits<double>::quiet_NaN();

std::unique_ptr<ClassificationMethod> methodFor(const ChoroplethSpec& spec) {
    if (spec.methodId == QLatin1String("manual")) {
        return manualClassification(spec.manualThresholds);
    }
    if (auto method = makeClassificationMethod(spec.methodId)) {
        return method;
    }
    return makeClassificationMethod(QStringLiteral("natural-breaks"));
}

std::vector<double> rawValues(const std::map<geo::RegionCode, RegionValue>& values) {
    std::vector<double> raw;
    raw.reserve(values.size());
    for (const auto& [code, region] : values) {
        raw.push_back(region.value);
    }
    return raw;
}

} // namespace

QString cityViewBreaksKey(CityViewBreaks breaks) {
    return breaks == CityViewBreaks::Province ? QStringLiteral("province")
                                              : QStringLiteral("shown");
}

std::optional<CityViewBreaks> cityViewBreaksFromKey(const QString& key) {
    if (key == QLatin1String("shown")) {
        return CityViewBreaks::ShownCounties;
    }
    if (key == QLatin1String("province")) {
        return CityViewBreaks::Province;
    }
    return std::nullopt;
}

Choropleth::Choropleth(ChoroplethSpec spec, std::map<geo::RegionCode, RegionValue> values)
    : m_spec(std::move(spec))
    , m_values(std::move(values)) {
    m_classification =
        methodFor(m_spec)->classify(rawValues(m_values), std::clamp(m_spec.classes, 1, 32));
    colourClasses();
}

void Choropleth::colourClasses() {
    for (auto& [code, region] : m_values) {
        region.classIndex = m_classification.classOf(region.value);
    }
    m_colours.clear();
    const ColourRampCatalogue& ramps = ColourRampCatalogue::builtIn();
    const ColourRamp* ramp = ramps.find(m_spec.rampId);
    if (!ramp) {
        ramp = ramps.find(QStringLiteral("YlOrRd"));
    }
    if (ramp && m_classification.classCount() > 0) {
        m_colours = ramp->colours(m_classification.classCount(), m_spec.direction);
    }
}

Choropleth Choropleth::fromPlan(const model::Plan& plan, const PlanAnalysis& analysis,
                                ChoroplethSpec spec, std::optional<geo::RegionCode> focusCity) {
    const DistrictMetric* metric = findDistrictMetric(spec.metricId);
    if (!metric) {
        metric = &districtMetrics().front();
        spec.metricId = metric->id;
    }
    if (focusCity) {
        spec.level = geo::RegionLevel::County;
    }
    auto values = aggregateRegionValues(plan, analysis, *metric, spec.aggregation, spec.level);
    if (!focusCity) {
        return Choropleth(std::move(spec), std::move(values));
    }
    std::map<geo::RegionCode, RegionValue> shown;
    for (const geo::Region* county : plan.regions().children(*focusCity)) {
        if (const auto it = values.find(county->code); it != values.end()) {
            shown.insert(*it);
        }
    }
    if (spec.cityViewBreaks == CityViewBreaks::ShownCounties) {
        Choropleth city(std::move(spec), std::move(shown));
        city.m_focusCity = focusCity;
        return city;
    }
    // The province's classes, counted over the counties in view.
    Choropleth city(spec, std::move(values));
    city.m_focusCity = focusCity;
    city.m_values = std::move(shown);
    city.m_classification = city.m_classification.recounted(rawValues(city.m_values));
    city.colourClasses();
    return city;
}

const RegionValue* Choropleth::value(geo::RegionCode code) const {
    const auto it = m_values.find(code);
    return it == m_values.end() ? nullptr : &it->second;
}

std::optional<Rgb> Choropleth::colourOf(geo::RegionCode code) const {
    const RegionValue* region = value(code);
    if (!region || !region->classIndex ||
        *region->classIndex >= static_cast<int>(m_colours.size())) {
        return std::nullopt;
    }
    return m_colours[static_cast<std::size_t>(*region->classIndex)];
}

Choropleth Choropleth::withColours(std::vector<Rgb> colours) const {
    Choropleth copy = *this;
    if (colours.size() == m_colours.size()) {
        copy.m_colours = std::move(colours);
    }
    return copy;
}

bool Choropleth::drawsSameAs(const Choropleth& other) const {
    if (m_spec.level != other.m_spec.level || m_colours != other.m_colours ||
        m_values.size() != other.m_values.size()) {
        return false;
    }
    return std::equal(m_values.begin(), m_values.end(), other.m_values.begin(),
                      [](const auto& a, const auto& b) {
                          return a.first == b.first && a.second.classIndex == b.second.classIndex;
                      });
}

bool Choropleth::anyIllustrative() const {
    return std::any_of(m_values.begin(), m_values.end(),
                       [](const auto& entry) { return entry.second.illustrative; });
}

int Choropleth::noDataCount() const {
    return m_classification.missingCount();
}

std::map<geo::RegionCode, RegionValue> aggregateRegionValues(const model::Plan& plan,
                                                             const PlanAnalysis& analysis,
                                                             const DistrictMetric& metric,
                                                             Aggregation aggregation,
                                                             geo::RegionLevel level) {
    std::map<geo::RegionCode, std::vector<const model::District*>> members;
    for (const geo::Region* region : plan.regions().regionsAt(level)) {
        members[region->code];
    }
    for (const model::District* district : plan.districts()) {
        const geo::RegionCode code = level == geo::RegionLevel::County ? district->hostCounty
                                     : level == geo::RegionLevel::City
                                         ? district->hostCity
                                         : plan.regions().province().code;
        if (const auto it = members.find(code); it != members.end()) {
            it->second.push_back(district);
        }
    }
    std::map<geo::RegionCode, RegionValue> result;
    for (const auto& [code, districts] : members) {
        result.emplace(code, analysis.aggregate(districts, metric, aggregation));
    }
    return result;
}

std::map<geo::RegionCode, RegionValue>
differenceValues(const std::map<geo::RegionCode, RegionValue>& baseline,
                 const std::map<geo::RegionCode, RegionValue>& scenario) {
    std::map<geo::RegionCode, RegionValue> result;
    for (const auto& [code, after] : scenario) {
        RegionValue difference = after;
        difference.classIndex.reset();
        const auto before = baseline.find(code);
        difference.value = before == baseline.end() ? kNoData : after.value - before->second.value;
        if (before != baseline.end()) {
            difference.illustrative = after.illustrative || before->second.illustrative;
        }
        result.emplace(code, difference);
    }
    return result;
}

} // namespace agglomap::analysis
