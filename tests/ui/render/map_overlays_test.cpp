#include "io/plan_source.h"
#include "render/legend.h"
#include "render/map_image_renderer.h"
#include "render/map_overlays.h"
#include "render/map_painter.h"
#include "render/map_palette.h"
#include "support/test_data.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <numeric>

using namespace agglomap;
using render::MapViewState;

namespace {

struct Fixture {
    std::shared_ptr<const render::MapScene> scene;
    io::OpenedPlan opened;
    std::unique_ptr<analysis::PlanAnalysis> analysis;
};

Fixture& henan() {
    static Fixture fixture = [] {
        Fixture f;
        f.scene = render::MapScene::load(test::provinceDirectory(QStringLiteral("henan"))).value();
        f.opened = io::openPlan(QStringLiteral("henan"), test::mapsDirectory()).value();
        f.analysis = std::make_unique<analysis::PlanAnalysis>(*f.opened.plan);
        return f;
    }();
    return fixture;
}

constexpr QSize kSize(1000, 800);

QPoint pixelOf(const MapViewState& state, QPointF scenePoint) {
    const QTransform transform = render::fitTransform(render::focusRect(*henan().scene, state),
                                                      QRectF(QPointF(), QSizeF(kSize)), 0.04);
    return transform.map(scenePoint).toPoint();
}

render::MapOverlays overlays(geo::RegionLevel level, render::MapSymbology symbology = {}) {
    Fixture& f = henan();
    return render::buildOverlays(*f.opened.plan, *f.analysis, *f.scene, std::move(symbology),
                                 level);
}

MapViewState bare() {
    MapViewState state;
    state.labels = render::LabelVisibility::Hidden;
    for (const auto id : {render::MapLayerId::Rivers, render::MapLayerId::Districts,
                          render::MapLayerId::Towns, render::MapLayerId::Linkages}) {
        state.layers.setVisible(id, false);
    }
    return state;
}

} // namespace

TEST(ChoroplethRendering, EveryCityIsFilledWithItsClassColour) {
    const render::MapOverlays layers = overlays(geo::RegionLevel::City);
    MapViewState state = bare();
    state.choropleth = layers.choropleth;
    const QImage image = render::renderMapImage(*henan().scene, state, kSize, 96);
    for (const auto& [code, value] : layers.choropleth->values()) {
        const auto rgb = layers.choropleth->colourOf(code);
        ASSERT_TRUE(rgb.has_value()) << code;
        const QPoint p = pixelOf(state, henan().scene->labelAnchor(geo::RegionLevel::City, code));
        EXPECT_EQ(image.pixelColor(p), QColor(rgb->r, rgb->g, rgb->b)) << code;
    }
}

TEST(ChoroplethRendering, CountiesWithoutDataAreHatchedGrey) {
    render::MapSymbology symbology;
    symbology.choropleth.metricId = QStringLiteral("infrastructure-gap");
    symbology.choropleth.aggregation = analysis::Aggregation::Mean;
    const render::MapOverlays layers = overlays(geo::RegionLevel::County, symbology);
    MapViewState state = bare();
    state.overviewLevel = geo::RegionLevel::County;
    state.choropleth = layers.choropleth;
    const QImage image = render::renderMapImage(*henan().scene, state, kSize, 96);
    int checked = 0;
    for (const auto& [code, value] : layers.choropleth->values()) {
        if (value.classIndex) {
            continue;
        }
        const QRect area =
            QRect(pixelOf(state, henan().scene->labelAnchor(geo::RegionLevel::County, code)),
                  QSize(1, 1))
                .adjusted(-3, -3, 3, 3);
        bool sawNoData = false;
        bool sawHatch = false;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                sawNoData = sawNoData || image.pixelColor(x, y) == render::palette::kNoData;
                sawHatch = sawHatch || image.pixelColor(x, y) == render::palette::kNoDataHatch;
            }
        }
        EXPECT_TRUE(sawNoData && sawHatch) << code;
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

