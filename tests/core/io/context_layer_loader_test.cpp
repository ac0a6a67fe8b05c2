#include "io/boundary_loader.h"
#include "io/context_layer_loader.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace agglomap;
using geo::ContextLayerKind;
namespace bg = boost::geometry;

namespace {

geo::ContextLayer bundled(const QString& province, const char* file) {
    auto layer = io::loadContextLayer(QDir(test::provinceDirectory(province)).filePath(file));
    if (!layer) {
        ADD_FAILURE() << layer.error().message.toStdString();
        return {};
    }
    return std::move(layer).value();
}

const geo::ContextPlace* placeNamed(const geo::ContextLayer& layer, const QString& nameEn) {
    const auto it = std::find_if(layer.places.begin(), layer.places.end(),
                                 [&](const geo::ContextPlace& p) { return p.nameEn == nameEn; });
    return it == layer.places.end() ? nullptr : &*it;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
    }
    return path;
}

// The longest east-west reach of one line of a level, as a share of the province's width.
double widestReach(const geo::ContextLayer& rivers, int level, const geo::Box& province) {
    double widest = 0.0;
    for (const geo::ContextLine& line : rivers.lines) {
        if (line.level == level) {
            const geo::Box box = bg::return_envelope<geo::Box>(line.lonLat);
            widest = std::max(widest, (box.max_corner().x() - box.min_corner().x()) /
                                          (province.max_corner().x() - province.min_corner().x()));
        }
    }
    return widest;
}

} // namespace

TEST(ContextLayerLoader, HenanRiversHoldTheYellowRiverAsOneLineAcrossTheProvince) {
    const geo::ContextLayer rivers = bundled(QStringLiteral("henan"), io::kRiversFile);
    EXPECT_EQ(rivers.kind, ContextLayerKind::Lines);
    EXPECT_TRUE(rivers.places.empty());
    const auto& henan = test::bundledHierarchy(QStringLiteral("henan"));
    const geo::Box extent = bg::return_envelope<geo::Box>(henan.province().lonLat);
    // The Yellow River enters Henan at its western tip and leaves it in the north-east.
    EXPECT_GT(widestReach(rivers, 1, extent), 0.9);
    // The Huai (level 2) crosses the south, from Tongbai towards Anhui.
    EXPECT_GT(widestReach(rivers, 2, extent), 0.35);
    for (const geo::ContextLine& line : rivers.lines) {
        EXPECT_GE(line.level, 1);
        EXPECT_LE(line.level, 4);
        EXPECT_GE(line.lonLat.size(), 2u);
    }
}

TEST(ContextLayerLoader, NingxiaRiversHoldTheYellowRiverFromZhongweiToShizuishan) {
    const geo::ContextLayer rivers = bundled(QStringLiteral("ningxia"), io::kRiversFile);
    const auto longest = std::max_element(
        rivers.lines.begin(), rivers.lines.end(),
        [](const auto& a, const auto& b) { return bg::length(a.lonLat) < bg::length(b.lonLat); });
    ASSERT_NE(longest, rivers.lines.end());
    EXPECT_EQ(longest->level, 1);
    const geo::Box box = bg::return_envelope<geo::Box>(longest->lonLat);
    EXPECT_LT(box.min_corner().y(), 37.6); // past Zhongwei in the south-west
    EXPECT_GT(box.max_corner().y(), 39.2); // past Shizuishan in the north
}

TEST(ContextLayerLoader, HenanTownsHoldZhengzhouAndLuoyangInBothLanguages) {
    const geo::ContextLayer towns = bundled(QStringLiteral("henan"), io::kTownsFile);
    EXPECT_EQ(towns.kind, ContextLayerKind::Points);
    const geo::ContextPlace* zhengzhou = placeNamed(towns, QStringLiteral("Zhengzhou"));
    const geo::ContextPlace* luoyang = placeNamed(towns, QStringLiteral("Luoyang"));
    ASSERT_NE(zhengzhou, nullptr);
    ASSERT_NE(luoyang, nullptr);
    EXPECT_EQ(zhengzhou->name(geo::LabelLanguage::Chinese), QStringLiteral("郑州"));
    EXPECT_EQ(zhengzhou->rank, 1); // the provincial capital
    EXPECT_EQ(luoyang->name(geo::LabelLanguage::Chinese), QStringLiteral("洛阳"));
    EXPECT_EQ(luoyang->rank, 2);
    ASSERT_TRUE(zhengzhou->population.has_value());
    ASSERT_TRUE(luoyang->population.has_value());
    EXPECT_GT(*zhengzhou->population, *luoyang->population);
    // Zhengzhou lies in Zhengzhou city (410100), Luoyang in Luoyang city (410300).
    const auto& henan = test::bundledHierarchy(QStringLiteral("henan"));
    EXPECT_TRUE(bg::within(zhengzhou->lonLat, henan.find(410100)->lonLat));
    EXPECT_TRUE(bg::within(luoyang->lonLat, henan.find(410300)->lonLat));
}

