#include "core/io/import/data_table_fixtures.h"
#include "io/import/data_table.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace agglomap;
using io::EncodingSource;
using io::TextEncoding;
using test::errorOf;
using test::gbk;
using test::native;
using test::read;
using test::writeBytes;

TEST(DataTableCsv, ReadsNamesAndCellsAsTheFileWritesThem) {
    QTemporaryDir dir;
    const QString path = writeBytes(dir, QStringLiteral("districts.csv"),
                                    "名称,产值,代码,lon,lat\n"
                                    "洛阳产业集聚区,1234.5,007,112.45,34.62\n"
                                    "郑州航空港,0.1,,,\n");
    const io::DataTable table = read(path);
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值", "代码", "lon", "lat"}));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.rows[0], (QStringList{"洛阳产业集聚区", "1234.5", "007", "112.45", "34.62"}));
    EXPECT_EQ(table.rows[1], (QStringList{"郑州航空港", "0.1", "", "", ""}));
    EXPECT_EQ(table.encoding, TextEncoding::Utf8);
    EXPECT_EQ(table.encodingSource, EncodingSource::Detected);
    EXPECT_EQ(table.layers, QStringList{"districts"});
    EXPECT_TRUE(table.points.empty()) << "lon/lat columns stay ordinary columns";
    EXPECT_EQ(table.columnIndex(QStringLiteral("lat")), 4);
    EXPECT_EQ(table.locate(1, QStringLiteral("产值"), QStringLiteral("is not a number.")),
              native(path) + QStringLiteral(", row 3, field \"产值\": is not a number."));
}

TEST(DataTableCsv, ReadsExcelsSemicolonsAndByteOrderMark) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("excel.csv"), "\xef\xbb\xbf名称;产值\r\n郑州;1,5\r\n");
    const io::DataTable table = read(path);
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值"}));
    ASSERT_EQ(table.rowCount(), 1);
    EXPECT_EQ(table.rows[0], (QStringList{"郑州", "1,5"}));
}

TEST(DataTableCsv, AHeaderWithoutRowsIsAnEmptyTable) {
    QTemporaryDir dir;
    const io::DataTable table =
        read(writeBytes(dir, QStringLiteral("header.csv"), "id,名称,产值\n"));
    EXPECT_EQ(table.columns, (QStringList{"id", "名称", "产值"}));
    EXPECT_EQ(table.rowCount(), 0);
}

TEST(DataTableCsv, GbkTextIsDetectedAndDecoded) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("gbk.csv"),
                   gbk(QStringLiteral("名称,产值\n洛阳产业集聚区,1234.5\n郑州,0.1\n")));
    const io::DataTable table = read(path);
    EXPECT_EQ(table.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(table.encodingSource, EncodingSource::Detected);
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值"}));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.rows[0], (QStringList{"洛阳产业集聚区", "1234.5"}));

    io::DataTableOptions chosen;
    chosen.encoding = TextEncoding::Gb18030;
    const io::DataTable again = read(path, chosen);
    EXPECT_EQ(again.encodingSource, EncodingSource::Chosen);
    EXPECT_EQ(again.rows[1], (QStringList{"郑州", "0.1"}));
}

TEST(DataTableCsv, AChosenEncodingTheBytesAreNotInIsRefusedAtTheCell) {
    QTemporaryDir dir;
    const QString path = writeBytes(dir, QStringLiteral("gbk.csv"),
                                    "name,value\nplain,1\n" + gbk(QStringLiteral("郑州")) + ",2\n");
    io::DataTableOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    EXPECT_EQ(errorOf(path, utf8),
              native(path) + QStringLiteral(", row 3, field \"name\": is not valid UTF-8 text; "
                                            "choose the encoding the file was saved in."));

    const QString broken =
        writeBytes(dir, QStringLiteral("broken.csv"), "name,value\nplain,1\nbad\xff,2\n");
    io::DataTableOptions gb18030;
    gb18030.encoding = TextEncoding::Gb18030;
    EXPECT_EQ(errorOf(broken, gb18030),
              native(broken) + QStringLiteral(", row 3, field \"name\": is not valid GB18030 "
                                              "text; choose the encoding the file was saved in."));
}

TEST(DataTableCsv, BytesInNeitherEncodingAreRefusedAtTheCell) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("binary.csv"), "名称,产值\n郑州,1\n开封,\xff\xfe\n");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", row 3, field \"产值\": is neither UTF-8 nor "
                                            "GB18030 (GBK) text; save the file as UTF-8 and "
                                            "import it again."));
    const QString header = writeBytes(dir, QStringLiteral("header.csv"), "id,\xff\xfe\n1,2\n");
    EXPECT_EQ(errorOf(header),
              native(header) + QStringLiteral(", name of column B: is neither UTF-8 nor GB18030 "
                                              "(GBK) text; save the file as UTF-8 and import it "
                                              "again."));
}

