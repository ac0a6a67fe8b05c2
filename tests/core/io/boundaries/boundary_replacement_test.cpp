#include "core/io/boundaries/boundary_fixtures.h"
#include "io/boundaries/boundary_replacement.h"
#include "io/ogr_geometry_conversion.h"
#include "support/test_data.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <gtest/gtest.h>

#include <iostream>

using namespace agglomap;
using geo::RegionLevel;
namespace bg = boost::geometry;

namespace {

const geo::RegionHierarchy& henan() {
    return test::bundledHierarchy(QStringLiteral("henan"));
}

io::BoundaryReplacement replaced(const QString& path,
                                 const io::BoundaryReplacementOptions& options = {}) {
    auto result = io::replaceBoundaries(henan(), path, options);
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    return std::move(result).value();
}

geo::Box envelope(const geo::MultiPolygon& shape) {
    return bg::return_envelope<geo::Box>(shape);
}

// The largest distance between corresponding corners of the two shapes' bounding boxes.
double envelopeDistance(const geo::MultiPolygon& a, const geo::MultiPolygon& b) {
    const geo::Box boxA = envelope(a);
    const geo::Box boxB = envelope(b);
    return std::max({std::abs(boxA.min_corner().x() - boxB.min_corner().x()),
                     std::abs(boxA.min_corner().y() - boxB.min_corner().y()),
                     std::abs(boxA.max_corner().x() - boxB.max_corner().x()),
                     std::abs(boxA.max_corner().y() - boxB.max_corner().y())});
}

// The farthest any of every `step`-th vertex of `from` lies from the nearest vertex of `to`.
double vertexDistance(const geo::MultiPolygon& from, const geo::MultiPolygon& to,
                      std::size_t step) {
    std::vector<geo::Point> targets;
    bg::for_each_point(to, [&](const geo::Point& point) { targets.push_back(point); });
    std::vector<geo::Point> samples;
    std::size_t index = 0;
    bg::for_each_point(from, [&](const geo::Point& point) {
        if (index++ % step == 0) {
            samples.push_back(point);
        }
    });
    double farthest = 0.0;
    for (const geo::Point& sample : samples) {
        double nearest = std::numeric_limits<double>::max();
        for (const geo::Point& target : targets) {
            nearest = std::min(nearest, bg::distance(sample, target));
        }
        farthest = std::max(farthest, nearest);
    }
    return farthest;
}

std::vector<geo::RegionCode> codesOf(const geo::RegionHierarchy& hierarchy, RegionLevel level) {
    std::vector<geo::RegionCode> codes;
    for (const geo::Region* region : hierarchy.regionsAt(level)) {
        codes.push_back(region->code);
    }
    return codes;
}

std::vector<geo::RegionCode> countiesOf(geo::RegionCode city) {
    std::vector<geo::RegionCode> codes;
    for (const geo::Region* county : henan().children(city)) {
        codes.push_back(county->code);
    }
    return codes;
}

// Henan's 158 counties as a Shapefile in CGCS2000 / 3-degree Gauss-Kruger CM 114E with an
// integer ADCODE field, written and replaced once for the suite: it takes a few seconds.
class HenanCountiesInGaussKruger : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new QTemporaryDir;
        const QString path = s_dir->filePath(QStringLiteral("counties.shp"));
        test::FixtureLayer layer;
        layer.name = QStringLiteral("counties");
        layer.epsg = 4547;
        layer.codeField = QStringLiteral("ADCODE");
        layer.codeType = OFTInteger;
        layer.features = test::regionFeatures(henan(), RegionLevel::County, 4547);
        test::writeVectorFile(path, QStringLiteral("ESRI Shapefile"), {layer});
        QElapsedTimer timer;
        timer.start();
        s_result = new io::BoundaryReplacement(replaced(path));
        std::cout << "[ timing ] replacing Henan's 158 counties and rebuilding 18 cities and "
                     "the province took "
                  << timer.elapsed() << " ms\n";
    }
    static void TearDownTestSuite() {
        delete s_result;
        delete s_dir;
    }
    static const geo::RegionHierarchy& regions() { return *s_result->regions; }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline io::BoundaryReplacement* s_result = nullptr;
};

} // namespace

