#include "core/io/boundaries/boundary_fixtures.h"
#include "io/boundaries/boundary_replacement.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <ogr_geometry.h>

#include <gtest/gtest.h>

using namespace agglomap;
using geo::RegionLevel;

namespace {

constexpr geo::RegionCode kJinshui = 410105; // 金水区, Zhengzhou

const geo::RegionHierarchy& henan() {
    return test::bundledHierarchy(QStringLiteral("henan"));
}

// Every message names the file and says what to do; these pin them word for word.
class BoundaryReplacementErrors : public ::testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString native(const QString& name) const { return QDir::toNativeSeparators(path(name)); }

    static test::FixtureFeature feature(const QString& code, geo::RegionCode shapeOf = kJinshui,
                                        int epsg = 4326) {
        return {code, test::fixtureGeometry(henan().find(shapeOf)->lonLat, epsg)};
    }

    QString write(const QString& name, const test::FixtureLayer& layer) const {
        const QString file = path(name);
        const QString driver = name.endsWith(QStringLiteral(".shp"))
                                   ? QStringLiteral("ESRI Shapefile")
                                   : QStringLiteral("GeoJSON");
        test::writeVectorFile(file, driver, {layer});
        return file;
    }

    QString geoJson(const QString& name, std::vector<test::FixtureFeature> features) const {
        test::FixtureLayer layer;
        layer.features = std::move(features);
        return write(name, layer);
    }

    static QString errorOf(const QString& file,
                           const io::BoundaryReplacementOptions& options = {}) {
        auto result = io::replaceBoundaries(henan(), file, options);
        return result ? QStringLiteral("<no error>") : result.error().message;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BoundaryReplacementErrors, AMissingFileIsNamed) {
    EXPECT_EQ(errorOf(path(QStringLiteral("missing.shp"))),
              native(QStringLiteral("missing.shp")) + QStringLiteral(": the file does not exist."));
}

TEST_F(BoundaryReplacementErrors, ACorruptFileIsNotReadable) {
    QFile file(path(QStringLiteral("broken.shp")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a shapefile");
    file.close();
    EXPECT_EQ(errorOf(file.fileName()),
              native(QStringLiteral("broken.shp")) +
                  QStringLiteral(": not a vector file GDAL can read; check that it opens in "
                                 "QGIS, or export it again as GeoPackage or Shapefile."));
}

TEST_F(BoundaryReplacementErrors, ATruncatedGeoJsonCarriesGdalsReason) {
    QFile file(path(QStringLiteral("truncated.geojson")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry)");
    file.close();
    EXPECT_EQ(errorOf(file.fileName()),
              native(QStringLiteral("truncated.geojson")) +
                  QStringLiteral(": not a vector file GDAL can read (Failed to read GeoJSON "
                                 "data); check that it opens in QGIS, or export it again as "
                                 "GeoPackage or Shapefile."));
}

TEST_F(BoundaryReplacementErrors, AShapefileWithoutPrjNeedsAnAssumedCrs) {
    test::FixtureLayer layer;
    layer.epsg = 0;
    layer.features = {feature(QString::number(kJinshui), kJinshui, 4547)};
    const QString file = write(QStringLiteral("no_prj.shp"), layer);
    EXPECT_EQ(errorOf(file), native(QStringLiteral("no_prj.shp")) +
                                 QStringLiteral(": has no coordinate reference system (no .prj); "
                                                "choose the one it was made in, e.g. EPSG:4490 "
                                                "(CGCS2000) or EPSG:4547."));
}

TEST_F(BoundaryReplacementErrors, AnUnknownAssumedCrsIsRefused) {
    test::FixtureLayer layer;
    layer.epsg = 0;
    layer.features = {feature(QString::number(kJinshui), kJinshui, 4547)};
    const QString file = write(QStringLiteral("no_prj.shp"), layer);
    io::BoundaryReplacementOptions options;
    options.assumedCrs = QStringLiteral("EPSG:99999999");
    EXPECT_EQ(errorOf(file, options),
              native(QStringLiteral("no_prj.shp")) +
                  QStringLiteral(": the coordinate reference system \"EPSG:99999999\" is "
                                 "unknown; give an EPSG code such as EPSG:4547, a WKT or a PROJ "
                                 "string."));
}

TEST_F(BoundaryReplacementErrors, TheWrongGaussKrugerZonePutsTheCountyFarAway) {
    test::FixtureLayer layer;
    layer.epsg = 0;
    layer.features = {feature(QString::number(kJinshui), kJinshui, 4547)};
    const QString file = write(QStringLiteral("no_prj.shp"), layer);
    io::BoundaryReplacementOptions options;
    options.assumedCrs = QStringLiteral("EPSG:4548"); // CM 117E instead of 114E
    const QString message = errorOf(file, options);
    EXPECT_TRUE(message.startsWith(native(QStringLiteral("no_prj.shp")) +
                                   QStringLiteral(", feature 0 (code 410105): lies around 116.")))
        << message.toStdString();
    EXPECT_TRUE(message.endsWith(
        QStringLiteral("far from 金水区, which the plan has around 113.73°E, 34.81°N; is CGCS2000 "
                       "/ 3-degree Gauss-Kruger CM 117E the coordinate reference system it was "
                       "made in?")))
        << message.toStdString();
}

TEST_F(BoundaryReplacementErrors, AFileWithoutACodeFieldSaysWhichFieldsItHas) {
    test::FixtureLayer layer;
    layer.codeField.clear(); // a NAME field only
    layer.features = {feature(QStringLiteral("金水区"))};
    const QString file = write(QStringLiteral("names.geojson"), layer);
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("names.geojson")) +
                  QStringLiteral(": no field is named like an administrative code field (adcode, "
                                 "code, pac, xzqdm, gb, dm, 行政区划代码, 区划代码, 代码, ...); "
                                 "its fields are NAME. Choose the field holding the six-digit "
                                 "codes."));
}

TEST_F(BoundaryReplacementErrors, ACodeOfOtherThanSixDigitsIsRefused) {
    const QString shortCode =
        geoJson(QStringLiteral("short.geojson"), {feature(QString::number(kJinshui), kJinshui),
                                                  feature(QStringLiteral("4101"), 410102)});
    EXPECT_EQ(errorOf(shortCode),
              native(QStringLiteral("short.geojson")) +
                  QStringLiteral(", feature 1, field \"code\": \"4101\" is not a six-digit "
                                 "administrative code; every feature needs the six-digit GB/T "
                                 "2260 code of its region, e.g. 410102."));
    // Tianditu prefixes the country code 156.
    const QString tianditu =
        geoJson(QStringLiteral("tianditu.geojson"), {feature(QStringLiteral("156410105"))});
    EXPECT_EQ(errorOf(tianditu),
              native(QStringLiteral("tianditu.geojson")) +
                  QStringLiteral(", feature 0, field \"code\": \"156410105\" is not a six-digit "
                                 "administrative code; every feature needs the six-digit GB/T "
                                 "2260 code of its region, e.g. 410102."));
    const QString missing = geoJson(QStringLiteral("missing_code.geojson"),
                                    {feature(QString::number(kJinshui)), feature(QString())});
    EXPECT_EQ(errorOf(missing),
              native(QStringLiteral("missing_code.geojson")) +
                  QStringLiteral(", feature 1, field \"code\": no code; every feature needs the "
                                 "six-digit GB/T 2260 code of its region, e.g. 410102."));
}

TEST_F(BoundaryReplacementErrors, AnEmptyGeometryNamesTheFeatureAndRegion) {
    const QString empty =
        geoJson(QStringLiteral("empty.geojson"),
                {{QString::number(kJinshui), std::make_shared<OGRMultiPolygon>()}});
    EXPECT_EQ(errorOf(empty),
              native(QStringLiteral("empty.geojson")) +
                  QStringLiteral(", feature 0 (code 410105): the geometry is empty; draw the "
                                 "boundary of 金水区 or delete the feature."));
    const QString none =
        geoJson(QStringLiteral("null.geojson"), {{QString::number(kJinshui), nullptr}});
    EXPECT_EQ(errorOf(none),
              native(QStringLiteral("null.geojson")) +
                  QStringLiteral(", feature 0 (code 410105): the geometry is empty; draw the "
                                 "boundary of 金水区 or delete the feature."));
}

TEST_F(BoundaryReplacementErrors, APolygonFoldedOntoALineCannotBeRepaired) {
    auto flat = std::make_shared<OGRPolygon>();
    OGRLinearRing ring;
    // Exactly on one line: binary fractions.
    ring.addPoint(113.5, 34.75);
    ring.addPoint(113.75, 34.875);
    ring.addPoint(113.625, 34.8125);
    ring.closeRings();
    flat->addRing(&ring);
    const QString file =
        geoJson(QStringLiteral("flat.geojson"), {{QString::number(kJinshui), flat}});
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("flat.geojson")) +
                  QStringLiteral(", feature 0 (code 410105): the polygon is invalid and cannot be "
                                 "repaired; fix it (e.g. QGIS: Vector > Geometry Tools > Fix "
                                 "Geometries) and load the file again."));
}

