#include "render/scale_bar.h"

#include <gtest/gtest.h>

using agglomap::render::ScaleBar;

TEST(ScaleBar, ChoosesTheLargestRoundLengthThatFits) {
    const ScaleBar bar(375.0, 200.0); // 75 km available
    EXPECT_DOUBLE_EQ(bar.lengthMetres(), 50000.0);
    EXPECT_NEAR(bar.lengthPixels(), 133.3, 0.1);
    EXPECT_EQ(bar.label(), QStringLiteral("50 km"));
}

TEST(ScaleBar, UsesMetresBelowAKilometre) {
    const ScaleBar bar(2.0, 150.0); // 300 m available
    EXPECT_DOUBLE_EQ(bar.lengthMetres(), 200.0);
    EXPECT_EQ(bar.label(), QStringLiteral("200 m"));
}

TEST(ScaleBar, NeverExceedsTheSpaceGiven) {
    for (double mpp = 0.7; mpp < 5000.0; mpp *= 1.37) {
        const ScaleBar bar(mpp, 180.0);
        EXPECT_LE(bar.lengthPixels(), 180.0 + 1e-9) << mpp;
        EXPECT_GT(bar.lengthPixels(), 180.0 / 2.5 - 1e-9) << mpp;
    }
}
