#include "model/district.h"

#include "util/enum_keys.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace agglomap::model {

namespace {

constexpr EnumKeys<ZoneLevel, 4> kZoneLevels{{
    {ZoneLevel::State, "state"},
    {ZoneLevel::Provincial, "provincial"},
    {ZoneLevel::Municipal, "municipal"},
    {ZoneLevel::County, "county"},
}};

constexpr EnumKeys<DistrictType, 3> kDistrictTypes{{
    {DistrictType::HighTech, "high-tech"},
    {DistrictType::ClearlyPositioned, "clearly-positioned"},
    {DistrictType::Comprehensive, "comprehensive"},
}};

constexpr EnumKeys<DistrictField, 10> kFields{{
    {DistrictField::Name, "name"},
    {DistrictField::Location, "location"},
    {DistrictField::Classification, "classification"},
    {DistrictField::Area, "area"},
    {DistrictField::Industries, "industries"},
    {DistrictField::LeadingIndustries, "leading-industries"},
    {DistrictField::Infrastructure, "infrastructure"},
    {DistrictField::Innovation, "innovation"},
    {DistrictField::Finance, "finance"},
    {DistrictField::Linkages, "linkages"},
}};

} // namespace

QString zoneLevelKey(ZoneLevel level) {
    return keyOf(kZoneLevels, level);
}
std::optional<ZoneLevel> zoneLevelFromKey(const QString& key) {
    return valueOf(kZoneLevels, key);
}
QString districtTypeKey(DistrictType type) {
    return keyOf(kDistrictTypes, type);
}
std::optional<DistrictType> districtTypeFromKey(const QString& key) {
    return valueOf(kDistrictTypes, key);
}
QString fieldKey(DistrictField field) {
    return keyOf(kFields, field);
}
std::optional<DistrictField> fieldFromKey(const QString& key) {
    return valueOf(kFields, key);
}

const SectorActivity* District::activity(SectorIndex sector) const {
    const auto it = std::find_if(industries.begin(), industries.end(),
                                 [sector](const SectorActivity& a) { return a.sector == sector; });
    return it == industries.end() ? nullptr : &*it;
}

double District::totalOutput() const {
    return std::accumulate(industries.begin(), industries.end(), 0.0,
                           [](double sum, const SectorActivity& a) { return sum + a.outputValue; });
}

} // namespace agglomap::model