TEST(ChoroplethRendering, HiddenRegionLayerLeavesOnlyTheBackground) {
    MapViewState state = bare();
    state.layers.setVisible(render::MapLayerId::Regions, false);
    const QImage image = render::renderMapImage(*henan().scene, state, kSize, 96);
    const QPoint p = pixelOf(state, henan().scene->labelAnchor(geo::RegionLevel::City, 410100));
    EXPECT_EQ(image.pixelColor(p), render::palette::kBackground);
}

TEST(LinkageLayer, SumsFlowsPerPairAndDrawsThemBetweenTheDistricts) {
    Fixture& f = henan();
    const auto layers = overlays(geo::RegionLevel::City);
    ASSERT_FALSE(f.opened.plan->districtLinks().empty());
    const double total = std::accumulate(
        f.opened.plan->districtLinks().begin(), f.opened.plan->districtLinks().end(), 0.0,
        [](double sum, const model::DistrictLink& l) { return sum + l.value; });
    const double drawn = std::accumulate(
        layers.linkages->flows().begin(), layers.linkages->flows().end(), 0.0,
        [](double sum, const render::LinkageLayer::Flow& l) { return sum + l.value; });
    EXPECT_NEAR(drawn, total, 1e-9 * total);
    EXPECT_DOUBLE_EQ(layers.linkages->width(layers.linkages->flows().front()), 7.0);

    MapViewState state = bare();
    const QImage without = render::renderMapImage(*f.scene, state, kSize, 96);
    state.linkages = layers.linkages;
    state.layers.setVisible(render::MapLayerId::Linkages, true);
    state.layers.setOpacity(render::MapLayerId::Linkages, 1.0);
    const QImage with = render::renderMapImage(*f.scene, state, kSize, 96);
    // The midpoint of the widest flow's chord lies near its curve: something is drawn there.
    const auto& widest = layers.linkages->flows().front();
    const QPoint from = pixelOf(state, widest.fromScene);
    const QPoint to = pixelOf(state, widest.toScene);
    int changed = 0;
    const QRect box = QRect(from, to).normalized().adjusted(-20, -20, 20, 20);
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            changed += with.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
        }
    }
    EXPECT_GT(changed, 20);
}

TEST(Legend, ListsEveryClassWithItsCountAndMarksIllustrativeData) {
    const auto layers = overlays(geo::RegionLevel::City);
    const render::LegendContent content = render::legendContent(
        layers.choropleth.get(), layers.districts.get(), geo::LabelLanguage::Chinese);
    ASSERT_EQ(content.classes.size(), 5u);
    int total = 0;
    for (std::size_t i = 0; i < content.classes.size(); ++i) {
        const auto& interval = layers.choropleth->classification().intervals()[i];
        EXPECT_EQ(content.classes[i].count, interval.count);
        const auto& rgb = layers.choropleth->colours()[i];
        EXPECT_EQ(content.classes[i].colour, QColor(rgb.r, rgb.g, rgb.b));
        total += content.classes[i].count;
    }
    EXPECT_EQ(total, 18);
    EXPECT_TRUE(content.title.contains(QStringLiteral("主营业务收入")));
    EXPECT_TRUE(content.illustrative);
    EXPECT_EQ(content.symbolCategories.size(), 3u); // cluster stages
    int districts = 0;
    for (const auto& swatch : content.symbolCategories) {
        districts += swatch.count;
    }
    EXPECT_EQ(districts, 175);
}

