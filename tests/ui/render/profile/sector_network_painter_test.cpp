#include "profile_fixture.h"

#include "model/plan.h"
#include "render/profile/sector_network_painter.h"

#include <algorithm>

using namespace agglomap;
using render::SectorNetwork;
using render::SectorNetworkPainter;

namespace {

// A district whose leading chain misses links, so the network has gap nodes.
const model::District* districtWithGaps() {
    const auto& henan = test::henanProfiles();
    for (const model::District* d : henan.opened.plan->districts()) {
        const auto* ind = henan.analysis->indicators(d->id);
        if (ind && !ind->missingSuppliers.empty() && !d->leadingIndustries.empty() &&
            !d->links.empty()) {
            return d;
        }
    }
    return nullptr;
}

SectorNetworkPainter painterFor(const SectorNetwork& network, geo::LabelLanguage language) {
    render::SectorNetworkStyle style;
    style.font.setPointSizeF(7.0);
    return SectorNetworkPainter(network, render::SectorNetworkTexts::forLanguage(language), style);
}

} // namespace

TEST(SectorNetworkBuilder, HasTheDistrictsSectorsLinksAndChainGaps) {
    const auto& henan = test::henanProfiles();
    const model::District* d = districtWithGaps();
    ASSERT_NE(d, nullptr);
    const auto* ind = henan.analysis->indicators(d->id);
    const SectorNetwork network =
        render::buildSectorNetwork(*henan.opened.plan, *d, ind, geo::LabelLanguage::Chinese);
    EXPECT_EQ(network.activeNodeCount(), static_cast<int>(d->industries.size()));
    EXPECT_EQ(network.gapNodeCount(),
              static_cast<int>(ind->missingSuppliers.size() + ind->missingBuyers.size()));
    EXPECT_EQ(network.links.size(), d->links.size());
    ASSERT_TRUE(network.chainNode.has_value());
    const auto& chain = network.nodes[static_cast<std::size_t>(*network.chainNode)];
    EXPECT_EQ(chain.sector, d->leadingIndustries.front());
    EXPECT_EQ(chain.leadingRank, 1);
    EXPECT_EQ(chain.name, henan.opened.plan->sectors().at(chain.sector).nameZh);
    EXPECT_TRUE(chain.tooltip.isEmpty()) << "tooltips are the widget's";

    const SectorNetwork english =
        render::buildSectorNetwork(*henan.opened.plan, *d, ind, geo::LabelLanguage::English);
    EXPECT_EQ(english.nodes[static_cast<std::size_t>(*english.chainNode)].name,
              henan.opened.plan->sectors().at(chain.sector).nameEn);
    // Without indicators there is no chain to judge, so no gaps.
    EXPECT_EQ(
        render::buildSectorNetwork(*henan.opened.plan, *d, nullptr, geo::LabelLanguage::Chinese)
            .gapNodeCount(),
        0);
}

TEST(SectorNetworkPainter, LaysOutAlikeAtEveryResolution) {
    const auto& henan = test::henanProfiles();
    const model::District* d = districtWithGaps();
    ASSERT_NE(d, nullptr);
    const SectorNetwork network = render::buildSectorNetwork(
        *henan.opened.plan, *d, henan.analysis->indicators(d->id), geo::LabelLanguage::Chinese);
    const QImage screen = test::whitePage(QSizeF(170.0, 90.0), 96);
    const QImage print = test::whitePage(QSizeF(170.0, 90.0), 300);
    SectorNetworkPainter a = painterFor(network, geo::LabelLanguage::Chinese);
    SectorNetworkPainter b = painterFor(network, geo::LabelLanguage::Chinese);
    // Offset rectangles: the drawing follows its rectangle, not the device's origin.
    const QRectF screenRect(QPointF(10, 20), QSizeF(screen.size()) - QSizeF(20, 40));
    const double ratio = 300.0 / 96.0;
    const QRectF printRect(screenRect.topLeft() * ratio, screenRect.size() * ratio);
    a.layout(screen, screenRect);
    b.layout(print, printRect);
    for (int i = 0; i < static_cast<int>(network.nodes.size()); ++i) {
        const QPointF p = *a.nodeCentre(i);
        const QPointF q = *b.nodeCentre(i) / ratio;
        EXPECT_NEAR(p.x(), q.x(), 1.5) << i;
        EXPECT_NEAR(p.y(), q.y(), 1.5) << i;
        EXPECT_TRUE(screenRect.contains(p)) << i;
        EXPECT_EQ(a.nodeAt(p), i);
    }
}

TEST(SectorNetworkPainter, PaintsOnlyInsideItsRectangle) {
    const auto& henan = test::henanProfiles();
    const model::District* d = districtWithGaps();
    ASSERT_NE(d, nullptr);
    const SectorNetwork network = render::buildSectorNetwork(
        *henan.opened.plan, *d, henan.analysis->indicators(d->id), geo::LabelLanguage::English);
    QImage image = test::whitePage(QSizeF(200.0, 120.0), 150);
    const QRect inside = image.rect().adjusted(60, 60, -60, -60);
    SectorNetworkPainter painter = painterFor(network, geo::LabelLanguage::English);
    painter.layout(image, QRectF(inside));
    {
        QPainter p(&image);
        painter.paint(p);
    }
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool white = image.pixel(x, y) == qRgb(255, 255, 255);
            if (inside.adjusted(-1, -1, 1, 1).contains(x, y)) {
                drawn += white ? 0 : 1;
            } else {
                ASSERT_TRUE(white) << x << "," << y;
            }
        }
    }
    EXPECT_GT(drawn, 2000);
}
