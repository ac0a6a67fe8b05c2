#include "geo/gcj02.h"

#include <cmath>
#include <numbers>

namespace agglomap::geo {

namespace {

constexpr double kPi = std::numbers::pi;
// Krasovsky 1940 ellipsoid, as used by the GCJ-02 formula.
constexpr double kSemiMajor = 6378245.0;
constexpr double kEccentricitySquared = 0.00669342162296594323;

double offsetLat(double x, double y) {
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

} // namespace

bool isInsideGcj02Area(LonLat wgs84) {
    return wgs84.lon >= 72.004 && wgs84.lon <= 137.8347 && wgs84.lat >= 0.8293 &&
           wgs84.lat <= 55.8271;
}

LonLat wgs84ToGcj02(LonLat wgs84) {
    if (!isInsideGcj02Area(wgs84)) {
        return wgs84;
    }
    const double x = wgs84.lon - 105.0;
    const double y = wgs84.lat - 35.0;
    double dLat = offsetLat(x, y);
    double dLon = offsetLon(x, y);
    const double radLat = wgs84.lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1.0 - kEccentricitySquared * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat =
        (dLat * 180.0) / ((kSemiMajor * (1.0 - kEccentricitySquared)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kSemiMajor / sqrtMagic * std::cos(radLat) * kPi);
    return {wgs84.lon + dLon, wgs84.lat + dLat};
}

LonLat gcj02ToWgs84(LonLat gcj02) {
    // The offset varies slowly (well under 1e-3 per degree), so x <- x - (f(x) - target)
    // contracts quickly; 1e-11 degrees is about a micrometre.
    LonLat estimate = gcj02;
    for (int iteration = 0; iteration < 30; ++iteration) {
        const LonLat forward = wgs84ToGcj02(estimate);
        const double errLon = forward.lon - gcj02.lon;
        const double errLat = forward.lat - gcj02.lat;
        estimate.lon -= errLon;
        estimate.lat -= errLat;
        if (std::abs(errLon) < 1e-11 && std::abs(errLat) < 1e-11) {
            break;
        }
    }
    return estimate;
}

double distanceMetres(LonLat a, LonLat b) {
    constexpr double kEarthRadius = 6371008.8;
    const double toRad = kPi / 180.0;
    const double dLat = (b.lat - a.lat) * toRad;
    const double dLon = (b.lon - a.lon) * toRad;
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(a.lat * toRad) * std::cos(b.lat * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace agglomap::geo
