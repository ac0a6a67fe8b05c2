#include "core/io/import/data_table_fixtures.h"
#include "io/import/data_table.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <cmath>
#include <numbers>

using namespace agglomap;
using io::EncodingSource;
using io::TextEncoding;
using test::errorOf;
using test::FixtureLayer;
using test::native;
using test::read;
using test::writeBytes;
using test::writeVectorFile;

namespace {

// Two sheets: district figures (text, a real and an integer column) and notes.
std::vector<FixtureLayer> workbook() {
    FixtureLayer figures{"产值",
                         {{"名称"}, {"产值", OFTReal}, {"企业数", OFTInteger}},
                         {{"洛阳产业集聚区", "1234.5", "12"}, {"郑州航空港", "0.1", QByteArray()}}};
    FixtureLayer notes{"说明", {{"备注"}}, {{"2023 年统计"}}};
    return {figures, notes};
}

void expectWorkbookRead(const QString& path) {
    io::DataTableOptions gb18030; // ignored: spreadsheets are always UTF-8
    gb18030.encoding = TextEncoding::Gb18030;
    const io::DataTable table = read(path, gb18030);
    EXPECT_EQ(table.layers, (QStringList{"产值", "说明"}));
    EXPECT_EQ(table.layer, QStringLiteral("产值"));
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值", "企业数"}));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.rows[0], (QStringList{"洛阳产业集聚区", "1234.5", "12"}));
    EXPECT_EQ(table.rows[1], (QStringList{"郑州航空港", "0.1", ""}));
    EXPECT_EQ(table.encoding, TextEncoding::Utf8);
    EXPECT_EQ(table.encodingSource, EncodingSource::Format);
    EXPECT_TRUE(table.points.empty());
    EXPECT_EQ(table.rowName(0), QStringLiteral("row 2"));

    io::DataTableOptions notes;
    notes.layer = QStringLiteral("说明");
    const io::DataTable second = read(path, notes);
    EXPECT_EQ(second.columns, QStringList{"备注"});
    ASSERT_EQ(second.rowCount(), 1);
    EXPECT_EQ(second.rows[0], QStringList{"2023 年统计"});

    io::DataTableOptions missing;
    missing.layer = QStringLiteral("人口");
    EXPECT_EQ(errorOf(path, missing),
              native(path) + QStringLiteral(": has no layer \"人口\"; its layers are \"产值\", "
                                            "\"说明\"."));
}

// A "C": a crescent whose centroid (about 3.7, 5) lies in the opening, outside it.
const QByteArray crescent("POLYGON ((0 0,10 0,10 1,1 1,1 9,10 9,10 10,0 10,0 0))");

bool insideCrescent(const geo::LonLat& point) {
    const auto within = [&](double x0, double y0, double x1, double y1) {
        return point.lon > x0 && point.lon < x1 && point.lat > y0 && point.lat < y1;
    };
    return within(0, 0, 10, 1) || within(0, 0, 1, 10) || within(0, 9, 10, 10);
}

// Web Mercator coordinates of a longitude/latitude, as EPSG:3857 defines them.
std::pair<double, double> webMercator(double lon, double lat) {
    constexpr double radius = 6378137.0;
    constexpr double degree = std::numbers::pi / 180.0;
    return {radius * lon * degree,
            radius * std::log(std::tan(std::numbers::pi / 4.0 + lat * degree / 2.0))};
}

// A copy of the workbook at `from` whose first sheet declares `dimension` (as Excel writes it),
// for files whose declared size is checked before GDAL loads them.
QString withDimension(const QString& from, const QString& to, const QByteArray& dimension) {
    const QByteArray source = "/vsizip/" + from.toUtf8();
    const QByteArray target = "/vsizip/" + to.toUtf8();
    char** names = VSIReadDirRecursive(source.constData());
    for (char** name = names; name && *name; ++name) {
        const QByteArray member = *name;
        if (member.endsWith('/')) {
            continue;
        }
        VSILFILE* in = VSIFOpenL((source + '/' + member).constData(), "rb");
        QByteArray bytes;
        char buffer[4096];
        for (size_t got; (got = VSIFReadL(buffer, 1, sizeof buffer, in)) > 0;) {
            bytes.append(buffer, static_cast<qsizetype>(got));
        }
        VSIFCloseL(in);
        if (member == "xl/worksheets/sheet1.xml") {
            bytes.replace("<cols>", "<dimension ref=\"" + dimension + "\"/><cols>");
        }
        VSILFILE* out = VSIFOpenL((target + '/' + member).constData(), "wb");
        VSIFWriteL(bytes.constData(), 1, static_cast<size_t>(bytes.size()), out);
        VSIFCloseL(out);
    }
    CSLDestroy(names);
    return to;
}

} // namespace