TEST(DataTableCsv, DuplicateAndEmptyColumnNamesAreRefused) {
    QTemporaryDir dir;
    const QString duplicate =
        writeBytes(dir, QStringLiteral("duplicate.csv"), "名称,产值,名称\n郑州,1,开封\n");
    EXPECT_EQ(errorOf(duplicate),
              native(duplicate) + QStringLiteral(": columns A and C are both named \"名称\"; give "
                                                 "each column its own name and import again."));
    const QString empty = writeBytes(dir, QStringLiteral("empty.csv"), "名称,,产值\n郑州,x,1\n");
    EXPECT_EQ(errorOf(empty),
              native(empty) + QStringLiteral(": column B has no name; give every column a name "
                                             "in the header and import again."));
}

TEST(DataTableCsv, MissingEmptyAndUnknownFilesAreRefused) {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    EXPECT_EQ(errorOf(missing),
              native(missing) + QStringLiteral(": the file does not exist; check its name and "
                                               "folder, or choose it again."));
    const QString empty = writeBytes(dir, QStringLiteral("empty.csv"), QByteArray());
    EXPECT_EQ(errorOf(empty), native(empty) + QStringLiteral(": is empty (0 bytes); choose the "
                                                             "file that holds the data."));
    const QString excel97 = writeBytes(dir, QStringLiteral("old.xls"), "\xd0\xcf\x11\xe0");
    EXPECT_EQ(errorOf(excel97),
              native(excel97) + QStringLiteral(": is not a file Agglomap imports; save it as "
                                               "CSV, XLSX, ODS, GeoJSON, Shapefile (.shp) or "
                                               "GeoPackage (.gpkg)."));
    EXPECT_EQ(errorOf(dir.path()),
              native(dir.path()) + QStringLiteral(": is a folder; choose a data file inside it."));
}

TEST(DataTableCsv, FilesBeyondTheLimitsAreRefused) {
    QTemporaryDir dir;
    const QByteArray bytes("id,value\n1,10\n2,20\n3,30\n"); // 24 bytes, 3 rows
    const QString path = writeBytes(dir, QStringLiteral("rows.csv"), bytes);

    io::DataTableOptions small;
    small.maxBytes = 23;
    EXPECT_EQ(errorOf(path, small),
              native(path) + QStringLiteral(": is 24 bytes, more than the 23 bytes an import "
                                            "reads; check that it is the right file, or split "
                                            "it."));
    small.maxBytes = 24;
    small.maxRows = 3;
    EXPECT_EQ(read(path, small).rowCount(), 3);
    small.maxRows = 2;
    EXPECT_EQ(errorOf(path, small),
              native(path) + QStringLiteral(": has more than 2 rows; an import reads at most 2. "
                                            "Split the file, or check that it is the right "
                                            "one."));
}

// Strict reading (issue 15): a CSV is refused at the line (as a text editor counts it) and
// column of the first thing that could only be read by guessing.

TEST(DataTableCsv, AShortRowIsRefusedAtItsLine) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("short.csv"), "名称,产值,代码\n郑州,1,007\n开封,2\n");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", line 3: ends after column B while the header on "
                                            "line 1 runs to column C; a separator is missing, or "
                                            "a line break splits the row."));
}

TEST(DataTableCsv, ALongRowIsRefusedAtItsFirstExtraColumn) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("long.csv"), "名称,产值\n郑州,1\n开封,1,234\n");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", line 3, column C: lies beyond the header on line "
                                            "1, which ends at column B; a separator is extra, or "
                                            "a value holding one is not quoted."));
    // Spreadsheets write every row as wide as the header: a trailing separator is one too many.
    const QString trailing =
        writeBytes(dir, QStringLiteral("trailing.csv"), "名称,产值\r\n郑州,1,\r\n");
    EXPECT_EQ(errorOf(trailing),
              native(trailing) + QStringLiteral(", line 2, column C: lies beyond the header on "
                                                "line 1, which ends at column B; a separator is "
                                                "extra, or a value holding one is not quoted."));
}

TEST(DataTableCsv, AnUnterminatedQuoteIsRefusedWhereItOpens) {
    QTemporaryDir dir;
    const QString path = writeBytes(dir, QStringLiteral("quote.csv"),
                                    "名称,产值\n郑州,1\n开封,\"2\n洛阳,3\n新乡,4\n");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", line 3, column B: the quoted field that opens here "
                                            "is never closed; add the missing quote (\"), or "
                                            "save the file again if it was cut short."));
}

TEST(DataTableCsv, TextAfterAClosingQuoteIsRefused) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("after.csv"), "名称,备注\n郑州,\"5\" 管道\"\n");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", line 2, column B: text follows the closing quote "
                                            "of a quoted field; write a quote inside a quoted "
                                            "field twice (\"\")."));
}

