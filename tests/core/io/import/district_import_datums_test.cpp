#include "core/io/import/district_import_fixture.h"

#include "geo/chinese_datums.h"

#include <cmath>

using namespace agglomap;
using test::dataTable;
using test::henanDistrict;
using test::mappingById;
using test::prepared;

TEST(ChineseDatums, Bd09MatchesThePublishedFormulasResults) {
    // The reference values of wandergis/coordtransform, which most Chinese tools copy.
    const geo::LonLat bd09 = geo::gcj02ToBd09({116.404, 39.915});
    EXPECT_NEAR(bd09.lon, 116.41036949371029, 1e-9);
    EXPECT_NEAR(bd09.lat, 39.92133699351021, 1e-9);
    const geo::LonLat gcj02 = geo::bd09ToGcj02({116.404, 39.915});
    EXPECT_NEAR(gcj02.lon, 116.39762729119315, 1e-9);
    EXPECT_NEAR(gcj02.lat, 39.90865673957631, 1e-9);
}

TEST(ChineseDatums, Bd09MatchesBaiduMapsForBeijingRailwayStation) {
    // The station as AMap (GCJ-02) and Baidu Maps (BD-09) place it.
    const geo::LonLat bd09 = geo::gcj02ToBd09({116.42703, 39.90245});
    EXPECT_NEAR(bd09.lon, 116.43351, 1e-5);
    EXPECT_NEAR(bd09.lat, 39.90851, 1e-5);
}

TEST(ChineseDatums, Bd09InverseReturnsToGcj02WithinAFewDecimetres) {
    // Baidu publishes no exact inverse; the public one is off by up to 2e-6 degrees.
    for (const geo::LonLat gcj02 : {geo::LonLat{113.6254, 34.7466}, geo::LonLat{110.4, 31.4},
                                    geo::LonLat{116.6, 36.3}, geo::LonLat{116.397428, 39.90923}}) {
        const geo::LonLat back = geo::bd09ToGcj02(geo::gcj02ToBd09(gcj02));
        EXPECT_NEAR(back.lon, gcj02.lon, 2.5e-6);
        EXPECT_NEAR(back.lat, gcj02.lat, 2.5e-6);
    }
}

TEST(ChineseDatums, KeysRoundTrip) {
    for (const auto datum :
         {geo::LonLatDatum::Wgs84, geo::LonLatDatum::Gcj02, geo::LonLatDatum::Bd09}) {
        EXPECT_EQ(geo::datumFromKey(geo::datumKey(datum)), datum);
    }
    EXPECT_EQ(geo::datumFromKey(QStringLiteral("BD09")), geo::LonLatDatum::Bd09);
    EXPECT_FALSE(geo::datumFromKey(QStringLiteral("cgcs2000")).has_value());
}

namespace {

// Moves district 1 to district 2's place, given in the datum, and returns where it lands.
model::District movedThrough(geo::LonLatDatum datum) {
    const geo::LonLat wgs84 = henanDistrict(2).location;
    const geo::LonLat given = geo::fromWgs84(wgs84, datum);
    auto mapping =
        mappingById(QStringLiteral("id"), {{QStringLiteral("lon"), QStringLiteral("lng")},
                                           {QStringLiteral("lat"), QStringLiteral("lat")}});
    mapping.datum = datum;
    const auto outcome =
        prepared(dataTable({QStringLiteral("id"), QStringLiteral("lng"), QStringLiteral("lat")},
                           {{QStringLiteral("1"), QString::number(given.lon, 'f', 8),
                             QString::number(given.lat, 'f', 8)}}),
                 mapping);
    if (outcome.updated.size() != 1) {
        ADD_FAILURE() << "district 1 did not move";
        return {};
    }
    return outcome.updated.front();
}

} // namespace

TEST(PrepareImport, ReadsBaiduCoordinatesIntoWgs84) {
    const geo::LonLat wgs84 = henanDistrict(2).location;
    const geo::LonLat bd09 = geo::fromWgs84(wgs84, geo::LonLatDatum::Bd09);
    // Baidu's offset is large enough that reading it as WGS84 would misplace the district.
    ASSERT_GT(std::abs(bd09.lon - wgs84.lon), 1e-3);
    const model::District moved = movedThrough(geo::LonLatDatum::Bd09);
    EXPECT_NEAR(moved.location.lon, wgs84.lon, 1e-5);
    EXPECT_NEAR(moved.location.lat, wgs84.lat, 1e-5);
    EXPECT_EQ(moved.hostCounty, henanDistrict(2).hostCounty);
}

TEST(PrepareImport, ReadsAMapCoordinatesIntoWgs84) {
    const geo::LonLat wgs84 = henanDistrict(2).location;
    const model::District moved = movedThrough(geo::LonLatDatum::Gcj02);
    EXPECT_NEAR(moved.location.lon, wgs84.lon, 1e-6);
    EXPECT_NEAR(moved.location.lat, wgs84.lat, 1e-6);
    EXPECT_EQ(moved.hostCounty, henanDistrict(2).hostCounty);
}