TEST(ContextLayerLoader, EveryBundledTownLiesInItsProvince) {
    for (const QString& key : {QStringLiteral("henan"), QStringLiteral("ningxia")}) {
        const geo::ContextLayer towns = bundled(key, io::kTownsFile);
        const auto& province = test::bundledHierarchy(key).province().lonLat;
        EXPECT_GT(towns.places.size(), 20u) << key.toStdString();
        for (const geo::ContextPlace& town : towns.places) {
            EXPECT_TRUE(bg::within(town.lonLat, province)) << town.nameEn.toStdString();
            EXPECT_FALSE(town.name(geo::LabelLanguage::Chinese).isEmpty());
        }
    }
}

TEST(ContextLayerLoader, AnEnglishOnlyTownIsNamedInEnglishWhenChineseIsAskedFor) {
    const geo::ContextLayer towns = bundled(QStringLiteral("ningxia"), io::kTownsFile);
    const auto englishOnly =
        std::find_if(towns.places.begin(), towns.places.end(),
                     [](const geo::ContextPlace& p) { return p.nameZh.isEmpty(); });
    ASSERT_NE(englishOnly, towns.places.end());
    EXPECT_EQ(englishOnly->name(geo::LabelLanguage::Chinese), englishOnly->nameEn);
}

TEST(ContextLayerLoader, ProvenanceNamesTheSourceAndItsLicence) {
    for (const QString& key : {QStringLiteral("henan"), QStringLiteral("ningxia")}) {
        const QString rivers = bundled(key, io::kRiversFile).provenance;
        EXPECT_TRUE(rivers.contains(QStringLiteral("GSHHG"))) << rivers.toStdString();
        EXPECT_TRUE(rivers.contains(QStringLiteral("LGPL"))) << rivers.toStdString();
        const QString towns = bundled(key, io::kTownsFile).provenance;
        EXPECT_TRUE(towns.contains(QStringLiteral("GeoNames"))) << towns.toStdString();
        EXPECT_TRUE(towns.contains(QStringLiteral("CC-BY-4.0"))) << towns.toStdString();
    }
}

TEST(ContextLayerLoader, AMissingFileIsNamedInTheError) {
    const QString path =
        QDir(test::mapsDirectory()).filePath(QStringLiteral("nowhere/rivers.geojson"));
    const auto layer = io::loadContextLayer(path);
    ASSERT_FALSE(layer.ok());
    EXPECT_TRUE(layer.error().message.contains(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(layer.error().message.contains(QStringLiteral("does not exist")));
}

TEST(ContextLayerLoader, APolygonFileIsRejectedAsAreasNamingTheFeature) {
    const QString path =
        QDir(test::provinceDirectory(QStringLiteral("henan"))).filePath(io::kProvinceFile);
    const auto layer = io::loadContextLayer(path);
    ASSERT_FALSE(layer.ok());
    EXPECT_TRUE(layer.error().message.contains(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(layer.error().message.contains(QStringLiteral("feature 0")));
    EXPECT_TRUE(layer.error().message.contains(QStringLiteral("not areas")));
}

TEST(ContextLayerLoader, BrokenJsonIsNamedInTheError) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("rivers.geojson"),
                                   R"({"type": "FeatureCollection", "features": [ {"type": )");
    const auto layer = io::loadContextLayer(path);
    ASSERT_FALSE(layer.ok());
    EXPECT_TRUE(layer.error().message.contains(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(layer.error().message.contains(QStringLiteral("not a readable vector file")));
}

TEST(ContextLayerLoader, ABadPopulationNamesTheFeatureAndTheField) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("towns.geojson"), R"({
"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name_en": "A", "population": "1200"},
 "geometry": {"type": "Point", "coordinates": [113.6, 34.7]}},
{"type": "Feature", "properties": {"name_en": "B", "population": "many"},
 "geometry": {"type": "Point", "coordinates": [113.7, 34.8]}}]})");
    const auto layer = io::loadContextLayer(path);
    ASSERT_FALSE(layer.ok());
    const QString message = layer.error().message;
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(path))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("feature 1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("\"population\""))) << message.toStdString();
}

TEST(ContextLayerLoader, LinesAndPointsInOneFileAreRejected) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("mixed.geojson"), R"({
"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
 "coordinates": [[113.0, 34.0], [114.0, 35.0]]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [113.7, 34.8]}}]})");
    const auto layer = io::loadContextLayer(path);
    ASSERT_FALSE(layer.ok());
    EXPECT_TRUE(layer.error().message.contains(QStringLiteral("either lines or points")));
}

TEST(ContextLayerLoader, AMultiLineStringBecomesOneLinePerPart) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("multi.geojson"), R"({
"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"level": 2, "name": "Huai"}, "geometry": {"type": "MultiLineString",
 "coordinates": [[[113.0, 32.0], [114.0, 32.5]], [[114.5, 32.4], [115.0, 32.6], [116.0, 32.5]]]}}]})");
    const auto layer = io::loadContextLayer(path);
    ASSERT_TRUE(layer.ok()) << layer.error().message.toStdString();
    ASSERT_EQ(layer.value().lines.size(), 2u);
    EXPECT_EQ(layer.value().lines[1].lonLat.size(), 3u);
    EXPECT_EQ(layer.value().lines[1].level, 2);
    EXPECT_EQ(layer.value().lines[1].nameEn, QStringLiteral("Huai"));
}