TEST_F(BoundaryReplacementErrors, ACodeGivenTwiceNamesBothFeatures) {
    const QString file =
        geoJson(QStringLiteral("twice.geojson"),
                {feature(QStringLiteral("410102"), 410102), feature(QString::number(kJinshui)),
                 feature(QString::number(kJinshui))});
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("twice.geojson")) +
                  QStringLiteral(": code 410105 (金水区) appears in features 1 and 2; give each "
                                 "region one feature (dissolve its parts into one "
                                 "multipolygon)."));
}

TEST_F(BoundaryReplacementErrors, AFileOfAnotherProvinceMatchesNothing) {
    const QString file =
        geoJson(QStringLiteral("beijing.geojson"),
                {feature(QStringLiteral("110101")), feature(QStringLiteral("110102"))});
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("beijing.geojson")) +
                  QStringLiteral(": no feature's code (field \"code\") matches a region of "
                                 "河南省; is it the right province or field?"));
}

TEST_F(BoundaryReplacementErrors, APointLayerIsNotBoundaries) {
    test::FixtureLayer layer;
    layer.geometryType = wkbPoint;
    layer.features = {{QString::number(kJinshui), std::make_shared<OGRPoint>(113.66, 34.80)}};
    const QString file = write(QStringLiteral("points.geojson"), layer);
    EXPECT_EQ(errorOf(file), native(QStringLiteral("points.geojson")) +
                                 QStringLiteral(": holds points, not polygons; choose the layer "
                                                "with the boundaries of the regions."));
}

TEST_F(BoundaryReplacementErrors, ALineAmongPolygonsNamesTheFeature) {
    auto line = std::make_shared<OGRLineString>();
    line->addPoint(113.6, 34.75);
    line->addPoint(113.7, 34.80);
    test::FixtureLayer layer;
    layer.geometryType = wkbUnknown;
    layer.features = {feature(QStringLiteral("410102"), 410102), {QString::number(kJinshui), line}};
    const QString file = write(QStringLiteral("mixed.geojson"), layer);
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("mixed.geojson")) +
                  QStringLiteral(", feature 1 (code 410105): its geometry is a line string, not "
                                 "a polygon; boundaries must be polygons or multipolygons."));
}
