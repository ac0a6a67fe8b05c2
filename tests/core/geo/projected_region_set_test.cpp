#include "geo/gcj02.h"
#include "geo/projected_region_set.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

using namespace agglomap;
using geo::RegionLevel;

namespace {

struct Town {
    QString name;
    geo::LonLat wgs84;
    geo::RegionCode expectedCode;
};

std::vector<Town> towns() {
    std::vector<Town> result;
    for (const QStringList& row :
         test::readCsv(test::dataFile(QStringLiteral("town_points.csv")))) {
        result.push_back({row[0], {row[1].toDouble(), row[2].toDouble()}, row[3].toInt()});
    }
    return result;
}

QString provinceOf(geo::RegionCode code) {
    return code / 10000 == 41 ? QStringLiteral("henan") : QStringLiteral("ningxia");
}

} // namespace

// GeoNames town points (WGS84) land in their county through projection, R-tree and exact test.
// The towns lie at least 4.8 km inside their county, so this does not see the 0.5 km datum
// shift; BoundaryBuilderTest checks that.
TEST(ProjectedRegionSet, GeoNamesTownsLandInTheirCounties) {
    const auto all = towns();
    ASSERT_GE(all.size(), 14u);
    int henan = 0;
    for (const Town& town : all) {
        const auto& hierarchy = test::bundledHierarchy(provinceOf(town.expectedCode));
        const auto projection = geo::Projection::albersEqualAreaFor(hierarchy.extent());
        ASSERT_TRUE(projection.ok());
        const geo::ProjectedRegionSet counties(hierarchy.regionsAt(RegionLevel::County),
                                               projection.value());
        const auto found = counties.regionAt(projection.value().forward(town.wgs84));
        ASSERT_TRUE(found.has_value()) << town.name.toStdString();
        EXPECT_EQ(*found, town.expectedCode) << town.name.toStdString();
        henan += provinceOf(town.expectedCode) == QLatin1String("henan") ? 1 : 0;
    }
    EXPECT_GE(henan, 10);
}

TEST(ProjectedRegionSet, CountyHitAlsoFindsItsCity) {
    const auto& hierarchy = test::bundledHierarchy(QStringLiteral("henan"));
    const auto projection = geo::Projection::albersEqualAreaFor(hierarchy.extent()).value();
    const geo::ProjectedRegionSet cities(hierarchy.regionsAt(RegionLevel::City), projection);
    // Luanchuan's county seat lies in Luoyang.
    EXPECT_EQ(cities.regionAt(projection.forward({111.6077, 33.7839})), 410300);
}

TEST(ProjectedRegionSet, PointsOutsideTheProvinceHitNothing) {
    const auto& hierarchy = test::bundledHierarchy(QStringLiteral("henan"));
    const auto projection = geo::Projection::albersEqualAreaFor(hierarchy.extent()).value();
    const geo::ProjectedRegionSet counties(hierarchy.regionsAt(RegionLevel::County), projection);
    EXPECT_FALSE(counties.regionAt(projection.forward({116.40, 39.90})).has_value()); // Beijing
    EXPECT_FALSE(counties.regionAt(projection.forward({117.20, 31.80})).has_value()); // Hefei
}

TEST(ProjectedRegionSet, CoarserLevelsOfDetailHaveFewerVertices) {
    const auto& hierarchy = test::bundledHierarchy(QStringLiteral("henan"));
    const auto projection = geo::Projection::albersEqualAreaFor(hierarchy.extent()).value();
    const geo::ProjectedRegionSet counties(hierarchy.regionsAt(RegionLevel::County), projection);
    EXPECT_GT(counties.vertexCount(0), 200000u);
    for (std::size_t lod = 1; lod < geo::ProjectedRegionSet::kLodTolerances.size(); ++lod) {
        EXPECT_LT(counties.vertexCount(lod), counties.vertexCount(lod - 1) * 9 / 10) << lod;
    }
    // A whole-province view (about 400 m a pixel) draws a small fraction of the vertices.
    EXPECT_LT(counties.vertexCount(geo::ProjectedRegionSet::lodFor(400.0)),
              counties.vertexCount(0) / 4);
}

TEST(ProjectedRegionSet, LevelOfDetailFollowsPixelSize) {
    EXPECT_EQ(geo::ProjectedRegionSet::lodFor(10.0), 0u);  // 60 m would show at 10 m a pixel
    EXPECT_EQ(geo::ProjectedRegionSet::lodFor(100.0), 1u); // 60 m
    EXPECT_EQ(geo::ProjectedRegionSet::lodFor(400.0), 3u); // 250 m
    EXPECT_EQ(geo::ProjectedRegionSet::lodFor(50000.0), 7u);
}
