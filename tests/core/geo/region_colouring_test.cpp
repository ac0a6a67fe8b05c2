#include "geo/region_colouring.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

using namespace agglomap;

TEST(RegionColouring, ZhengzhouBordersItsKnownNeighbours) {
    const auto& hierarchy = test::bundledHierarchy(QStringLiteral("henan"));
    const auto neighbours = geo::adjacency(hierarchy.regionsAt(geo::RegionLevel::City));
    const QList<geo::RegionCode> zhengzhou = neighbours.value(410100);
    // Kaifeng, Luoyang, Pingdingshan, Xinxiang, Jiaozuo, Xuchang.
    for (geo::RegionCode code : {410200, 410300, 410400, 410700, 410800, 411000}) {
        EXPECT_TRUE(zhengzhou.contains(code)) << code;
    }
    EXPECT_FALSE(zhengzhou.contains(411500)); // Xinyang is far south
}

TEST(RegionColouring, NeighboursNeverShareAColour) {
    for (const QString& key : {QStringLiteral("henan"), QStringLiteral("ningxia")}) {
        const auto& hierarchy = test::bundledHierarchy(key);
        for (auto level : {geo::RegionLevel::City, geo::RegionLevel::County}) {
            const auto regions = hierarchy.regionsAt(level);
            const auto slotByCode = geo::colourSlots(regions);
            const auto neighbours = geo::adjacency(regions);
            for (auto it = neighbours.cbegin(); it != neighbours.cend(); ++it) {
                for (geo::RegionCode other : it.value()) {
                    EXPECT_NE(slotByCode.value(it.key()), slotByCode.value(other))
                        << it.key() << " " << other;
                }
            }
            EXPECT_LE(*std::max_element(slotByCode.cbegin(), slotByCode.cend()), 5);
        }
    }
}
