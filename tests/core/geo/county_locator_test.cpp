#include "geo/county_locator.h"
#include "geo/label_point.h"
#include "geo/projection.h"
#include "io/boundaries/geos_polygons.h"
#include "io/ogr_geometry_conversion.h"
#include "support/test_data.h"

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <iostream>
#include <memory>

using namespace agglomap;
using geo::RegionLevel;
namespace bg = boost::geometry;

namespace {

const geo::RegionHierarchy& henan() {
    return test::bundledHierarchy(QStringLiteral("henan"));
}

constexpr geo::RegionCode kWeidu = 411002;   // 魏都区, the centre of Xuchang
constexpr geo::RegionCode kJian = 411023;    // 建安区, around it
constexpr geo::RegionCode kJinshui = 410105; // 金水区, Zhengzhou

// The middle of the widest gap, between 魏都区 and 建安区 in central Xuchang: the point of it
// farthest from any county (GEOS MaximumInscribedCircle, 146.6 m).
constexpr geo::LonLat kXuchangGapMiddle{113.825712, 33.992972};

struct Gaps {
    int count = 0;
    double areaKm2 = 0.0;
    // Whether some point of a gap lies farther than `metres` from every county.
    std::function<bool(double metres)> widerThan;
};

// The parts of the province that no county covers, measured in the plan's equal-area
// projection: the union of the counties, subtracted from the province (which fills them).
Gaps gapsBetweenCounties(const geo::RegionHierarchy& regions) {
    const auto projection = geo::Projection::albersEqualAreaFor(regions.extent()).value();
    std::vector<geo::MultiPolygon> counties;
    for (const geo::Region* county : regions.regionsAt(RegionLevel::County)) {
        counties.push_back(county->lonLat);
        projection.forwardInPlace(counties.back());
    }
    std::vector<const geo::MultiPolygon*> parts;
    for (const auto& county : counties) {
        parts.push_back(&county);
    }
    geo::MultiPolygon province = regions.province().lonLat;
    projection.forwardInPlace(province);
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    const auto united = io::unionOf(parts);
    std::shared_ptr<OGRGeometry> gaps(io::toOgr(province)->Difference(io::toOgr(*united).get()));
    Gaps result;
    const auto polygons = io::toMultiPolygon(*gaps).value_or(geo::MultiPolygon{});
    result.count = static_cast<int>(polygons.size());
    result.areaKm2 = bg::area(polygons) / 1e6;
    result.widerThan = [gaps](double metres) {
        const std::unique_ptr<OGRGeometry> core(gaps->Buffer(-metres));
        return core && !core->IsEmpty();
    };
    return result;
}

} // namespace

// The measurement behind CountyLocator::kGapToleranceMetres: AMap drew each county on its own
// grid, so neighbours do not always share their edges.
TEST(CountyGaps, HenansCountiesLeave38GapsNoPointOfWhichIsFartherThan150MetresFromACounty) {
    const Gaps gaps = gapsBetweenCounties(henan());
    std::cout << "[ measure ] Henan: " << gaps.count << " gaps between counties, " << gaps.areaKm2
              << " km² in all\n";
    EXPECT_EQ(gaps.count, 38);
    EXPECT_NEAR(gaps.areaKm2, 0.81, 0.01);
    EXPECT_TRUE(gaps.widerThan(140.0)); // the Xuchang gap, 146.6 m from edge to middle
    EXPECT_FALSE(gaps.widerThan(150.0));
    EXPECT_LT(150.0, geo::CountyLocator::kGapToleranceMetres);
}

TEST(CountyGaps, NingxiasCountiesLeaveNone) {
    EXPECT_EQ(gapsBetweenCounties(test::bundledHierarchy(QStringLiteral("ningxia"))).count, 0);
}

TEST(CountyLocator, APointInsideACountyIsInIt) {
    const geo::CountyLocator locator(henan());
    const geo::Point inside = geo::labelPoint(henan().find(kJinshui)->lonLat);
    const auto placed = locator.place({inside.x(), inside.y()});
    ASSERT_TRUE(placed);
    EXPECT_EQ(placed->county->code, kJinshui);
    EXPECT_FALSE(placed->inGap());
}

TEST(CountyLocator, APointInTheXuchangGapGoesToTheNearestCountyWithAWarning) {
    const geo::CountyLocator locator(henan());
    const geo::Point point(kXuchangGapMiddle.lon, kXuchangGapMiddle.lat);
    for (const geo::Region* county : henan().regionsAt(RegionLevel::County)) {
        ASSERT_FALSE(bg::covered_by(point, county->lonLat)) << county->code;
    }
    const auto placed = locator.place(kXuchangGapMiddle);
    ASSERT_TRUE(placed);
    EXPECT_TRUE(placed->inGap());
    EXPECT_NEAR(placed->metresOutside, 146.6, 1.0);
    EXPECT_TRUE(placed->county->code == kWeidu || placed->county->code == kJian)
        << placed->county->code;

    // Nearer 魏都区's edge: a point 0.0005° (about 50 m) west of the middle.
    const auto west = locator.place({kXuchangGapMiddle.lon - 0.0005, kXuchangGapMiddle.lat});
    ASSERT_TRUE(west);
    EXPECT_TRUE(west->inGap());
    EXPECT_EQ(west->county->code, kWeidu);
}

TEST(CountyLocator, APointFarOutsideTheProvinceIsInNoCounty) {
    const geo::CountyLocator locator(henan());
    EXPECT_FALSE(locator.place({116.40, 39.90})); // Beijing
    EXPECT_FALSE(locator.place({0.0, 0.0}));
    EXPECT_FALSE(locator.place({std::nan(""), 34.0}));
}

TEST(CountyLocator, BeyondTheProvincesEdgeOnlyTheToleranceCounts) {
    // The province's northernmost vertex, and points due north of it.
    geo::Point north(0.0, -90.0);
    bg::for_each_point(henan().province().lonLat, [&north](const geo::Point& point) {
        if (point.y() > north.y()) {
            north = point;
        }
    });
    const geo::CountyLocator locator(henan());
    constexpr double kMetresPerDegree = 111195.0;
    const auto near = locator.place({north.x(), north.y() + 100.0 / kMetresPerDegree});
    ASSERT_TRUE(near);
    EXPECT_TRUE(near->inGap());
    EXPECT_NEAR(near->metresOutside, 100.0, 1.0);
    EXPECT_FALSE(locator.place({north.x(), north.y() + 250.0 / kMetresPerDegree}));
}
