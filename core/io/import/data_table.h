#pragma once

#include "geo/geometry.h"
#include "io/import/text_encoding.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agglomap::io {

// How a data file is read: which layer (a GeoPackage or spreadsheet may hold several; empty
// takes the first), which text encoding (nothing detects it: a .cpg beside a shapefile decides,
// else the bytes do), and how large a file may be before it is refused as the wrong file.
struct DataTableOptions {
    QString layer;
    std::optional<TextEncoding> encoding;
    qint64 maxBytes = 512LL * 1024 * 1024;
    // A spreadsheet's sheets as XML: GDAL holds a whole sheet in memory, about 2.5 times
    // its XML, so this keeps an import under about 1 GB (docs/limits.md).
    qint64 maxUnpackedBytes = 256LL * 1024 * 1024;
    int maxRows = 1'000'000;
};

// Where the encoding of a table came from, for the import dialog to say.
enum class EncodingSource { Format, CpgFile, Detected, Chosen };

// A table read from CSV (by CsvRecordReader) or through GDAL from XLSX, ODS, GeoJSON,
// Shapefile or GeoPackage: column names and the text of every cell (numbers as the file gives
// them), plus each row's point when the layer has geometry (a polygon gives a point inside it).
struct DataTable {
    QString path;
    QString layer;
    // Every layer of the file, for choosing another.
    QStringList layers;
    QStringList columns;
    std::vector<QStringList> rows;
    // Longitude/latitude, reprojected from the layer's CRS (assumed lon/lat when it has none);
    // empty when the layer has no geometry.
    std::vector<std::optional<geo::LonLat>> points;
    // One per row with points: why the row's geometry gives no point although it has one (a
    // polygon that crosses itself), else empty. The import refuses such a row only when it
    // takes locations from the geometry.
    std::vector<QString> pointProblems;
    // A CSV's: the line of the file each row starts on, counting blank lines and the line
    // breaks inside quoted fields, so that "row 7" is line 7 in any text editor. Empty for
    // other formats.
    std::vector<int> lineNumbers;
    // The layer's coordinate reference system, as its authority code ("EPSG:4326"), if any.
    QString crs;
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource encodingSource = EncodingSource::Format;

    [[nodiscard]] int rowCount() const { return static_cast<int>(rows.size()); }
    [[nodiscard]] int columnIndex(const QString& column) const {
        return static_cast<int>(columns.indexOf(column));
    }
    // The number a message gives a row: a CSV's line, a spreadsheet's row (the header is row
    // 1), other formats' feature counted from 1.
    [[nodiscard]] int rowNumber(int row) const;
    // How a message names a row: "row 5" for CSV, XLSX and ODS, "feature 4" for other formats.
    [[nodiscard]] QString rowName(int row) const;
    // The name messages give a layer's geometry, as a field: "geometry".
    [[nodiscard]] static QString geometryField();
    // "FILE, row 5, field \"产值\": what" — the format every reader's message uses.
    [[nodiscard]] QString locate(int row, const QString& column, const QString& what) const;
    bool spreadsheetRows = true;
};

// Reads a whole layer. Errors name the file (and row and field where there is one): a file that
// is missing, empty, truncated, corrupt, of a format GDAL does not read, in an encoding that
// does not decode, without the layer asked for, with duplicate or empty column names, or larger
// than the limits (bytes, rows, kMaxColumns). A CSV is refused at the line and column of a row
// not as wide as its header, a quoted field never closed, text after a closing quote or a NUL
// byte. A geometry whose coordinates are not finite numbers is refused at its feature.
[[nodiscard]] Result<DataTable> readDataTable(const QString& path,
                                              const DataTableOptions& options = {});

} // namespace agglomap::io
