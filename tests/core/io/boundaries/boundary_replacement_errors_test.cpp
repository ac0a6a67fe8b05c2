#include "core/io/boundaries/boundary_fixtures.h"
#include "io/boundaries/boundary_replacement.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <regex>

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
                               : name.endsWith(QStringLiteral(".gpkg")) ? QStringLiteral("GPKG")
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

// A polygon through the given corners, closed.
std::shared_ptr<OGRPolygon> polygon(std::initializer_list<std::pair<double, double>> corners) {
    auto shape = std::make_shared<OGRPolygon>();
    OGRLinearRing ring;
    for (const auto& [x, y] : corners) {
        ring.addPoint(x, y);
    }
    ring.closeRings();
    shape->addRing(&ring);
    return shape;
}

// Jinshui's outline scaled by `factor` about the centre of its bounding box.
std::shared_ptr<const OGRGeometry> scaledJinshui(double factor) {
    geo::MultiPolygon shape = henan().find(kJinshui)->lonLat;
    const auto box = boost::geometry::return_envelope<geo::Box>(shape);
    const double cx = (box.min_corner().x() + box.max_corner().x()) / 2.0;
    const double cy = (box.min_corner().y() + box.max_corner().y()) / 2.0;
    boost::geometry::for_each_point(shape, [&](geo::Point& point) {
        point = geo::Point(cx + (point.x() - cx) * factor, cy + (point.y() - cy) * factor);
    });
    return test::fixtureGeometry(shape, 4326);
}

// The two areas of "covers about A km², where the plan has B km² for ...", as A / B.
double areaRatioIn(const QString& message) {
    static const std::regex areas(
        R"(covers about ([0-9.]+) km², where the plan has ([0-9.]+) km²)");
    std::smatch match;
    const std::string text = message.toStdString();
    if (!std::regex_search(text, match, areas)) {
        return 0.0;
    }
    return std::stod(match[1].str()) / std::stod(match[2].str());
}

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

// The fault campaign's shapes: each is refused with the file, the feature and what is wrong.
TEST_F(BoundaryReplacementErrors, AWholeWorldPolygonReachesBeyondTheProvince) {
    const QString file =
        geoJson(QStringLiteral("world.geojson"),
                {{QString::number(kJinshui),
                  polygon({{-180.0, -90.0}, {180.0, -90.0}, {180.0, 90.0}, {-180.0, 90.0}})}});
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("world.geojson")) +
                  QStringLiteral(", feature 0 (code 410105): spans -180.00 to 180.00°E, -90.00 to "
                                 "90.00°N, beyond 河南省 (110.16 to 116.85°E, 31.18 to 36.57°N, "
                                 "its extent grown by 0.2°); a boundary must lie within the "
                                 "province. Is WGS 84 the coordinate reference system it was made "
                                 "in?"));
}

TEST_F(BoundaryReplacementErrors, CoordinatesOf1e308ReachBeyondTheProvince) {
    const QString file =
        geoJson(QStringLiteral("huge.geojson"),
                {{QString::number(kJinshui),
                  polygon({{-1e308, -1e308}, {1e308, -1e308}, {1e308, 1e308}, {-1e308, 1e308}})}});
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("huge.geojson")) +
                  QStringLiteral(", feature 0 (code 410105): spans -1e+308 to 1e+308°E, -1e+308 "
                                 "to 1e+308°N, beyond 河南省 (110.16 to 116.85°E, 31.18 to "
                                 "36.57°N, its extent grown by 0.2°); a boundary must lie within "
                                 "the province. Is WGS 84 the coordinate reference system it was "
                                 "made in?"));
}

TEST_F(BoundaryReplacementErrors, ACountyReachingIntoTheNextProvinceIsRefused) {
    // Overlaps Jinshui, so it is not simply elsewhere, but runs north into Hebei.
    test::FixtureLayer layer;
    layer.features = {
        {QString::number(kJinshui),
         polygon({{113.625, 34.75}, {113.75, 34.75}, {113.75, 37.0}, {113.625, 37.0}})}};
    const QString file = write(QStringLiteral("north.geojson"), layer);
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("north.geojson")) +
                  QStringLiteral(", feature 0 (code 410105): spans 113.63 to 113.75°E, 34.75 to "
                                 "37.00°N, beyond 河南省 (110.16 to 116.85°E, 31.18 to 36.57°N, "
                                 "its extent grown by 0.2°); a boundary must lie within the "
                                 "province. Is WGS 84 the coordinate reference system it was made "
                                 "in?"));
}

