#include "core/io/import/data_table_fixtures.h"
#include "io/import/data_table.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace agglomap;
using io::EncodingSource;
using io::TextEncoding;
using test::errorOf;
using test::FixtureLayer;
using test::gbk;
using test::native;
using test::read;
using test::writeBytes;

namespace {

// A crescent ("C") near Luoyang, in degrees: its centroid (about 112.37, 34.6) lies in the
// opening, outside it.
const QByteArray crescent("POLYGON ((112.0 34.1,113.0 34.1,113.0 34.2,112.1 34.2,112.1 35.0,"
                          "113.0 35.0,113.0 35.1,112.0 35.1,112.0 34.1))");

bool insideCrescent(const geo::LonLat& point) {
    const auto within = [&](double x0, double y0, double x1, double y1) {
        return point.lon > x0 && point.lon < x1 && point.lat > y0 && point.lat < y1;
    };
    return within(112.0, 34.1, 113.0, 34.2) || within(112.0, 34.1, 112.1, 35.1) ||
           within(112.0, 35.0, 113.0, 35.1);
}

// A shapefile of two districts, its names and text in the bytes of `encode` (GBK or UTF-8),
// written without recoding; the .cpg GDAL leaves is replaced by `cpg` (none when null).
QString writeShapefile(const QTemporaryDir& dir, const QString& name,
                       QByteArray (*encode)(const QString&), const QByteArray& cpg) {
    const QString path = dir.filePath(name + QStringLiteral(".shp"));
    const QByteArray nameField = encode(QStringLiteral("名称"));
    const QByteArray outputField = encode(QStringLiteral("产值"));
    FixtureLayer layer(name.toUtf8(), {{nameField.constData()}, {outputField.constData(), OFTReal}},
                       {{encode(QStringLiteral("洛阳产业集聚区")), "1234.5"},
                        {encode(QStringLiteral("郑州")), "0.1"}});
    layer.geometryType = wkbPolygon;
    layer.geometries = {crescent, crescent};
    layer.epsg = 4326;
    layer.creationOptions = QStringList{QStringLiteral("ENCODING=")};
    test::writeVectorFile(path, "ESRI Shapefile", {layer});
    const QString cpgPath = dir.filePath(name + QStringLiteral(".cpg"));
    QFile::remove(cpgPath);
    if (!cpg.isNull()) {
        writeBytes(dir, name + QStringLiteral(".cpg"), cpg);
    }
    return path;
}

QByteArray utf8(const QString& text) {
    return text.toUtf8();
}

void expectDistricts(const io::DataTable& table) {
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值"}));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.rows[0], (QStringList{"洛阳产业集聚区", "1234.5"}));
    EXPECT_EQ(table.rows[1], (QStringList{"郑州", "0.1"}));
    ASSERT_EQ(table.points.size(), 2U);
    ASSERT_TRUE(table.points[0]);
    EXPECT_TRUE(insideCrescent(*table.points[0]))
        << table.points[0]->lon << ", " << table.points[0]->lat;
    EXPECT_EQ(table.rowName(0), QStringLiteral("feature 1"));
}

} // namespace

TEST(DataTableShapefile, ACpgFileNamingGbkDecidesTheEncoding) {
    QTemporaryDir dir;
    const io::DataTable table = read(writeShapefile(dir, QStringLiteral("gbk"), gbk, "GBK"));
    expectDistricts(table);
    EXPECT_EQ(table.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(table.encodingSource, EncodingSource::CpgFile);
    EXPECT_EQ(table.crs, QStringLiteral("EPSG:4326"));
}

TEST(DataTableShapefile, WithoutACpgFileTheBytesDecideTheEncoding) {
    QTemporaryDir dir;
    const io::DataTable table = read(writeShapefile(dir, QStringLiteral("gbk"), gbk, {}));
    expectDistricts(table);
    EXPECT_EQ(table.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(table.encodingSource, EncodingSource::Detected);
}

TEST(DataTableShapefile, AUtf8CpgFileIsRead) {
    QTemporaryDir dir;
    const io::DataTable table = read(writeShapefile(dir, QStringLiteral("utf8"), utf8, "UTF-8"));
    expectDistricts(table);
    EXPECT_EQ(table.encoding, TextEncoding::Utf8);
    EXPECT_EQ(table.encodingSource, EncodingSource::CpgFile);
}

TEST(DataTableShapefile, AChosenEncodingOverridesAWrongCpgFile) {
    QTemporaryDir dir;
    const QString path = writeShapefile(dir, QStringLiteral("wrong"), gbk, "UTF-8");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", name of field 1: is not valid UTF-8 text, the "
                                            "encoding its .cpg file names; choose the encoding "
                                            "the file was saved in."));
    io::DataTableOptions chosen;
    chosen.encoding = TextEncoding::Gb18030;
    const io::DataTable table = read(path, chosen);
    expectDistricts(table);
    EXPECT_EQ(table.encodingSource, EncodingSource::Chosen);
}

TEST(DataTableShapefile, TheSizeLimitCountsGeometryAndAttributes) {
    QTemporaryDir dir;
    const QString path = writeShapefile(dir, QStringLiteral("size"), utf8, "UTF-8");
    const qint64 size =
        QFileInfo(path).size() + QFileInfo(dir.filePath(QStringLiteral("size.dbf"))).size();
    io::DataTableOptions limit;
    limit.maxBytes = size;
    EXPECT_EQ(read(path, limit).rowCount(), 2);
    limit.maxBytes = size - 1;
    EXPECT_EQ(errorOf(path, limit),
              native(path) + QStringLiteral(": is %1 bytes, more than the %2 bytes an import "
                                            "reads; check that it is the right file, or split "
                                            "it.")
                                 .arg(size)
                                 .arg(size - 1));
}

TEST(DataTableShapefile, AMissingAttributeTableIsNamed) {
    QTemporaryDir dir;
    const QString path = writeShapefile(dir, QStringLiteral("lonely"), utf8, "UTF-8");
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("lonely.dbf"))));
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(": its attribute table lonely.dbf is missing; copy "
                                            "the .dbf (and .shx, .prj, .cpg) files along with "
                                            "the .shp."));
}
