#include "geo/region_hierarchy.h"

#include <gtest/gtest.h>

using namespace agglomap;
using geo::Region;
using geo::RegionKind;
using geo::RegionLevel;

namespace {

geo::MultiPolygon square(double x, double y) {
    geo::Polygon polygon;
    boost::geometry::read_wkt("POLYGON((" + std::to_string(x) + " " + std::to_string(y) + "," +
                                  std::to_string(x) + " " + std::to_string(y + 1) + "," +
                                  std::to_string(x + 1) + " " + std::to_string(y + 1) + "," +
                                  std::to_string(x + 1) + " " + std::to_string(y) + "," +
                                  std::to_string(x) + " " + std::to_string(y) + "))",
                              polygon);
    return {polygon};
}

std::vector<Region> smallProvince() {
    return {
        {410000, 0, RegionLevel::Province, RegionKind::Province, "河南省", "Henan", square(0, 0)},
        {410100, 410000, RegionLevel::City, RegionKind::City, "郑州市", "Zhengzhou", square(0, 0)},
        {410102, 410100, RegionLevel::County, RegionKind::UrbanDistrict, "中原区",
         "Zhongyuan District", square(0, 0)},
        {410122, 410100, RegionLevel::County, RegionKind::County, "中牟县", "Zhongmu County",
         square(1, 0)},
    };
}

} // namespace

TEST(RegionHierarchy, FindsChildrenOfACity) {
    const auto hierarchy = geo::RegionHierarchy::build(smallProvince());
    ASSERT_TRUE(hierarchy.ok()) << hierarchy.error().message.toStdString();
    EXPECT_EQ(hierarchy.value().province().code, 410000);
    EXPECT_EQ(hierarchy.value().children(410100).size(), 2u);
    EXPECT_EQ(hierarchy.value().regionsAt(RegionLevel::County).size(), 2u);
    EXPECT_EQ(hierarchy.value().find(410122)->nameEn, QStringLiteral("Zhongmu County"));
    EXPECT_EQ(hierarchy.value().find(999999), nullptr);
}

TEST(RegionHierarchy, RejectsDuplicateCodes) {
    auto regions = smallProvince();
    regions.push_back(regions.back());
    const auto hierarchy = geo::RegionHierarchy::build(regions);
    ASSERT_FALSE(hierarchy.ok());
    EXPECT_EQ(hierarchy.error().message,
              QStringLiteral("Region code 410122 (中牟县) appears more than once."));
}

TEST(RegionHierarchy, RejectsACountyWhoseParentIsNotACity) {
    auto regions = smallProvince();
    regions.back().parentCode = 410300;
    const auto hierarchy = geo::RegionHierarchy::build(regions);
    ASSERT_FALSE(hierarchy.ok());
    EXPECT_EQ(hierarchy.error().message,
              QStringLiteral("Region 410122 (中牟县) names parent 410300, which is not a city in "
                             "these boundaries."));
}

TEST(RegionHierarchy, RejectsBoundariesWithoutAProvince) {
    auto regions = smallProvince();
    regions.erase(regions.begin());
    const auto hierarchy = geo::RegionHierarchy::build(regions);
    ASSERT_FALSE(hierarchy.ok());
    EXPECT_TRUE(hierarchy.error().message.contains(QStringLiteral("exactly one province")));
}

TEST(RegionKeys, RoundTripThroughTheirDataFileWords) {
    for (auto kind : {RegionKind::Province, RegionKind::City, RegionKind::UrbanDistrict,
                      RegionKind::County, RegionKind::CountyLevelCity}) {
        EXPECT_EQ(geo::kindFromKey(geo::kindKey(kind)), kind);
    }
    EXPECT_EQ(geo::levelFromKey(QStringLiteral("county")), RegionLevel::County);
    EXPECT_FALSE(geo::levelFromKey(QStringLiteral("township")).has_value());
}