TEST(DataTableCsv, ANulByteIsRefusedAtItsLineAndColumn) {
    QTemporaryDir dir;
    const QString nul = QStringLiteral(
        ": holds a NUL byte, which text never does: the file is damaged or not CSV text (a "
        "UTF-16 \"Unicode text\" file is full of them); save it again as CSV UTF-8.");
    const QByteArray plain = QByteArray("名称,产值,代码\n郑州,1") + '\0' + ",007\n";
    const QString path = writeBytes(dir, QStringLiteral("nul.csv"), plain);
    EXPECT_EQ(errorOf(path), native(path) + QStringLiteral(", line 2, column B") + nul);
    const QByteArray quoted = QByteArray("名称,产值,代码\n郑州,1,\"0") + '\0' + "\"\n";
    const QString inQuotes = writeBytes(dir, QStringLiteral("quoted.csv"), quoted);
    EXPECT_EQ(errorOf(inQuotes), native(inQuotes) + QStringLiteral(", line 2, column C") + nul);
}

TEST(DataTableCsv, MoreColumnsThanATableMayHaveAreRefused) {
    QTemporaryDir dir;
    QList<QByteArray> names;
    for (int column = 1; column <= 2000; ++column) {
        names.append("c" + QByteArray::number(column));
    }
    const QByteArray widest = names.join(',');
    const QString fits =
        writeBytes(dir, QStringLiteral("fits.csv"), widest + "\n" + QByteArray(1999, ',') + "x\n");
    const io::DataTable table = read(fits);
    EXPECT_EQ(table.columns.size(), 2000);
    ASSERT_EQ(table.rowCount(), 1);
    EXPECT_EQ(table.rows[0].last(), QStringLiteral("x"));

    const QString wider = writeBytes(dir, QStringLiteral("wider.csv"),
                                     widest + ",c2001\n" + QByteArray(2000, ',') + "x\n");
    EXPECT_EQ(errorOf(wider),
              native(wider) + QStringLiteral(", line 1, column BXY: lies beyond the 2000 columns "
                                             "a table may have; check that this is the right "
                                             "file, or split its columns over two files."));
}

TEST(DataTableCsv, RowsAreNumberedByTheirLineAfterBlankLines) {
    QTemporaryDir dir;
    const QString path = writeBytes(dir, QStringLiteral("blank.csv"),
                                    "\n名称,产值\n\n郑州,1\r\n\r\n\r\n开封,\xff\xfe\n\n");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", row 7, field \"产值\": is neither UTF-8 nor "
                                            "GB18030 (GBK) text; save the file as UTF-8 and "
                                            "import it again."));
    const QString good =
        writeBytes(dir, QStringLiteral("good.csv"), "\n名称,产值\n\n郑州,1\r\n\r\n\r\n开封,2\n\n");
    const io::DataTable table = read(good);
    ASSERT_EQ(table.rowCount(), 2) << "blank lines are skipped";
    EXPECT_EQ(table.rowName(0), QStringLiteral("row 4"));
    EXPECT_EQ(table.rowName(1), QStringLiteral("row 7"));
}

TEST(DataTableCsv, RowsAreNumberedByTheirLineAfterAQuotedFieldOverSeveralLines) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("multi.csv"),
                   "名称,备注\n郑州,\"第一行\n第二行\r\n\"\"第三行\"\"\"\n开封,\xff\xfe\n");
    EXPECT_EQ(errorOf(path),
              native(path) + QStringLiteral(", row 5, field \"备注\": is neither UTF-8 nor "
                                            "GB18030 (GBK) text; save the file as UTF-8 and "
                                            "import it again."));
    const QString good =
        writeBytes(dir, QStringLiteral("good.csv"),
                   "名称,备注\n郑州,\"第一行\n第二行\r\n\"\"第三行\"\"\"\n开封,\n");
    const io::DataTable table = read(good);
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.rows[0][1], QStringLiteral("第一行\n第二行\r\n\"第三行\""));
    EXPECT_EQ(table.rowName(1), QStringLiteral("row 5"));
}

TEST(DataTableCsv, TabSeparatedFilesAndOldMacLineBreaksAreRead) {
    QTemporaryDir dir;
    const QString path =
        writeBytes(dir, QStringLiteral("stats.tsv"), "名称\t产值,万元\r郑州\t1,5\r\r开封\t2\r");
    const io::DataTable table = read(path);
    EXPECT_EQ(table.columns, (QStringList{"名称", "产值,万元"}));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.rows[1], (QStringList{"开封", "2"}));
    EXPECT_EQ(table.rowName(1), QStringLiteral("row 4"));
}
