#include "geo/projection.h"

#include <gtest/gtest.h>

using namespace agglomap;

namespace {

geo::Projection henanAlbers() {
    auto projection = geo::Projection::albersEqualAreaFor(geo::Box({110.3, 31.4}, {116.7, 36.4}));
    EXPECT_TRUE(projection.ok());
    return projection.value();
}

} // namespace

TEST(Projection, AlbersIsFittedToTheExtent) {
    const auto projection = henanAlbers();
    EXPECT_TRUE(projection.projString().contains(QStringLiteral("+proj=aea")));
    EXPECT_TRUE(projection.projString().contains(QStringLiteral("+lon_0=113.500")));
    // The centre of the extent is the projection's origin.
    const geo::Point origin = projection.forward({113.5, 33.9});
    EXPECT_NEAR(origin.x(), 0.0, 1e-6);
    EXPECT_NEAR(origin.y(), 0.0, 1e-6);
}

TEST(Projection, RoundTripIsBelowAMillimetre) {
    const auto projection = henanAlbers();
    for (double lon = 110.0; lon <= 117.0; lon += 0.5) {
        for (double lat = 31.0; lat <= 37.0; lat += 0.5) {
            const geo::LonLat back = projection.inverse(projection.forward({lon, lat}));
            EXPECT_NEAR(back.lon, lon, 1e-8);
            EXPECT_NEAR(back.lat, lat, 1e-8);
        }
    }
}

TEST(Projection, DistancesAreInMetres) {
    const auto projection = henanAlbers();
    const geo::Point a = projection.forward({113.5, 33.0});
    const geo::Point b = projection.forward({113.5, 34.0});
    // One degree of latitude on the central meridian: about 110.9 km at 33.5 N.
    EXPECT_NEAR(boost::geometry::distance(a, b), 110900.0, 300.0);
}

TEST(Projection, NorthLeansTowardsTheCentralMeridian) {
    const auto projection = henanAlbers();
    EXPECT_NEAR(projection.gridConvergenceDegrees({113.5, 34.0}), 0.0, 1e-6);
    // East of the central meridian, meridians converge towards the pole on the west.
    EXPECT_LT(projection.gridConvergenceDegrees({116.5, 34.0}), -1.0);
    EXPECT_GT(projection.gridConvergenceDegrees({110.5, 34.0}), 1.0);
}

TEST(Projection, RejectsAnEmptyExtent) {
    const auto projection =
        geo::Projection::albersEqualAreaFor(geo::Box({113.0, 34.0}, {113.0, 34.0}));
    ASSERT_FALSE(projection.ok());
    EXPECT_TRUE(projection.error().message.contains(QStringLiteral("empty")));
}

TEST(Projection, RejectsAProjStringPROJCannotParse) {
    const auto projection = geo::Projection::fromProjString(QStringLiteral("+proj=nonsense"));
    ASSERT_FALSE(projection.ok());
    EXPECT_TRUE(projection.error().message.contains(QStringLiteral("+proj=nonsense")));
}
