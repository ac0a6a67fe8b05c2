#include "geo/region.h"

#include "util/enum_keys.h"

#include <array>
#include <utility>

namespace agglomap::geo {

namespace {

constexpr EnumKeys<RegionLevel, 3> kLevelKeys{{
    {RegionLevel::Province, "province"},
    {RegionLevel::City, "city"},
    {RegionLevel::County, "county"},
}};

constexpr EnumKeys<RegionKind, 5> kKindKeys{{
    {RegionKind::Province, "province"},
    {RegionKind::City, "city"},
    {RegionKind::UrbanDistrict, "district"},
    {RegionKind::County, "county"},
    {RegionKind::CountyLevelCity, "county-level city"},
}};

} // namespace

QString levelKey(RegionLevel level) {
    return keyOf(kLevelKeys, level);
}
std::optional<RegionLevel> levelFromKey(const QString& key) {
    return valueOf(kLevelKeys, key);
}
QString kindKey(RegionKind kind) {
    return keyOf(kKindKeys, kind);
}
std::optional<RegionKind> kindFromKey(const QString& key) {
    return valueOf(kKindKeys, key);
}

} // namespace agglomap::geo
