#include "geo/chinese_datums.h"

#include "geo/gcj02.h"

#include <cmath>
#include <numbers>

namespace agglomap::geo {

namespace {

// The constant of Baidu's formula: pi * 3000 / 180.
constexpr double kBdScale = std::numbers::pi * 3000.0 / 180.0;

} // namespace

QString datumKey(LonLatDatum datum) {
    switch (datum) {
    case LonLatDatum::Wgs84:
        return QStringLiteral("wgs84");
    case LonLatDatum::Gcj02:
        return QStringLiteral("gcj02");
    case LonLatDatum::Bd09:
        return QStringLiteral("bd09");
    }
    return {};
}

std::optional<LonLatDatum> datumFromKey(const QString& key) {
    for (const auto datum : {LonLatDatum::Wgs84, LonLatDatum::Gcj02, LonLatDatum::Bd09}) {
        if (key.compare(datumKey(datum), Qt::CaseInsensitive) == 0) {
            return datum;
        }
    }
    return std::nullopt;
}

LonLat gcj02ToBd09(LonLat gcj02) {
    const double x = gcj02.lon;
    const double y = gcj02.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBdScale);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBdScale);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(LonLat bd09) {
    const double x = bd09.lon - 0.0065;
    const double y = bd09.lat - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBdScale);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBdScale);
    return {z * std::cos(theta), z * std::sin(theta)};
}

LonLat toWgs84(LonLat point, LonLatDatum datum) {
    switch (datum) {
    case LonLatDatum::Wgs84:
        return point;
    case LonLatDatum::Gcj02:
        return gcj02ToWgs84(point);
    case LonLatDatum::Bd09:
        return gcj02ToWgs84(bd09ToGcj02(point));
    }
    return point;
}

LonLat fromWgs84(LonLat wgs84, LonLatDatum datum) {
    switch (datum) {
    case LonLatDatum::Wgs84:
        return wgs84;
    case LonLatDatum::Gcj02:
        return wgs84ToGcj02(wgs84);
    case LonLatDatum::Bd09:
        return gcj02ToBd09(wgs84ToGcj02(wgs84));
    }
    return wgs84;
}

} // namespace agglomap::geo
