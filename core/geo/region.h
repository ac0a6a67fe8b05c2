#pragma once

#include "geo/geometry.h"

#include <QString>

#include <optional>

namespace agglomap::geo {

// Administrative division code (GB/T 2260), e.g. 410300 for Luoyang.
using RegionCode = int;

enum class RegionLevel { Province, City, County };

// What an administrative unit is; it decides the English suffix ("Xinxiang County").
enum class RegionKind { Province, City, UrbanDistrict, County, CountyLevelCity };

enum class LabelLanguage { Chinese, English };

struct Region {
    RegionCode code = 0;
    RegionCode parentCode = 0; // 0 for a province
    RegionLevel level = RegionLevel::County;
    RegionKind kind = RegionKind::County;
    QString nameZh;
    QString nameEn;
    MultiPolygon lonLat; // WGS84, corrected orientation

    [[nodiscard]] const QString& name(LabelLanguage language) const {
        return language == LabelLanguage::Chinese ? nameZh : nameEn;
    }
};

// Stable lower-case words used in data files: "province", "city", "county".
[[nodiscard]] QString levelKey(RegionLevel level);
[[nodiscard]] std::optional<RegionLevel> levelFromKey(const QString& key);
// "province", "city", "district", "county", "county-level city".
[[nodiscard]] QString kindKey(RegionKind kind);
[[nodiscard]] std::optional<RegionKind> kindFromKey(const QString& key);

} // namespace agglomap::geo
