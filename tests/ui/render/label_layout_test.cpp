#include "render/label_layout.h"

#include <gtest/gtest.h>

using agglomap::render::LabelLayout;

TEST(LabelLayout, RefusesALabelOverlappingOneAlreadyPlaced) {
    LabelLayout layout(QRectF(0, 0, 100, 100));
    EXPECT_TRUE(layout.tryPlace(QRectF(10, 10, 30, 10)));
    EXPECT_FALSE(layout.tryPlace(QRectF(30, 15, 30, 10)));
    EXPECT_TRUE(layout.tryPlace(QRectF(10, 30, 30, 10)));
    EXPECT_EQ(layout.placedCount(), 2u);
}

TEST(LabelLayout, RefusesALabelCutByTheEdge) {
    LabelLayout layout(QRectF(0, 0, 100, 100));
    EXPECT_FALSE(layout.tryPlace(QRectF(90, 10, 30, 10)));
}
