#include "widgets/inspector/sector_network_view.h"

#include <QImage>

#include <gtest/gtest.h>

#include <cmath>

using agglomap::widgets::SectorNetwork;
using agglomap::widgets::SectorNetworkView;

namespace {

SectorNetwork network(int active, int suppliers, int buyers) {
    SectorNetwork result;
    for (int i = 0; i < active + suppliers + buyers; ++i) {
        SectorNetwork::Node node;
        node.sector = i;
        node.code = QStringLiteral("C%1").arg(i + 10);
        node.name = QStringLiteral("Sector %1 with a long name").arg(i);
        node.role = i < active               ? SectorNetwork::Role::Active
                    : i < active + suppliers ? SectorNetwork::Role::MissingSupplier
                                             : SectorNetwork::Role::MissingBuyer;
        node.leadingRank = i < 3 && i < active ? i + 1 : 0;
        result.nodes.push_back(node);
    }
    for (int i = 1; i < active; ++i) {
        result.links.push_back({0, i, static_cast<double>(i)});
    }
    if (active > 0) {
        result.chainNode = 0;
    }
    return result;
}

// Counts pixels close to a colour, to see whether something of that colour was drawn.
int pixelsNear(const QImage& image, QColor colour) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 30 &&
                std::abs(c.green() - colour.green()) < 30 &&
                std::abs(c.blue() - colour.blue()) < 30) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

TEST(SectorNetworkView, FifteenSectorsAndTheirGapsGetSeparateNodesInsideTheView) {
    SectorNetworkView view;
    view.resize(500, 340);
    view.setNetwork(network(15, 2, 2));
    ASSERT_EQ(view.activeNodeCount(), 15);
    ASSERT_EQ(view.gapNodeCount(), 4);
    const QRectF bounds = view.rect();
    for (int i = 0; i < 19; ++i) {
        const auto centre = view.nodeCentre(i);
        ASSERT_TRUE(centre.has_value());
        EXPECT_TRUE(bounds.contains(*centre)) << i;
        EXPECT_EQ(view.nodeAt(*centre), i) << "node " << i << " overlaps another";
    }
}

TEST(SectorNetworkView, ChainSectorSitsAtTheTopWithItsGapsBesideIt) {
    SectorNetworkView view;
    view.resize(500, 340);
    view.setNetwork(network(6, 1, 1));
    const QPointF chain = *view.nodeCentre(0);
    for (int i = 1; i < 8; ++i) {
        EXPECT_LT(chain.y(), view.nodeCentre(i)->y()) << i;
    }
    // The missing supplier is placed left of the chain's sector, the missing buyer right of it,
    // both in the upper half of the circle.
    const QPointF supplier = *view.nodeCentre(6);
    const QPointF buyer = *view.nodeCentre(7);
    EXPECT_LT(supplier.x(), chain.x());
    EXPECT_GT(buyer.x(), chain.x());
    EXPECT_LT(supplier.y(), view.height() / 2.0);
    EXPECT_LT(buyer.y(), view.height() / 2.0);
}

TEST(SectorNetworkView, DrawsGapNodesOnlyWhenTheChainHasGaps) {
    SectorNetworkView view;
    view.resize(420, 320);
    const QColor gapOrange(205, 105, 15);
    view.setNetwork(network(5, 0, 0));
    const QImage without = view.grab().toImage();
    view.setNetwork(network(5, 2, 1));
    const QImage with = view.grab().toImage();
    // The legend shows the gap mark either way; the gaps add dashed rings, arrows and labels.
    EXPECT_GT(pixelsNear(with, gapOrange), pixelsNear(without, gapOrange) + 40);
}
