#include "geo/label_point.h"

#include <gtest/gtest.h>

using namespace agglomap;
namespace bg = boost::geometry;

TEST(LabelPoint, SitsInsideACrescentWhoseCentroidIsOutside) {
    geo::MultiPolygon crescent;
    bg::read_wkt("MULTIPOLYGON(((0 0,0 10,10 10,10 8,2 8,2 2,10 2,10 0,0 0)))", crescent);
    bg::correct(crescent);
    geo::Point centroid;
    bg::centroid(crescent, centroid);
    ASSERT_FALSE(bg::within(centroid, crescent));
    EXPECT_TRUE(bg::within(geo::labelPoint(crescent), crescent));
}

TEST(LabelPoint, PrefersTheLargestPart) {
    geo::MultiPolygon parts;
    bg::read_wkt("MULTIPOLYGON(((0 0,0 1,1 1,1 0,0 0)),((10 10,10 30,30 30,30 10,10 10)))", parts);
    bg::correct(parts);
    const geo::Point label = geo::labelPoint(parts);
    EXPECT_NEAR(label.x(), 20.0, 1.0);
    EXPECT_NEAR(label.y(), 20.0, 1.0);
}
