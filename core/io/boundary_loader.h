#pragma once

#include "geo/region_hierarchy.h"
#include "util/result.h"

#include <QString>

namespace agglomap::io {

// The file names of one province's boundary set inside its folder of maps/.
inline constexpr const char* kProvinceFile = "province.geojson";
inline constexpr const char* kCitiesFile = "cities.geojson";
inline constexpr const char* kCountiesFile = "counties.geojson";

// Reads any OGR vector dataset whose features carry code, parent_code, level, kind, name_zh,
// name_en and a (multi)polygon in WGS84. Errors name the file, the feature and the field.
[[nodiscard]] Result<std::vector<geo::Region>> readRegions(const QString& path);

// Reads province, cities and counties from a folder such as maps/henan and checks they nest.
[[nodiscard]] Result<geo::RegionHierarchy> loadBoundaries(const QString& directory);

} // namespace agglomap::io
