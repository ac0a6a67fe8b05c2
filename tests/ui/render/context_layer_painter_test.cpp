#include "io/context_layer_loader.h"
#include "render/context_layer_painter.h"
#include "render/map_scene.h"
#include "support/test_data.h"

#include <QDir>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>

using namespace agglomap;
using render::ContextLayerGraphics;
namespace bg = boost::geometry;

namespace {

struct Henan {
    std::shared_ptr<const render::MapScene> scene;
    geo::ContextLayer rivers;
    geo::ContextLayer towns;
};

const Henan& henan() {
    static const Henan fixture = [] {
        const QDir dir(test::provinceDirectory(QStringLiteral("henan")));
        return Henan{render::MapScene::load(dir.path()).value(),
                     io::loadContextLayer(dir.filePath(io::kRiversFile)).value(),
                     io::loadContextLayer(dir.filePath(io::kTownsFile)).value()};
    }();
    return fixture;
}

// Fits a scene rectangle into an image, north up, as the map views do.
QTransform fit(const QRectF& scene, const QSize& size) {
    const double scale = std::min(size.width() / scene.width(), size.height() / scene.height());
    QTransform transform;
    transform.translate(size.width() / 2.0, size.height() / 2.0);
    transform.scale(scale, scale);
    transform.translate(-scene.center().x(), -scene.center().y());
    return transform;
}

QImage blank(const QSize& size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

QImage paint(const ContextLayerGraphics& graphics, const QSize& size, const QTransform& toDevice,
             const QRectF& deviceRect, double opacity,
             geo::LabelLanguage language = geo::LabelLanguage::Chinese) {
    QImage image = blank(size);
    QPainter painter(&image);
    graphics.paint(painter, toDevice, deviceRect, opacity, language);
    painter.end();
    return image;
}

bool isBlue(QRgb pixel) {
    return qBlue(pixel) - qRed(pixel) > 40 && qBlue(pixel) > qGreen(pixel);
}

bool blueNear(const QImage& image, QPoint at, int reach) {
    for (int dy = -reach; dy <= reach; ++dy) {
        for (int dx = -reach; dx <= reach; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (image.rect().contains(p) && isBlue(image.pixel(p))) {
                return true;
            }
        }
    }
    return false;
}

const geo::ContextLine& yellowRiver(const geo::ContextLayer& rivers) {
    return *std::max_element(
        rivers.lines.begin(), rivers.lines.end(),
        [](const auto& a, const auto& b) { return bg::length(a.lonLat) < bg::length(b.lonLat); });
}

QPointF toScene(const render::MapScene& scene, const geo::Point& lonLat) {
    return render::MapScene::toScene(scene.projection().forward({lonLat.x(), lonLat.y()}));
}

} // namespace

TEST(ContextLayerPainter, RiversAreBlueAlongTheYellowRiverAndNothingIsPaintedOutsideTheClip) {
    const Henan& f = henan();
    const ContextLayerGraphics rivers(f.rivers, f.scene->projection());
    ASSERT_EQ(rivers.kind(), geo::ContextLayerKind::Lines);
    const QSize size(900, 760);
    const QTransform toDevice = fit(f.scene->sceneExtent(), size);
    // The clip leaves out the western third, where the Yellow River enters from Shaanxi.
    const QRectF clip(300, 0, 600, 760);
    const QImage image = paint(rivers, size, toDevice, clip, 1.0);

    int inside = 0;
    int inBlue = 0;
    int outside = 0;
    for (const geo::Point& vertex : yellowRiver(f.rivers).lonLat) {
        const QPointF device = toDevice.map(toScene(*f.scene, vertex));
        if (clip.adjusted(3, 3, -3, -3).contains(device)) {
            ++inside;
            inBlue += blueNear(image, device.toPoint(), 2) ? 1 : 0;
        } else if (!clip.adjusted(-3, -3, 3, 3).contains(device)) {
            ++outside;
            EXPECT_FALSE(blueNear(image, device.toPoint(), 2));
        }
    }
    EXPECT_GT(inside, 100);
    EXPECT_GT(outside, 30); // the clip really cuts the river
    EXPECT_GE(inBlue, inside * 98 / 100);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < static_cast<int>(clip.left()); ++x) {
            ASSERT_EQ(image.pixel(x, y), qRgb(255, 255, 255)) << x << "," << y;
        }
    }
}