TEST(DataTableFormats, XlsxSheetsReadWithChineseTextAndExactNumbers) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("统计.xlsx"));
    writeVectorFile(path, "XLSX", workbook());
    expectWorkbookRead(path);
}

TEST(DataTableFormats, OdsSheetsReadWithChineseTextAndExactNumbers) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("统计.ods"));
    writeVectorFile(path, "ODS", workbook());
    expectWorkbookRead(path);
}

TEST(DataTableFormats, SpreadsheetColumnsWithoutOrWithRepeatedNamesAreRefused) {
    QTemporaryDir dir;
    const QString repeated = dir.filePath(QStringLiteral("repeated.xlsx"));
    writeVectorFile(repeated, "XLSX", {FixtureLayer{"s", {{"名称"}, {"名称"}}, {{"a", "b"}}}});
    EXPECT_EQ(errorOf(repeated),
              native(repeated) + QStringLiteral(": columns A and B are both named \"名称\"; give "
                                                "each column its own name and import again."));
    const QString unnamed = dir.filePath(QStringLiteral("unnamed.ods"));
    writeVectorFile(unnamed, "ODS", {FixtureLayer{"s", {{"名称"}, {""}}, {{"a", "b"}}}});
    EXPECT_EQ(errorOf(unnamed),
              native(unnamed) + QStringLiteral(": column B has no name; give every column a "
                                               "name in the header and import again."));
}

TEST(DataTableFormats, ASpreadsheetDeclaringTooManyRowsIsRefusedBeforeItIsLoaded) {
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.xlsx"));
    writeVectorFile(plain, "XLSX", workbook());
    // The sheet holds two rows; only its declaration says five million, which GDAL ignores.
    const QString declared =
        withDimension(plain, dir.filePath(QStringLiteral("declared.xlsx")), "A1:C5000000");
    EXPECT_EQ(errorOf(declared),
              native(declared) + QStringLiteral(": has more than 1000000 rows; an import reads at "
                                                "most 1000000. Split the file, or check that it "
                                                "is the right one."));
    const QString small = withDimension(plain, dir.filePath(QStringLiteral("small.xlsx")), "A1:C3");
    EXPECT_EQ(read(small).rowCount(), 2);
}

TEST(DataTableFormats, ASpreadsheetUnpackingToMoreThanTheLimitIsRefused) {
    QTemporaryDir dir;
    for (const char* format : {"XLSX", "ODS"}) {
        const QString path =
            dir.filePath(QStringLiteral("sheets.") + QString::fromLatin1(format).toLower());
        writeVectorFile(path, format, workbook());
        io::DataTableOptions tight;
        tight.maxUnpackedBytes = 200;
        const QString error = errorOf(path, tight);
        EXPECT_TRUE(error.startsWith(native(path) + QStringLiteral(": its sheets unpack to ")))
            << error.toStdString();
        EXPECT_TRUE(error.endsWith(QStringLiteral(
            ", more than the 200 bytes an import reads; save the sheet you need as a file of "
            "its own, or as CSV.")))
            << error.toStdString();
        EXPECT_EQ(read(path).rowCount(), 2);
    }
}

TEST(DataTableFormats, ATruncatedXlsxIsRefused) {
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole.xlsx"));
    writeVectorFile(whole, "XLSX", workbook());
    QFile file(whole);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString half = writeBytes(dir, QStringLiteral("half.xlsx"), bytes.left(bytes.size() / 2));
    EXPECT_EQ(errorOf(half),
              native(half) + QStringLiteral(": cannot be read as XLSX. It may be truncated or "
                                            "damaged; open it in the program that made it and "
                                            "save it again."));
}

