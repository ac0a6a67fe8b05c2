#include "boundary_builder.h"
#include "geo/gcj02.h"
#include "io/boundary_loader.h"
#include "io/ogr_geometry_conversion.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

using namespace agglomap;
namespace bg = boost::geometry;

namespace {

geo::Point centroidOf(const geo::MultiPolygon& shape) {
    geo::Point centroid;
    bg::centroid(shape, centroid);
    return centroid;
}

geo::Region only(const Result<std::vector<geo::Region>>& regions) {
    EXPECT_TRUE(regions.ok()) << regions.error().message.toStdString();
    EXPECT_EQ(regions.value().size(), 1u);
    return regions.value().front();
}

} // namespace

// Rebuilds Jiyuan (a city of one county-level unit) from the npm package's GCJ-02 file.
class BoundaryBuilderTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(
            QFile::copy(test::dataFile(QStringLiteral("builder/he2_nan2_ji4_yuan2.geojson")),
                        m_source.filePath(QStringLiteral("he2_nan2_ji4_yuan2.geojson"))));
        const auto names = tools::readRegionNames(
            QDir(test::mapsDirectory()).filePath(QStringLiteral("sources/region_names.csv")));
        ASSERT_TRUE(names.ok()) << names.error().message.toStdString();
        const auto report =
            tools::buildProvince({QStringLiteral("henan"), QStringLiteral("he2_nan2_"), 410000},
                                 m_source.path(), names.value(), m_output.path());
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        m_report = report.value().lines.join(QLatin1Char('\n'));
    }

    QString outputFile(const char* name) const {
        return QDir(m_output.filePath(QStringLiteral("henan"))).filePath(QLatin1String(name));
    }

    QTemporaryDir m_source;
    QTemporaryDir m_output;
    QString m_report;
};

// Built alone, Jiyuan keeps its outline but may differ in holes: the full build keeps holes
// that a neighbouring county fills, and here there is no neighbour.
TEST_F(BoundaryBuilderTest, ReproducesTheCommittedCountyOutline) {
    const auto built = io::readRegions(outputFile(io::kCountiesFile));
    const auto committed = io::readRegions(QDir(test::provinceDirectory(QStringLiteral("henan")))
                                               .filePath(QLatin1String(io::kCountiesFile)));
    ASSERT_TRUE(committed.ok());
    const geo::Region county = only(built);
    const auto match = std::find_if(committed.value().begin(), committed.value().end(),
                                    [](const geo::Region& r) { return r.code == 419001; });
    ASSERT_NE(match, committed.value().end());
    EXPECT_EQ(county.nameZh, match->nameZh);
    EXPECT_EQ(county.nameEn, QStringLiteral("Jiyuan City"));
    EXPECT_EQ(county.parentCode, 419000);
    ASSERT_EQ(county.lonLat.size(), match->lonLat.size());
    for (std::size_t i = 0; i < county.lonLat.size(); ++i) {
        EXPECT_TRUE(bg::equals(county.lonLat[i].outer(), match->lonLat[i].outer())) << i;
    }
}

TEST_F(BoundaryBuilderTest, MovesTheShapeFromGcj02ToWgs84) {
    GDALAllRegister();
    GDALDatasetUniquePtr source(GDALDataset::Open(
        test::dataFile(QStringLiteral("builder/he2_nan2_ji4_yuan2.geojson")).toUtf8().constData(),
        GDAL_OF_VECTOR));
    ASSERT_TRUE(source);
    OGRFeatureUniquePtr feature(source->GetLayer(0)->GetNextFeature());
    const auto gcj = io::toMultiPolygon(*feature->GetGeometryRef());
    ASSERT_TRUE(gcj.has_value());

    const geo::Region county = only(io::readRegions(outputFile(io::kCountiesFile)));
    const geo::Point built = centroidOf(county.lonLat);
    const geo::Point original = centroidOf(*gcj);
    const double shift = geo::distanceMetres({built.x(), built.y()}, {original.x(), original.y()});
    EXPECT_GT(shift, 450.0);
    EXPECT_LT(shift, 650.0);

    // Every source vertex sits on a 1/1024 degree grid in GCJ-02. Moving the built WGS84
    // vertices forward to GCJ-02 must land them back on that grid (up to the 1e-6 degree
    // rounding of the stored file); a missing or doubled conversion would not.
    std::size_t total = 0;
    std::size_t onGrid = 0;
    bg::for_each_point(county.lonLat, [&](const geo::Point& p) {
        const geo::LonLat back = geo::wgs84ToGcj02({p.x(), p.y()});
        const double gx = back.lon * 1024.0;
        const double gy = back.lat * 1024.0;
        ++total;
        onGrid +=
            std::abs(gx - std::round(gx)) < 0.003 && std::abs(gy - std::round(gy)) < 0.003 ? 1 : 0;
    });
    EXPECT_GT(onGrid, total * 95 / 100) << onGrid << " of " << total;
}

TEST_F(BoundaryBuilderTest, DissolvesTheOnlyCountyIntoItsCityAndProvince) {
    const geo::Region county = only(io::readRegions(outputFile(io::kCountiesFile)));
    const geo::Region city = only(io::readRegions(outputFile(io::kCitiesFile)));
    const geo::Region province = only(io::readRegions(outputFile(io::kProvinceFile)));
    EXPECT_EQ(city.code, 419000);
    EXPECT_EQ(city.nameEn, QStringLiteral("Jiyuan"));
    EXPECT_EQ(province.code, 410000);
    EXPECT_NEAR(bg::area(city.lonLat), bg::area(county.lonLat), bg::area(county.lonLat) * 1e-6);
    EXPECT_NEAR(bg::area(province.lonLat), bg::area(county.lonLat), bg::area(county.lonLat) * 1e-6);
}

TEST_F(BoundaryBuilderTest, ReportsWhatItRepaired) {
    EXPECT_TRUE(m_report.contains(QStringLiteral("Henan: 1 counties, 1 cities, 1 province")))
        << m_report.toStdString();
    EXPECT_TRUE(m_report.contains(QStringLiteral("GCJ-02 offset removed")))
        << m_report.toStdString();
}

TEST(BoundaryBuilderNames, ABrokenRowIsReportedWithItsNumber) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name_zh,name_en\n410100,郑州市,Zhengzhou\nLuoyang,洛阳市\n");
    file.close();
    const auto names = tools::readRegionNames(path);
    ASSERT_FALSE(names.ok());
    EXPECT_EQ(names.error().message,
              path + QStringLiteral(", row 3: expected code,name_zh,name_en."));
}