TEST_F(HenanCountiesInGaussKruger, EveryCountyIsReplacedAndNoneIgnored) {
    ASSERT_TRUE(s_result->regions);
    EXPECT_EQ(s_result->replaced, codesOf(henan(), RegionLevel::County));
    EXPECT_TRUE(s_result->ignored.isEmpty()) << s_result->ignored.join('\n').toStdString();
    EXPECT_TRUE(s_result->kept.empty());
    EXPECT_EQ(s_result->sourceCrs, QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 114E"));
}

TEST_F(HenanCountiesInGaussKruger, CountiesComeBackWhereTheyWereWithinAMicrodegree) {
    ASSERT_TRUE(s_result->regions);
    for (const geo::Region* before : henan().regionsAt(RegionLevel::County)) {
        const geo::Region* after = regions().find(before->code);
        ASSERT_NE(after, nullptr) << before->code;
        EXPECT_LT(envelopeDistance(before->lonLat, after->lonLat), 1e-6) << before->code;
        EXPECT_LT(vertexDistance(before->lonLat, after->lonLat, 97), 1e-6) << before->code;
        EXPECT_NEAR(bg::area(after->lonLat) / bg::area(before->lonLat), 1.0, 1e-4) << before->code;
        EXPECT_TRUE(io::toOgr(after->lonLat)->IsValid()) << before->code;
    }
}

TEST_F(HenanCountiesInGaussKruger, CitiesAndTheProvinceAreRebuiltAsUnionsOfTheirCounties) {
    ASSERT_TRUE(s_result->regions);
    std::vector<geo::RegionCode> expected = codesOf(henan(), RegionLevel::City);
    expected.push_back(410000);
    EXPECT_EQ(s_result->rebuilt, expected);
    double cityArea = 0.0;
    for (const geo::Region* city : regions().regionsAt(RegionLevel::City)) {
        double countyArea = 0.0;
        for (const geo::Region* county : regions().children(city->code)) {
            countyArea += bg::area(county->lonLat);
        }
        EXPECT_NEAR(bg::area(city->lonLat) / countyArea, 1.0, 0.002) << city->code;
        EXPECT_TRUE(io::toOgr(city->lonLat)->IsValid()) << city->code;
        cityArea += bg::area(city->lonLat);
    }
    EXPECT_NEAR(bg::area(regions().province().lonLat) / cityArea, 1.0, 0.002);
    EXPECT_NEAR(bg::area(regions().province().lonLat) / bg::area(henan().province().lonLat), 1.0,
                0.002);
}

TEST_F(HenanCountiesInGaussKruger, NamesCodesLevelsAndKindsStayAsTheyWere) {
    ASSERT_TRUE(s_result->regions);
    ASSERT_EQ(regions().regions().size(), henan().regions().size());
    for (std::size_t i = 0; i < henan().regions().size(); ++i) {
        const geo::Region& before = henan().regions()[i];
        const geo::Region& after = regions().regions()[i];
        EXPECT_EQ(after.code, before.code);
        EXPECT_EQ(after.parentCode, before.parentCode);
        EXPECT_EQ(after.level, before.level);
        EXPECT_EQ(after.kind, before.kind);
        EXPECT_EQ(after.nameZh, before.nameZh);
        EXPECT_EQ(after.nameEn, before.nameEn);
    }
}

namespace {

constexpr geo::RegionCode kJinshui = 410105; // 金水区, Zhengzhou
constexpr geo::RegionCode kZhengzhou = 410100;

class ReplaceBoundaries : public ::testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // One GeoJSON layer of `features` in lon/lat.
    QString geoJson(const QString& name, std::vector<test::FixtureFeature> features,
                    OGRwkbGeometryType type = wkbMultiPolygon) const {
        test::FixtureLayer layer;
        layer.geometryType = type;
        layer.features = std::move(features);
        const QString file = path(name);
        test::writeVectorFile(file, QStringLiteral("GeoJSON"), {layer});
        return file;
    }

    static test::FixtureFeature county(geo::RegionCode code, int epsg = 4326,
                                       geo::LonLatDatum datum = geo::LonLatDatum::Wgs84) {
        return {QString::number(code),
                test::fixtureGeometry(henan().find(code)->lonLat, epsg, datum)};
    }

    QString errorOf(const QString& file, const io::BoundaryReplacementOptions& options = {}) const {
        auto result = io::replaceBoundaries(henan(), file, options);
        return result ? QStringLiteral("<no error>") : result.error().message;
    }

    QString native(const QString& name) const { return QDir::toNativeSeparators(path(name)); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReplaceBoundaries, AGcj02CountyComesBackInWgs84WhenTheDatumIsGiven) {
    const QString file = geoJson(QStringLiteral("jinshui_gcj02.geojson"),
                                 {county(kJinshui, 4326, geo::LonLatDatum::Gcj02)});
    io::BoundaryReplacementOptions options;
    options.datum = geo::LonLatDatum::Gcj02;
    const auto result = replaced(file, options);
    ASSERT_TRUE(result.regions);
    EXPECT_EQ(result.replaced, std::vector<geo::RegionCode>{kJinshui});
    EXPECT_EQ(result.rebuilt, (std::vector<geo::RegionCode>{kZhengzhou, 410000}));
    EXPECT_EQ(result.kept.size(), henan().regions().size() - 3);
    EXPECT_EQ(result.sourceCrs, QStringLiteral("WGS 84"));
    const auto& before = henan().find(kJinshui)->lonLat;
    const auto& after = result.regions->find(kJinshui)->lonLat;
    EXPECT_LT(envelopeDistance(before, after), 1e-5);
    EXPECT_LT(vertexDistance(before, after, 7), 1e-5);
}

TEST_F(ReplaceBoundaries, AGcj02CountyReadAsWgs84IsOffByHundredsOfMetres) {
    const QString file = geoJson(QStringLiteral("jinshui_gcj02.geojson"),
                                 {county(kJinshui, 4326, geo::LonLatDatum::Gcj02)});
    const auto result = replaced(file);
    ASSERT_TRUE(result.regions);
    EXPECT_GT(
        envelopeDistance(henan().find(kJinshui)->lonLat, result.regions->find(kJinshui)->lonLat),
        0.003);
}

TEST_F(ReplaceBoundaries, KeptRegionsKeepTheirGeometryAndTheCurrentHierarchyStaysAsItWas) {
    std::vector<double> areasBefore;
    for (const geo::Region& region : henan().regions()) {
        areasBefore.push_back(bg::area(region.lonLat));
    }
    const QString file = geoJson(QStringLiteral("jinshui_gcj02.geojson"),
                                 {county(kJinshui, 4326, geo::LonLatDatum::Gcj02)});
    const auto result = replaced(file); // read as WGS84: every vertex moves
    ASSERT_TRUE(result.regions);
    EXPECT_NE(result.regions.get(), &henan());
    for (std::size_t i = 0; i < henan().regions().size(); ++i) {
        EXPECT_EQ(bg::area(henan().regions()[i].lonLat), areasBefore[i])
            << henan().regions()[i].code;
    }
    for (const geo::RegionCode code : result.kept) {
        EXPECT_TRUE(bg::equals(result.regions->find(code)->lonLat, henan().find(code)->lonLat))
            << code;
    }
}

TEST_F(ReplaceBoundaries, WithoutRebuildingCitiesKeepTheirOutline) {
    const QString file = geoJson(QStringLiteral("jinshui.geojson"), {county(kJinshui)});
    io::BoundaryReplacementOptions options;
    options.rebuildUpperLevels = false;
    const auto result = replaced(file, options);
    ASSERT_TRUE(result.regions);
    EXPECT_TRUE(result.rebuilt.empty());
    EXPECT_EQ(result.kept.size(), henan().regions().size() - 1);
    EXPECT_EQ(bg::area(result.regions->find(kZhengzhou)->lonLat),
              bg::area(henan().find(kZhengzhou)->lonLat));
}

TEST_F(ReplaceBoundaries, AFileOfCitiesReplacesThemAndRebuildsOnlyTheProvince) {
    const QString file = geoJson(QStringLiteral("cities.geojson"),
                                 test::regionFeatures(henan(), RegionLevel::City, 4326));
    const auto result = replaced(file);
    ASSERT_TRUE(result.regions);
    EXPECT_EQ(result.replaced, codesOf(henan(), RegionLevel::City));
    EXPECT_EQ(result.rebuilt, std::vector<geo::RegionCode>{410000});
    EXPECT_EQ(result.kept, codesOf(henan(), RegionLevel::County));
}

TEST_F(ReplaceBoundaries, AGeoPackageLayerInWebMercatorWithAChineseCodeFieldIsFound) {
    test::FixtureLayer counties;
    counties.name = QStringLiteral("区县");
    counties.epsg = 3857;
    counties.codeField = QStringLiteral("行政区划代码");
    for (const geo::RegionCode code : countiesOf(kZhengzhou)) {
        counties.features.push_back(county(code, 3857));
    }
    test::FixtureLayer towns;
    towns.name = QStringLiteral("towns");
    towns.geometryType = wkbPoint;
    towns.features.push_back(
        {QString::number(kJinshui), std::make_shared<OGRPoint>(113.66, 34.80)});
    const QString file = path(QStringLiteral("zhengzhou.gpkg"));
    test::writeVectorFile(file, QStringLiteral("GPKG"), {counties, towns});

    const auto result = replaced(file);
    ASSERT_TRUE(result.regions);
    EXPECT_EQ(result.replaced, countiesOf(kZhengzhou));
    EXPECT_EQ(result.rebuilt, (std::vector<geo::RegionCode>{kZhengzhou, 410000}));
    EXPECT_EQ(result.sourceCrs, QStringLiteral("WGS 84 / Pseudo-Mercator"));
    for (const geo::RegionCode code : countiesOf(kZhengzhou)) {
        EXPECT_LT(envelopeDistance(henan().find(code)->lonLat, result.regions->find(code)->lonLat),
                  1e-6)
            << code;
    }

    io::BoundaryReplacementOptions named;
    named.layer = QStringLiteral("区县");
    named.codeField = QStringLiteral("行政区划代码");
    EXPECT_EQ(replaced(file, named).replaced, countiesOf(kZhengzhou));

    io::BoundaryReplacementOptions points;
    points.layer = QStringLiteral("towns");
    EXPECT_EQ(errorOf(file, points),
              native(QStringLiteral("zhengzhou.gpkg")) +
                  QStringLiteral(", layer \"towns\": holds points, not polygons; choose the layer "
                                 "with the boundaries of the regions."));

    io::BoundaryReplacementOptions missingLayer;
    missingLayer.layer = QStringLiteral("乡镇");
    EXPECT_EQ(errorOf(file, missingLayer),
              native(QStringLiteral("zhengzhou.gpkg")) +
                  QStringLiteral(": has no layer \"乡镇\"; its layers are 区县, towns."));

    io::BoundaryReplacementOptions missingField;
    missingField.codeField = QStringLiteral("ADCODE");
    EXPECT_EQ(errorOf(file, missingField),
              native(QStringLiteral("zhengzhou.gpkg")) +
                  QStringLiteral(", layer \"区县\": has no field \"ADCODE\"; its fields are "
                                 "行政区划代码."));
}

TEST_F(ReplaceBoundaries, AShapefileWithoutPrjIsReadInTheAssumedCrs) {
    test::FixtureLayer layer;
    layer.epsg = 0;
    layer.features = {county(kJinshui, 4547)};
    const QString file = path(QStringLiteral("jinshui.shp"));
    test::writeVectorFile(file, QStringLiteral("ESRI Shapefile"), {layer});
    io::BoundaryReplacementOptions options;
    options.assumedCrs = QStringLiteral("EPSG:4547");
    const auto result = replaced(file, options);
    ASSERT_TRUE(result.regions);
    EXPECT_EQ(result.sourceCrs, QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 114E"));
    EXPECT_LT(
        envelopeDistance(henan().find(kJinshui)->lonLat, result.regions->find(kJinshui)->lonLat),
        1e-6);
}

TEST_F(ReplaceBoundaries, IgnoredFeaturesAreListedAndTheRestReplaced) {
    const QString file = geoJson(
        QStringLiteral("mixed.geojson"),
        {county(kJinshui),
         {QStringLiteral("110101"), test::fixtureGeometry(henan().find(410102)->lonLat, 4326)}});
    const auto result = replaced(file);
    ASSERT_TRUE(result.regions);
    EXPECT_EQ(result.replaced, std::vector<geo::RegionCode>{kJinshui});
    EXPECT_EQ(result.ignored,
              QStringList{QStringLiteral("feature 1: code 110101 is not a region of 河南省")});
}

TEST_F(ReplaceBoundaries, ASelfIntersectingPolygonIsRepaired) {
    const geo::Box box = envelope(henan().find(kJinshui)->lonLat);
    auto bowTie = std::make_shared<OGRPolygon>();
    OGRLinearRing ring;
    ring.addPoint(box.min_corner().x(), box.min_corner().y());
    ring.addPoint(box.max_corner().x(), box.max_corner().y());
    ring.addPoint(box.max_corner().x(), box.min_corner().y());
    ring.addPoint(box.min_corner().x(), box.max_corner().y());
    ring.closeRings();
    bowTie->addRing(&ring);
    {
        CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // GEOS says where it crosses
        ASSERT_FALSE(bowTie->IsValid());
    }
    const QString file =
        geoJson(QStringLiteral("bow_tie.geojson"), {{QString::number(kJinshui), bowTie}});
    const auto result = replaced(file);
    ASSERT_TRUE(result.regions);
    const auto& shape = result.regions->find(kJinshui)->lonLat;
    EXPECT_EQ(shape.size(), 2u); // two triangles
    EXPECT_TRUE(io::toOgr(shape)->IsValid());
    EXPECT_NEAR(bg::area(shape), bg::area(box) / 2.0, 1e-9);
}