TEST(DataTableFormats, GeoJsonGivesAPointPerFeatureInsideItsPolygon) {
    QTemporaryDir dir;
    const QString path = writeBytes(dir, QStringLiteral("districts.geojson"),
                                    R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"名称":"洛阳产业集聚区","产值":1234.5,"企业数":12},
 "geometry":{"type":"Point","coordinates":[112.45,34.62]}},
{"type":"Feature","properties":{"名称":"C形园区","产值":0.1,"企业数":null},
 "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,1],[1,1],[1,9],[10,9],[10,10],[0,10],[0,0]]]}},
{"type":"Feature","properties":{"名称":"未定位","产值":2},"geometry":null}
]})");
    const io::DataTable table = read(path);
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值", "企业数"}));
    ASSERT_EQ(table.rowCount(), 3);
    EXPECT_EQ(table.rows[0], (QStringList{"洛阳产业集聚区", "1234.5", "12"}));
    EXPECT_EQ(table.rows[1], (QStringList{"C形园区", "0.1", ""}));
    EXPECT_EQ(table.rows[2], (QStringList{"未定位", "2", ""}));
    EXPECT_EQ(table.encodingSource, EncodingSource::Format);
    EXPECT_EQ(table.crs, QStringLiteral("EPSG:4326"));
    ASSERT_EQ(table.points.size(), 3U);
    ASSERT_TRUE(table.points[0]);
    EXPECT_DOUBLE_EQ(table.points[0]->lon, 112.45);
    EXPECT_DOUBLE_EQ(table.points[0]->lat, 34.62);
    ASSERT_TRUE(table.points[1]);
    EXPECT_TRUE(insideCrescent(*table.points[1]))
        << table.points[1]->lon << ", " << table.points[1]->lat;
    EXPECT_FALSE(table.points[2]);
    EXPECT_EQ(table.rowName(1), QStringLiteral("feature 2"));
}

TEST(DataTableFormats, RealNumbersAreWrittenShortestWithoutDigitGrouping) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("numbers.geojson"),
                   R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,
"properties":{"a":1234567.25,"b":0.000001,"c":1e20,"d":-0.5,"e":25000000000,"f":"1,234"}}]})");
    const io::DataTable table = read(path);
    ASSERT_EQ(table.rowCount(), 1);
    EXPECT_EQ(table.rows[0],
              (QStringList{"1234567.25", "0.000001", "1e+20", "-0.5", "25000000000", "1,234"}));
}

TEST(DataTableFormats, CorruptOrNonUtf8GeoJsonIsRefused) {
    QTemporaryDir dir;
    const QByteArray whole = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"名称":"洛阳产业集聚区"},"geometry":{"type":"Point","coordinates":[112.45,34.62]}}
]})";
    const QString half = writeBytes(dir, QStringLiteral("half.geojson"), whole.left(80));
    EXPECT_EQ(errorOf(half),
              native(half) + QStringLiteral(": cannot be read as GeoJSON (At line 2, character "
                                            "40: Unterminated string). It may be truncated or "
                                            "damaged; open it in the program that made it and "
                                            "save it again."));
    const QString gbkFile = writeBytes(
        dir, QStringLiteral("gbk.geojson"),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":")" +
            test::gbk(QStringLiteral("郑州")) + R"("},"geometry":null}]})");
    EXPECT_EQ(errorOf(gbkFile),
              native(gbkFile) + QStringLiteral(", feature 1, field \"name\": is not valid UTF-8 "
                                               "text, which every GeoJSON file must be; save it "
                                               "again from the program that made it."));
}

TEST(DataTableFormats, CoordinatesOutsideAnyMapAreRefusedBeforeReprojection) {
    // GDAL 3.6 never returns from converting this Web Mercator point to longitude/latitude.
    QTemporaryDir dir;
    const QString path = writeBytes(dir, QStringLiteral("far.geojson"),
                                    R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[
{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1e300,0]}}]})");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", feature 1, field \"geometry\": the geometry's "
                                            "coordinates (1e+300, 0) lie outside any map; check "
                                            "them and the file's coordinate system."));
}

