#include "io/plan_source.h"
#include "render/district_symbols.h"
#include "render/map_image_renderer.h"
#include "render/map_painter.h"
#include "support/test_data.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace agglomap;

namespace {

struct Fixture {
    std::shared_ptr<const render::MapScene> scene;
    io::OpenedPlan opened;
    std::unique_ptr<analysis::PlanAnalysis> analysis;
    std::shared_ptr<const render::DistrictSymbolLayer> layer;
};

const Fixture& henan() {
    static const Fixture fixture = [] {
        Fixture f;
        f.scene = render::MapScene::load(test::provinceDirectory(QStringLiteral("henan"))).value();
        f.opened = io::openPlan(QStringLiteral("henan"), test::mapsDirectory()).value();
        f.analysis = std::make_unique<analysis::PlanAnalysis>(*f.opened.plan);
        f.layer = std::make_shared<const render::DistrictSymbolLayer>(
            render::DistrictSymbolLayer::fromPlan(*f.opened.plan, *f.analysis, *f.scene));
        return f;
    }();
    return fixture;
}

int distance(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

} // namespace

TEST(DistrictSymbols, OneSymbolPerDistrictLargestFirst) {
    const auto& symbols = henan().layer->symbols();
    ASSERT_EQ(symbols.size(), 175u);
    EXPECT_GE(symbols.front().income, symbols.back().income);
    EXPECT_DOUBLE_EQ(henan().layer->radius(symbols.front()), 12.0);
    EXPECT_LT(henan().layer->radius(symbols.back()), 12.0);
    EXPECT_TRUE(symbols.front().illustrative); // the sample plan's incomes are generated
}

TEST(DistrictSymbols, AreDrawnInTheirStageColourAtTheirLocation) {
    const Fixture& f = henan();
    render::MapViewState plain;
    plain.labels = render::LabelVisibility::Hidden;
    render::MapViewState withDistricts = plain;
    withDistricts.districts = f.layer;
    const QSize size(1000, 800);
    const QImage without = render::renderMapImage(*f.scene, plain, size, 96);
    const QImage with = render::renderMapImage(*f.scene, withDistricts, size, 96);
    const QTransform toDevice =
        render::fitTransform(f.scene->sceneExtent(), QRectF(QPointF(), QSizeF(size)), 0.04);
    // The largest symbol is drawn first and may be partly covered; the smallest is on top.
    const auto& symbol = f.layer->symbols().back();
    const QPoint centre = toDevice.map(symbol.scene).toPoint();
    QColor expected = render::DistrictSymbolLayer::stageColour(symbol.stage);
    const QColor under = without.pixelColor(centre);
    const double alpha = 215.0 / 255.0;
    expected = QColor::fromRgbF(
        static_cast<float>(expected.redF() * alpha + under.redF() * (1 - alpha)),
        static_cast<float>(expected.greenF() * alpha + under.greenF() * (1 - alpha)),
        static_cast<float>(expected.blueF() * alpha + under.blueF() * (1 - alpha)));
    EXPECT_LT(distance(with.pixelColor(centre), expected), 12);
    EXPECT_GT(distance(with.pixelColor(centre), under), 40);
}
