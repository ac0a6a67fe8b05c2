#include "render/map_image_renderer.h"
#include "render/map_painter.h"
#include "render/map_palette.h"
#include "support/test_data.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace agglomap;
using render::MapScene;
using render::MapViewState;

namespace {

const MapScene& henanScene() {
    static const auto scene = MapScene::load(test::provinceDirectory(QStringLiteral("henan")));
    if (!scene) {
        throw std::runtime_error(scene.error().message.toStdString());
    }
    return *scene.value();
}

constexpr QSize kSize(1000, 800);

QPoint pixelOf(const MapScene& scene, const MapViewState& state, QPointF scenePoint) {
    const QTransform transform = render::fitTransform(render::focusRect(scene, state),
                                                      QRectF(QPointF(), QSizeF(kSize)), 0.04);
    return transform.map(scenePoint).toPoint();
}

MapViewState unlabelled() {
    MapViewState state;
    state.labels = render::LabelVisibility::Hidden;
    return state;
}

int countDifferences(const QImage& a, const QImage& b, const QRect& area, int tolerance) {
    int differing = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor ca = a.pixelColor(x, y);
            const QColor cb = b.pixelColor(x, y);
            if (std::abs(ca.red() - cb.red()) + std::abs(ca.green() - cb.green()) +
                    std::abs(ca.blue() - cb.blue()) >
                tolerance) {
                ++differing;
            }
        }
    }
    return differing;
}

} // namespace

TEST(MapImageRenderer, ProvinceImageIsNotBlank) {
    const QImage image = render::renderMapImage(henanScene(), unlabelled(), kSize, 96);
    int painted = 0;
    const QColor background = render::palette::kBackground;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            painted += image.pixelColor(x, y) != background ? 1 : 0;
        }
    }
    const int samples = (image.width() / 4) * (image.height() / 4);
    EXPECT_GT(painted, samples * 35 / 100); // Henan fills a good part of a 4:3 frame
    EXPECT_LT(painted, samples * 90 / 100);
}

TEST(MapImageRenderer, EveryCityIsDrawnInItsOwnFillAtItsLabelPoint) {
    const MapScene& scene = henanScene();
    const MapViewState state = unlabelled();
    const QImage image = render::renderMapImage(scene, state, kSize, 96);
    const render::MapPainter painter(scene, state);
    for (const geo::Region* city : scene.hierarchy().regionsAt(geo::RegionLevel::City)) {
        const QPoint pixel =
            pixelOf(scene, state, scene.labelAnchor(geo::RegionLevel::City, city->code));
        EXPECT_EQ(image.pixelColor(pixel), painter.fillColour(geo::RegionLevel::City, city->code))
            << city->nameEn.toStdString();
    }
}

TEST(MapImageRenderer, LuoyangsCountiesAreFilledWhenDrilledIn) {
    const MapScene& scene = henanScene();
    MapViewState state = unlabelled();
    state.focusCity = 410300;
    const QImage image = render::renderMapImage(scene, state, kSize, 96);
    const render::MapPainter painter(scene, state);
    const QPoint luanchuan =
        pixelOf(scene, state, scene.labelAnchor(geo::RegionLevel::County, 410324));
    EXPECT_EQ(image.pixelColor(luanchuan), painter.fillColour(geo::RegionLevel::County, 410324));
    // The neighbouring cities around Luoyang are drawn as grey context: every county of
    // theirs whose interior point falls in the frame, and there must be some (Lushi, Ruyang,
    // Yiyang's neighbours...) or the check would prove nothing.
    int neighbours = 0;
    for (const geo::Region* county : scene.hierarchy().regionsAt(geo::RegionLevel::County)) {
        if (county->parentCode == 410300) {
            continue;
        }
        const QPoint pixel =
            pixelOf(scene, state, scene.labelAnchor(geo::RegionLevel::County, county->code));
        if (!QRect(QPoint(), kSize).contains(pixel)) {
            continue;
        }
        EXPECT_EQ(image.pixelColor(pixel), render::palette::kContextFill)
            << county->nameEn.toStdString();
        ++neighbours;
    }
    EXPECT_GE(neighbours, 5);
}

TEST(MapImageRenderer, LabelsAreDrawnAtTheirRegions) {
    const MapScene& scene = henanScene();
    MapViewState labelled;
    const QImage withLabels = render::renderMapImage(scene, labelled, kSize, 96);
    const QImage without = render::renderMapImage(scene, unlabelled(), kSize, 96);
    const render::MapPainter painter(scene, labelled);
    int drawn = 0;
    for (geo::RegionCode code : painter.labelledRegions()) {
        const QPoint centre =
            pixelOf(scene, labelled, scene.labelAnchor(geo::RegionLevel::City, code));
        const QRect around(centre - QPoint(30, 10), QSize(60, 20));
        drawn += countDifferences(withLabels, without, around, 60) > 20 ? 1 : 0;
    }
    EXPECT_GE(drawn, 15); // a few small cities may yield to a neighbour's label
    // Away from any label nothing changes.
    EXPECT_EQ(countDifferences(withLabels, without, QRect(0, 0, 60, 60), 0), 0);
}

TEST(MapImageRenderer, ImageCarriesTheRequestedResolution) {
    const QImage image = render::renderMapImage(henanScene(), unlabelled(), QSize(400, 300), 200);
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 200.0, 0.5);
    EXPECT_EQ(image.size(), QSize(400, 300));
}

// Reference image: regenerate with AGGLOMAP_UPDATE_REFERENCE=1 after an intended change, and look
// at it.
TEST(MapImageRenderer, MatchesTheReferenceImageWithinTolerance) {
    const QImage image = render::renderMapImage(henanScene(), unlabelled(), QSize(400, 300), 96)
                             .convertToFormat(QImage::Format_RGB32);
    const QString path = test::dataFile(QStringLiteral("reference/henan_cities_400x300.png"));
    if (qEnvironmentVariableIsSet("AGGLOMAP_UPDATE_REFERENCE")) {
        ASSERT_TRUE(image.save(path));
    }
    const QImage reference = QImage(path).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(reference.isNull()) << path.toStdString();
    ASSERT_EQ(reference.size(), image.size());
    const int differing = countDifferences(image, reference, image.rect(), 48);
    EXPECT_LT(differing, image.width() * image.height() / 100);
}

// A plan file changed outside Agglomap may hold a county spanning the world; the map says which
// region is wrong instead of PROJ failing at every vertex while drawing.
TEST(MapImageRenderer, ASceneWithABoundaryBeyondChinaIsRefusedNamingTheRegion) {
    std::vector<geo::Region> regions = henanScene().hierarchy().regions();
    for (geo::Region& region : regions) {
        if (region.code == 410105) {
            geo::Polygon world;
            world.outer() = {{-180, -90}, {-180, 90}, {180, 90}, {180, -90}, {-180, -90}};
            region.lonLat = {world};
        }
    }
    const auto scene = MapScene::build(geo::RegionHierarchy::build(std::move(regions)).value());
    ASSERT_FALSE(scene);
    EXPECT_EQ(scene.error().message.toStdString(),
              "The map cannot be drawn. Region 410105 (金水区): its boundary spans -180.00 to "
              "180.00°E, -90.00 to 90.00°N, beyond 72.00 to 136.00°E, 3.00 to 55.00°N, where the "
              "province's boundaries can lie; replace the boundaries with official ones (agglomap "
              "import --boundaries) or open a backup copy.");
}
