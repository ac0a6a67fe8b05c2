#include "io/import/data_table.h"

#include "io/import/csv_raw_table.h"
#include "io/import/data_file_format.h"
#include "io/import/data_table_text.h"
#include "io/import/gdal_raw_table.h"
#include "io/import/spreadsheet_extent.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace agglomap::io {

namespace {

using detail::DataFormat;

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// Checks what can be checked before GDAL opens the file, which for a wrong file could take
// long or say something less clear.
Status checkFile(const QString& path, const std::optional<DataFormat>& format,
                 const DataTableOptions& options) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::DataTable",
                         "%1: the file does not exist; check its name and folder, or "
                         "choose it again.")
                         .arg(nativePath(path))};
    }
    if (info.isDir()) {
        return Error{QCoreApplication::translate("agglomap::io::DataTable",
                                                 "%1: is a folder; choose a data file inside it.")
                         .arg(nativePath(path))};
    }
    if (!format) {
        return Error{
            QCoreApplication::translate("agglomap::io::DataTable",
                                        "%1: is not a file Agglomap imports; save it as CSV, XLSX, "
                                        "ODS, GeoJSON, Shapefile (.shp) or GeoPackage (.gpkg).")
                .arg(nativePath(path))};
    }
    if (!info.isReadable()) {
        return Error{
            QCoreApplication::translate("agglomap::io::DataTable",
                                        "%1: cannot be opened; you may not have permission to read "
                                        "it.")
                .arg(nativePath(path))};
    }
    const Result<qint64> size = detail::dataSize(path, *format);
    if (!size) {
        return size.error();
    }
    if (size.value() == 0) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::DataTable",
                         "%1: is empty (0 bytes); choose the file that holds the data.")
                         .arg(nativePath(path))};
    }
    if (size.value() > options.maxBytes) {
        //: %1 is the file, %2 its size, %3 the largest size an import reads
        return Error{QCoreApplication::translate(
                         "agglomap::io::DataTable",
                         "%1: is %2, more than the %3 an import reads; check that it "
                         "is the right file, or split it.")
                         .arg(nativePath(path), detail::byteSizeText(size.value()),
                              detail::byteSizeText(options.maxBytes))};
    }
    if (const auto extent = detail::spreadsheetExtent(path, *format)) {
        if (extent->unpackedBytes > options.maxUnpackedBytes) {
            //: %1 is the file, %2 what its sheets unpack to, %3 the most an import unpacks
            return Error{QCoreApplication::translate(
                             "agglomap::io::DataTable",
                             "%1: its sheets unpack to %2, more than the %3 an import reads; "
                             "save the sheet you need as a file of its own, or as CSV.")
                             .arg(nativePath(path), detail::byteSizeText(extent->unpackedBytes),
                                  detail::byteSizeText(options.maxUnpackedBytes))};
        }
        // The header is the first of the declared rows.
        if (extent->rows && *extent->rows - 1 > options.maxRows) {
            //: %1 is the file, %2 the most rows an import reads
            return Error{QCoreApplication::translate(
                             "agglomap::io::DataTable",
                             "%1: has more than %2 rows; an import reads at most %2. "
                             "Split the file, or check that it is the right one.")
                             .arg(nativePath(path), QString::number(options.maxRows))};
        }
    }
    return {};
}

Status checkColumnNames(const DataTable& table) {
    QHash<QString, int> seen;
    for (int column = 0; column < static_cast<int>(table.columns.size()); ++column) {
        const QString& name = table.columns.at(column);
        if (name.trimmed().isEmpty()) {
            return Error{
                //: %1 is the file, %2 a column ("column B") or field ("field 2")
                QCoreApplication::translate("agglomap::io::DataTable",
                                            "%1: %2 has no name; give every column a name in the "
                                            "header and import again.")
                    .arg(nativePath(table.path), detail::columnLabel(table, column))};
        }
        const auto earlier = seen.constFind(name);
        if (earlier != seen.cend()) {
            //: %1 is the file, %2 two columns ("columns B and D") or fields, %3 their name
            return Error{QCoreApplication::translate(
                             "agglomap::io::DataTable",
                             "%1: %2 are both named \"%3\"; give each column its own "
                             "name and import again.")
                             .arg(nativePath(table.path),
                                  detail::columnPairLabel(table, *earlier, column), name)};
        }
        seen.insert(name, column);
    }
    return {};
}

} // namespace

int DataTable::rowNumber(int row) const {
    if (!lineNumbers.empty()) {
        return lineNumbers[static_cast<std::size_t>(row)];
    }
    return spreadsheetRows ? row + 2 : row + 1;
}

QString DataTable::rowName(int row) const {
    return spreadsheetRows
               //: A spreadsheet row number, as in "file.xlsx, row 5: ..."
               ? QCoreApplication::translate("agglomap::io::DataTable", "row %1")
                     .arg(rowNumber(row))
               //: A GIS feature's number, as in "file.shp, feature 5: ..."
               : QCoreApplication::translate("agglomap::io::DataTable", "feature %1")
                     .arg(rowNumber(row));
}

QString DataTable::geometryField() {
    return QStringLiteral("geometry");
}

QString DataTable::locate(int row, const QString& column, const QString& what) const {
    if (column.isEmpty()) {
        //: %1 is the file, %2 a row or feature, %3 the problem
        return QCoreApplication::translate("agglomap::io::DataTable", "%1, %2: %3")
            .arg(nativePath(path), rowName(row), what);
    }
    //: %1 is the file, %2 a row or feature, %3 the field, %4 the problem
    return QCoreApplication::translate("agglomap::io::DataTable", "%1, %2, field \"%3\": %4")
        .arg(nativePath(path), rowName(row), column, what);
}

Result<DataTable> readDataTable(const QString& path, const DataTableOptions& options) {
    const std::optional<DataFormat> format = detail::dataFormatOf(path);
    if (const Status status = checkFile(path, format, options); !status) {
        return status.error();
    }
    DataTable table;
    table.path = path;
    table.spreadsheetRows = detail::isSpreadsheet(*format);
    Result<detail::RawTable> read = *format == DataFormat::Csv
                                        ? detail::readCsvTable(table, options)
                                        : detail::readRawTable(table, *format, options);
    if (!read) {
        return read.error();
    }
    detail::RawTable raw = std::move(read).value();
    table.layers = raw.layers;
    table.layer = raw.layer;
    table.crs = raw.crs;
    // Before decoding, whose messages name rows by their lines.
    table.lineNumbers = std::move(raw.lines);
    Result<DataTable> decoded = detail::decodeTable(std::move(table), raw, *format,
                                                    detail::chooseEncoding(path, *format, options));
    if (!decoded) {
        return decoded.error();
    }
    DataTable result = std::move(decoded).value();
    result.points = std::move(raw.points);
    result.pointProblems = std::move(raw.pointProblems);
    if (const Status status = checkColumnNames(result); !status) {
        return status.error();
    }
    return result;
}

} // namespace agglomap::io
