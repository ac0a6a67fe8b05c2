#pragma once

#include "geo/geometry.h"

#include <QString>

#include <optional>

namespace agglomap::geo {

// The datums coordinates reach a planning office in: WGS84 from GPS and official data, GCJ-02
// from maps published in China (AMap, Tencent), BD-09 from Baidu Maps, which offsets GCJ-02 again.
enum class LonLatDatum { Wgs84, Gcj02, Bd09 };

// "wgs84", "gcj02", "bd09": for files and the command line.
[[nodiscard]] QString datumKey(LonLatDatum datum);
[[nodiscard]] std::optional<LonLatDatum> datumFromKey(const QString& key);

// Baidu's public BD-09 formula on top of GCJ-02; its inverse is exact to about a metre, as
// every published implementation is (Baidu gives no closed inverse).
[[nodiscard]] LonLat gcj02ToBd09(LonLat gcj02);
[[nodiscard]] LonLat bd09ToGcj02(LonLat bd09);

// A point in any of the datums, in WGS84 (the plan's datum).
[[nodiscard]] LonLat toWgs84(LonLat point, LonLatDatum datum);
[[nodiscard]] LonLat fromWgs84(LonLat wgs84, LonLatDatum datum);

} // namespace agglomap::geo
