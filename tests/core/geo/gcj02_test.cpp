#include "geo/gcj02.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

using namespace agglomap;
using geo::LonLat;

namespace {

struct ReferencePoint {
    QString name;
    LonLat wgs84;
    LonLat gcj02;
};

std::vector<ReferencePoint> referencePoints() {
    std::vector<ReferencePoint> points;
    for (const QStringList& row :
         test::readCsv(test::dataFile(QStringLiteral("gcj02_reference.csv")))) {
        points.push_back({row[0],
                          {row[1].toDouble(), row[2].toDouble()},
                          {row[3].toDouble(), row[4].toDouble()}});
    }
    return points;
}

} // namespace

TEST(Gcj02, ReferenceFileCoversHenanNingxiaAndBeijing) {
    EXPECT_GE(referencePoints().size(), 15u);
}

// Reference values from an independent implementation (npm coordtransform 2.1.2).
TEST(Gcj02, ForwardMatchesIndependentReferenceWithinOneMetre) {
    for (const auto& point : referencePoints()) {
        const LonLat computed = geo::wgs84ToGcj02(point.wgs84);
        EXPECT_LT(geo::distanceMetres(computed, point.gcj02), 1.0) << point.name.toStdString();
    }
}

TEST(Gcj02, InverseRecoversWgs84FromReferenceWithinOneMetre) {
    for (const auto& point : referencePoints()) {
        const LonLat computed = geo::gcj02ToWgs84(point.gcj02);
        EXPECT_LT(geo::distanceMetres(computed, point.wgs84), 1.0) << point.name.toStdString();
    }
}

TEST(Gcj02, RoundTripStaysWithinHalfAMetreAcrossBothProvinces) {
    for (double lon = 104.0; lon <= 117.0; lon += 0.37) {
        for (double lat = 31.0; lat <= 39.5; lat += 0.29) {
            const LonLat start{lon, lat};
            const LonLat back = geo::gcj02ToWgs84(geo::wgs84ToGcj02(start));
            ASSERT_LT(geo::distanceMetres(start, back), 0.5) << lon << ", " << lat;
        }
    }
}

TEST(Gcj02, OffsetInHenanIsHundredsOfMetres) {
    const LonLat zhengzhou{113.6254, 34.7466};
    const double offset = geo::distanceMetres(zhengzhou, geo::wgs84ToGcj02(zhengzhou));
    EXPECT_GT(offset, 400.0);
    EXPECT_LT(offset, 700.0);
}

TEST(Gcj02, OutsideChinaIsUnchanged) {
    const LonLat london{-0.1276, 51.5072};
    const LonLat converted = geo::wgs84ToGcj02(london);
    EXPECT_DOUBLE_EQ(converted.lon, london.lon);
    EXPECT_DOUBLE_EQ(converted.lat, london.lat);
}

TEST(Gcj02, HaversineDistanceOfOneDegreeOfLatitudeIsAbout111Km) {
    EXPECT_NEAR(geo::distanceMetres({113.0, 34.0}, {113.0, 35.0}), 111195.0, 50.0);
}