TEST(DataTableFormats, CoordinatesThatAreNotNumbersAreRefusedAtTheirFeature) {
    QTemporaryDir dir;
    const QString damaged = QStringLiteral(
        "which are not finite numbers; the file is damaged: repair the geometry or export the "
        "layer again.");
    // GDAL takes a point with one NaN coordinate for an empty one: it must not pass as "no
    // geometry".
    const QString point = writeBytes(dir, QStringLiteral("nan.geojson"),
                                     R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[112.5,34.6]}},
{"type":"Feature","properties":{"a":2},"geometry":{"type":"Point","coordinates":[NaN,34.6]}}]})");
    EXPECT_EQ(errorOf(point),
              native(point) +
                  QStringLiteral(", feature 2, field \"geometry\": the geometry has "
                                 "a vertex at (nan, 34.6), ") +
                  damaged);
    const QString polygon = writeBytes(dir, QStringLiteral("inf.geojson"),
                                       R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"a":1},"geometry":{"type":"Polygon",
 "coordinates":[[[112,34],[113,34],[Infinity,35],[112,34]]]}}]})");
    EXPECT_EQ(errorOf(polygon), native(polygon) +
                                    QStringLiteral(", feature 1, field \"geometry\": the geometry "
                                                   "has a vertex at (inf, 35), ") +
                                    damaged);
}

TEST(DataTableFormats, ASelfIntersectingPolygonGivesAProblemInsteadOfAPoint) {
    QTemporaryDir dir;
    // A bow tie: GEOS has no point on its surface, and its centroid is where the edges cross.
    const QString path = writeBytes(dir, QStringLiteral("bowtie.geojson"),
                                    R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"a":1},"geometry":{"type":"Polygon",
 "coordinates":[[[112,34],[113,35],[113,34],[112,35],[112,34]]]}},
{"type":"Feature","properties":{"a":2},"geometry":null},
{"type":"Feature","properties":{"a":3},"geometry":{"type":"Polygon",
 "coordinates":[[[112,34],[113,34],[113,35],[112,35],[112,34]]]}}]})");
    const io::DataTable table = read(path);
    ASSERT_EQ(table.points.size(), 3U);
    ASSERT_EQ(table.pointProblems.size(), 3U);
    EXPECT_FALSE(table.points[0]) << "the point of an invalid polygon is not used";
    EXPECT_TRUE(table.pointProblems[0].startsWith(
        QStringLiteral("the geometry is not valid (Self-intersection")))
        << table.pointProblems[0].toStdString();
    EXPECT_TRUE(table.pointProblems[0].endsWith(
        QStringLiteral("), so it has no point to place a district at; repair it (in QGIS: Fix "
                       "Geometries) and import again.")));
    EXPECT_FALSE(table.points[1]);
    EXPECT_TRUE(table.pointProblems[1].isEmpty()) << "a missing geometry is no problem to read";
    EXPECT_TRUE(table.points[2]);
    EXPECT_TRUE(table.pointProblems[2].isEmpty());
}

TEST(DataTableFormats, GeoPackagePointsAreReprojectedToLongitudeLatitude) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.gpkg"));
    const auto [x, y] = webMercator(113.625, 34.746);
    const QByteArray point =
        QStringLiteral("POINT (%1 %2)").arg(x, 0, 'f', 6).arg(y, 0, 'f', 6).toLatin1();
    FixtureLayer districts{
        "districts", {{"名称"}, {"产值", OFTReal}}, {{"郑州高新区", "1234.5"}, {"开封", "0.1"}}};
    districts.geometryType = wkbPoint;
    districts.geometries = {point, QByteArray()};
    districts.epsg = 3857;
    FixtureLayer notes{"notes", {{"text"}}, {{"x"}}};
    writeVectorFile(path, "GPKG", {districts, notes});

    const io::DataTable table = read(path);
    EXPECT_EQ(table.layers, (QStringList{"districts", "notes"}));
    EXPECT_EQ(table.crs, QStringLiteral("EPSG:3857"));
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值"}));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.rows[0], (QStringList{"郑州高新区", "1234.5"}));
    EXPECT_EQ(table.rows[1], (QStringList{"开封", "0.1"}));
    ASSERT_EQ(table.points.size(), 2U);
    ASSERT_TRUE(table.points[0]);
    EXPECT_NEAR(table.points[0]->lon, 113.625, 1e-6);
    EXPECT_NEAR(table.points[0]->lat, 34.746, 1e-6);
    EXPECT_FALSE(table.points[1]);

    io::DataTableOptions notesLayer;
    notesLayer.layer = QStringLiteral("notes");
    const io::DataTable second = read(path, notesLayer);
    EXPECT_EQ(second.columns, QStringList{"text"});
    EXPECT_TRUE(second.points.empty());
}