TEST(ContextLayerPainter, OpacityZeroPaintsNothingAndHalfOpacityIsPaler) {
    const Henan& f = henan();
    const ContextLayerGraphics rivers(f.rivers, f.scene->projection());
    const ContextLayerGraphics towns(f.towns, f.scene->projection());
    const QSize size(600, 500);
    const QTransform toDevice = fit(f.scene->sceneExtent(), size);
    const QRectF all(QPointF(0, 0), size);
    EXPECT_EQ(paint(rivers, size, toDevice, all, 0.0), blank(size));
    EXPECT_EQ(paint(towns, size, toDevice, all, 0.0), blank(size));

    const QImage full = paint(rivers, size, toDevice, all, 1.0);
    const QImage half = paint(rivers, size, toDevice, all, 0.5);
    long fullInk = 0;
    long halfInk = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            fullInk += 255 - qRed(full.pixel(x, y));
            halfInk += 255 - qRed(half.pixel(x, y));
        }
    }
    EXPECT_GT(halfInk, fullInk / 3);
    EXPECT_LT(halfInk, fullInk * 2 / 3);
}

TEST(ContextLayerPainter, ATownDotSitsAtZhengzhouAndItIsLabelled) {
    const Henan& f = henan();
    const ContextLayerGraphics towns(f.towns, f.scene->projection());
    ASSERT_EQ(towns.kind(), geo::ContextLayerKind::Points);
    EXPECT_TRUE(f.scene->sceneExtent().contains(towns.sceneBounds()));
    EXPECT_GT(towns.sceneBounds().width(), f.scene->sceneExtent().width() / 2);
    const QSize size(900, 760);
    const QTransform toDevice = fit(f.scene->sceneExtent(), size);
    const QRectF all(QPointF(0, 0), size);
    const QImage image = paint(towns, size, toDevice, all, 1.0);

    const auto zhengzhou = std::find_if(f.towns.places.begin(), f.towns.places.end(),
                                        [](const auto& p) { return p.nameEn == "Zhengzhou"; });
    ASSERT_NE(zhengzhou, f.towns.places.end());
    const QPoint at = toDevice.map(toScene(*f.scene, zhengzhou->lonLat)).toPoint();
    int dark = 0;
    for (int dy = -4; dy <= 4; ++dy) {
        for (int dx = -4; dx <= 4; ++dx) {
            dark += qGray(image.pixel(at + QPoint(dx, dy))) < 90 ? 1 : 0;
        }
    }
    EXPECT_GE(dark, 10);

    const auto placed = towns.layOutTowns(toDevice, all, geo::LabelLanguage::Chinese, image);
    const auto label = std::find_if(placed.begin(), placed.end(), [](const auto& t) {
        return t.label == QStringLiteral("郑州");
    });
    ASSERT_NE(label, placed.end());
    EXPECT_LT(QLineF(label->device, QPointF(at)).length(), 1.0);
    const auto english = towns.layOutTowns(toDevice, all, geo::LabelLanguage::English, image);
    EXPECT_TRUE(std::any_of(english.begin(), english.end(),
                            [](const auto& t) { return t.label == QStringLiteral("Zhengzhou"); }));
}

TEST(ContextLayerPainter, ZoomedOutOnlyCitySeatsShowAndZoomedInCountySeatsJoinThem) {
    const Henan& f = henan();
    const ContextLayerGraphics towns(f.towns, f.scene->projection());
    const QSize size(900, 760);
    const QImage device = blank(size);
    const QRectF all(QPointF(0, 0), size);

    const auto province = towns.layOutTowns(fit(f.scene->sceneExtent(), size), all,
                                            geo::LabelLanguage::Chinese, device);
    ASSERT_FALSE(province.empty());
    EXPECT_TRUE(
        std::all_of(province.begin(), province.end(), [](const auto& t) { return t.rank <= 2; }));
    EXPECT_GE(province.size(), 15u); // Henan's capital and most of its 17 city seats

    const QRectF zhengzhouCity = f.scene->sceneBounds(geo::RegionLevel::City, 410100);
    const auto city =
        towns.layOutTowns(fit(zhengzhouCity, size), all, geo::LabelLanguage::Chinese, device);
    EXPECT_TRUE(std::any_of(city.begin(), city.end(), [](const auto& t) { return t.rank == 3; }));
    for (std::size_t i = 0; i < city.size(); ++i) {
        for (std::size_t j = i + 1; j < city.size(); ++j) {
            if (!city[i].label.isEmpty() && !city[j].label.isEmpty()) {
                EXPECT_FALSE(city[i].labelRect.intersects(city[j].labelRect))
                    << city[i].label.toStdString() << " / " << city[j].label.toStdString();
            }
        }
    }
}
