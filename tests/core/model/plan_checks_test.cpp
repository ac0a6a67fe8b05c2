#include "geo/boundary_extent.h"
#include "geo/county_locator.h"
#include "model/plan_checks.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

#include <limits>

using namespace agglomap;
using model::PlanFinding;

namespace {

constexpr geo::RegionCode kWeidu = 411002;   // 魏都区, the centre of Xuchang
constexpr geo::RegionCode kJian = 411023;    // 建安区, around it
constexpr geo::RegionCode kJinshui = 410105; // 金水区, Zhengzhou

// In the gap between 魏都区 and 建安区, nearer 魏都区 (tests/core/geo/county_locator_test.cpp).
constexpr geo::LonLat kInXuchangGap{113.825212, 33.992972};

const geo::RegionHierarchy& henan() {
    return test::bundledHierarchy(QStringLiteral("henan"));
}

std::vector<PlanFinding> locationFindings(geo::RegionCode county, geo::LonLat location) {
    model::Plan plan(std::make_shared<const geo::RegionHierarchy>(henan()),
                     model::SectorCatalogue::standard());
    model::District district;
    district.nameZh = QStringLiteral("许昌产业集聚区");
    district.hostCounty = county;
    district.location = location;
    EXPECT_TRUE(plan.addDistrict(std::move(district)));
    std::vector<PlanFinding> findings;
    for (PlanFinding& finding : model::checkPlan(plan)) {
        if (finding.message.contains(QStringLiteral("its location"))) {
            findings.push_back(std::move(finding));
        }
    }
    return findings;
}

// Henan's regions with 金水区's boundary replaced by `shape`.
geo::RegionHierarchy henanWithJinshui(const geo::MultiPolygon& shape) {
    std::vector<geo::Region> regions = henan().regions();
    for (geo::Region& region : regions) {
        if (region.code == kJinshui) {
            region.lonLat = shape;
        }
    }
    return geo::RegionHierarchy::build(std::move(regions)).value();
}

geo::MultiPolygon rectangle(double west, double south, double east, double north) {
    geo::Polygon polygon;
    polygon.outer() = {{west, south}, {west, north}, {east, north}, {east, south}, {west, south}};
    return {polygon};
}

} // namespace

TEST(PlanChecks, ADistrictInAGapBesideItsCountyIsANoteNotAProblem) {
    const auto placed = geo::CountyLocator(henan()).place(kInXuchangGap);
    ASSERT_TRUE(placed && placed->inGap());
    const auto findings = locationFindings(kWeidu, kInXuchangGap);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].kind, PlanFinding::Kind::Note);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("District 1 (许昌产业集聚区): its location (113.82521, 33.99297) lies "
                             "in a gap between county boundaries, %1 m from its county 魏都区 "
                             "(411002), the nearest; it is counted in 魏都区.")
                  .arg(placed->metresOutside, 0, 'f', 0));
}

TEST(PlanChecks, ADistrictInAGapNearerAnotherCountyIsAProblem) {
    const auto findings = locationFindings(kJian, kInXuchangGap);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].kind, PlanFinding::Kind::Problem);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("District 1 (许昌产业集聚区): its location (113.82521, 33.99297) lies "
                             "outside its county 建安区 (411023); move it or correct its county."));
}

TEST(PlanChecks, TheBundledBoundariesHaveNoBoundaryProblems) {
    EXPECT_TRUE(model::checkBoundaries(henan(), geo::plausibleExtent(henan().extent())).empty());
    EXPECT_TRUE(model::checkBoundaries(henan(), geo::chinaExtent()).empty());
}

TEST(PlanChecks, ABoundarySpanningTheWorldIsAProblem) {
    const auto findings = model::checkBoundaries(henanWithJinshui(rectangle(-180, -90, 180, 90)),
                                                 geo::plausibleExtent(henan().extent()));
    // 金水区 only: its city and the province keep their outlines here.
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].kind, PlanFinding::Kind::Problem);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("Region 410105 (金水区): its boundary spans -180.00 to 180.00°E, "
                             "-90.00 to 90.00°N, beyond 110.16 to 116.85°E, 31.18 to 36.57°N, "
                             "where the province's boundaries can lie; replace the boundaries "
                             "with official ones (agglomap import --boundaries) or open a backup "
                             "copy."));
}

TEST(PlanChecks, ABoundaryWithNaNCoordinatesIsAProblem) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto findings = model::checkBoundaries(
        henanWithJinshui(rectangle(113.6, 34.7, nan, 34.9)), geo::chinaExtent());
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("Region 410105 (金水区): its boundary has coordinates that are not "
                             "numbers (NaN or infinite); replace the boundaries with official "
                             "ones (agglomap import --boundaries) or open a backup copy."));
}

TEST(PlanChecks, ABoundaryWithinChinaButBeyondTheProvinceIsAProblemOnlyAgainstTheProvince) {
    const auto regions = henanWithJinshui(rectangle(113.6, 34.7, 113.8, 38.0)); // into Hebei
    EXPECT_EQ(model::checkBoundaries(regions, geo::plausibleExtent(henan().extent())).size(), 1u);
    EXPECT_TRUE(model::checkBoundaries(regions, geo::chinaExtent()).empty());
}