TEST(Legend, PaintsItsSwatchColoursAtAnyResolution) {
    const auto layers = overlays(geo::RegionLevel::City);
    const render::LegendContent content =
        render::legendContent(layers.choropleth.get(), nullptr, geo::LabelLanguage::English);
    for (const int dpi : {96, 300}) {
        const double scale = dpi / 96.0;
        QImage image(QSize(260, 400) * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(static_cast<int>(dpi / 0.0254));
        image.setDotsPerMeterY(static_cast<int>(dpi / 0.0254));
        image.fill(Qt::white);
        const render::LegendPainter painter(content);
        const double height = painter.height(image, 240 * scale);
        ASSERT_LT(height, image.height());
        QPainter p(&image);
        painter.paint(p, QRectF(10 * scale, 10 * scale, 240 * scale, height));
        p.end();
        for (const auto& swatch : content.classes) {
            bool found = false;
            for (int y = 0; y < image.height() && !found; ++y) {
                for (int x = 0; x < 60 * scale && !found; ++x) {
                    found = image.pixelColor(x, y) == swatch.colour;
                }
            }
            EXPECT_TRUE(found) << dpi << " " << swatch.label.toStdString();
        }
    }
}

TEST(MapLayerStack, RoundTripsThroughTextAndRejectsBrokenText) {
    render::MapLayerStack stack;
    stack.setVisible(render::MapLayerId::Towns, true);
    stack.setOpacity(render::MapLayerId::Regions, 0.5);
    stack.move(render::MapLayerId::Districts, 0);
    const auto restored = render::MapLayerStack::fromText(stack.toText());
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(*restored, stack);
    EXPECT_EQ(restored->bottomToTop().front().id, render::MapLayerId::Districts);
    EXPECT_FALSE(render::MapLayerStack::fromText(QStringLiteral("regions:1:1")).has_value());
    EXPECT_FALSE(render::MapLayerStack::fromText(QStringLiteral("nonsense")).has_value());
    EXPECT_FALSE(render::MapLayerStack::fromText(
                     QStringLiteral("regions:1:1;regions:1:1;rivers:1:1;towns:1:1;linkages:1:1"))
                     .has_value());
}

TEST(DistrictSymbols, TheSelectedDistrictIsRingedInTheDistrictSelectionColour) {
    const auto layers = overlays(geo::RegionLevel::City);
    MapViewState state = bare();
    state.layers.setVisible(render::MapLayerId::Districts, true);
    state.districts = layers.districts;
    const auto& symbol = layers.districts->symbols().back(); // the smallest, drawn on top
    const QImage plain = render::renderMapImage(*henan().scene, state, kSize, 96);
    state.selectedDistrict = symbol.id;
    const QImage ringed = render::renderMapImage(*henan().scene, state, kSize, 96);
    const QPoint centre = pixelOf(state, symbol.scene);
    int red = 0;
    for (int y = centre.y() - 14; y <= centre.y() + 14; ++y) {
        for (int x = centre.x() - 14; x <= centre.x() + 14; ++x) {
            red += ringed.pixelColor(x, y) == render::palette::kDistrictSelection &&
                           plain.pixelColor(x, y) != render::palette::kDistrictSelection
                       ? 1
                       : 0;
        }
    }
    EXPECT_GT(red, 10);
}

TEST(DistrictLabels, NameDistrictsInACityWithoutOverlappingAnyLabel) {
    const auto layers = overlays(geo::RegionLevel::County);
    MapViewState state;
    state.districts = layers.districts;
    state.focusCity = 410100; // Zhengzhou
    QImage device(kSize, QImage::Format_ARGB32_Premultiplied);
    const QRectF rect{QPointF(), QSizeF(kSize)};
    const QTransform transform =
        render::fitTransform(render::focusRect(*henan().scene, state), rect, 0.04);
    const render::MapPainter painter(*henan().scene, state);
    const auto plan = painter.planLabels(device, transform, rect);
    EXPECT_GE(plan.districts.size(), 5u);
    std::vector<QRectF> boxes;
    for (const auto* list : {&plan.regions, &plan.context, &plan.districts}) {
        for (const auto& label : *list) {
            boxes.push_back(label.box);
        }
    }
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            EXPECT_FALSE(boxes[i].intersects(boxes[j])) << i << " " << j;
        }
    }
    // Across the whole province district names would be unreadable: none are placed.
    MapViewState province = state;
    province.focusCity.reset();
    const QTransform whole =
        render::fitTransform(render::focusRect(*henan().scene, province), rect, 0.04);
    EXPECT_TRUE(render::MapPainter(*henan().scene, province)
                    .planLabels(device, whole, rect)
                    .districts.empty());
}
