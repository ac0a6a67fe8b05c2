#include "geo/region.h"

#include <array>
#include <utility>

namespace agglomap::geo {

namespace {

constexpr std::array<std::pair<RegionLevel, const char*>, 3> kLevelKeys{{
    {RegionLevel::Province, "province"},
    {RegionLevel::City, "city"},
    {RegionLevel::County, "county"},
}};

constexpr std::array<std::pair<RegionKind, const char*>, 5> kKindKeys{{
    {RegionKind::Province, "province"},
    {RegionKind::City, "city"},
    {RegionKind::UrbanDistrict, "district"},
    {RegionKind::County, "county"},
    {RegionKind::CountyLevelCity, "county-level city"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [candidate, key] : table) {
        if (candidate == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key) {
    for (const auto& [candidate, candidateKey] : table) {
        if (key == QLatin1String(candidateKey)) {
            return candidate;
        }
    }
    return std::nullopt;
}

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