TEST_F(BoundaryReplacementErrors, ANaNCoordinateIsNotANumber) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    test::FixtureLayer layer;
    layer.geometryType = wkbUnknown; // polygons and multipolygons
    layer.features = {
        feature(QStringLiteral("410102"), 410102),
        {QString::number(kJinshui),
         polygon({{113.625, 34.75}, {113.75, 34.75}, {nan, 34.875}, {113.625, 34.875}})}};
    const QString file = write(QStringLiteral("nan.gpkg"), layer);
    EXPECT_EQ(errorOf(file), native(QStringLiteral("nan.gpkg")) +
                                 QStringLiteral(", feature 2 (code 410105): has coordinates that "
                                                "are not numbers (NaN or infinite); fix or redraw "
                                                "the boundary of 金水区 and load the file again."));
}

TEST_F(BoundaryReplacementErrors, ASelfIntersectingRingWithoutAreaCannotBeRepaired) {
    // Two spikes crossing at (113.625, 34.8125): the ring crosses itself and encloses nothing.
    auto crossed = polygon({{113.5, 34.75},
                            {113.75, 34.875},
                            {113.625, 34.8125},
                            {113.5, 34.875},
                            {113.75, 34.75},
                            {113.625, 34.8125}});
    {
        CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // GEOS says where it crosses
        ASSERT_FALSE(crossed->IsValid());
    }
    const QString file =
        geoJson(QStringLiteral("crossed.geojson"), {{QString::number(kJinshui), crossed}});
    EXPECT_EQ(errorOf(file),
              native(QStringLiteral("crossed.geojson")) +
                  QStringLiteral(", feature 0 (code 410105): the polygon is invalid and cannot be "
                                 "repaired; fix it (e.g. QGIS: Vector > Geometry Tools > Fix "
                                 "Geometries) and load the file again."));
}

TEST_F(BoundaryReplacementErrors, AnAreaAHundredTimesTheRegionsIsRefused) {
    const QString file =
        geoJson(QStringLiteral("big.geojson"), {{QString::number(kJinshui), scaledJinshui(10.0)}});
    const QString message = errorOf(file);
    EXPECT_TRUE(message.startsWith(native(QStringLiteral("big.geojson")) +
                                   QStringLiteral(", feature 0 (code 410105): covers about ")))
        << message.toStdString();
    EXPECT_TRUE(message.endsWith(
        QStringLiteral(" km² for 金水区; a new boundary may be at most 10 times larger or smaller "
                       "than the region it replaces. Is it the boundary of 金水区, and is WGS 84 "
                       "the coordinate reference system it was made in?")))
        << message.toStdString();
    EXPECT_NEAR(areaRatioIn(message), 100.0, 1.0) << message.toStdString();
}

TEST_F(BoundaryReplacementErrors, AnAreaAHundredthOfTheRegionsIsRefused) {
    const QString file =
        geoJson(QStringLiteral("small.geojson"), {{QString::number(kJinshui), scaledJinshui(0.1)}});
    const QString message = errorOf(file);
    EXPECT_TRUE(message.contains(QStringLiteral("feature 0 (code 410105): covers about ")))
        << message.toStdString();
    EXPECT_NEAR(areaRatioIn(message), 0.01, 0.0005) << message.toStdString();
}

TEST_F(BoundaryReplacementErrors, AnAreaWithinTheFactorIsAccepted) {
    // Three times wider and taller: nine times the area, still within the factor of ten.
    const QString file = geoJson(QStringLiteral("larger.geojson"),
                                 {{QString::number(kJinshui), scaledJinshui(3.0)}});
    EXPECT_EQ(errorOf(file), QStringLiteral("<no error>"));
}

TEST_F(BoundaryReplacementErrors, APointProjCannotTransformNamesTheFeatureAndPrintsNothing) {
    test::FixtureLayer layer;
    layer.epsg = 4547; // CGCS2000 / Gauss-Kruger CM 114E, in metres
    layer.features = {{QString::number(kJinshui),
                       polygon({{1e20, 3.8e6}, {1e21, 3.8e6}, {1e21, 3.9e6}, {1e20, 3.9e6}})}};
    const QString file = write(QStringLiteral("unprojectable.geojson"), layer);
    testing::internal::CaptureStderr();
    const QString message = errorOf(file);
    const std::string printed = testing::internal::GetCapturedStderr();
    EXPECT_EQ(message, native(QStringLiteral("unprojectable.geojson")) +
                           QStringLiteral(", feature 0 (code 410105): its coordinates cannot be "
                                          "transformed from CGCS2000 / 3-degree Gauss-Kruger CM "
                                          "114E to longitude/latitude; is that the coordinate "
                                          "reference system it was made in?"));
    EXPECT_EQ(printed, std::string());
}
