#pragma once

#include "geo/geometry.h"
#include "io/import/data_file_format.h"
#include "io/import/data_table.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agglomap::io::detail {

// A layer as GDAL reads it, before any text is decoded. Each row's cells (and the column
// names) are joined by NUL bytes, which no GDAL text value contains: text cells in the file's
// own bytes, numbers already written out in ASCII, empty for null fields.
struct RawTable {
    QStringList layers;
    QString layer;
    QString crs;
    int columnCount = 0;
    QByteArray header;
    std::vector<QByteArray> rows;
    // One per row when the layer has a geometry column, else empty.
    std::vector<std::optional<geo::LonLat>> points;
    // One per row with points: why the row's geometry gives none, else empty.
    std::vector<QString> pointProblems;
    // A CSV's: the line of the file each row starts on. Empty for other formats.
    std::vector<int> lines;
};

// Reads the layer `options.layer` (the first when empty) through the format's GDAL driver
// (any format but CSV, which readCsvTable reads). `naming` gives the file name and row
// numbering for messages.
[[nodiscard]] Result<RawTable> readRawTable(const DataTable& naming, DataFormat format,
                                            const DataTableOptions& options);

// "FILE: cannot be read as CSV (detail). It may be truncated or damaged; ..."
[[nodiscard]] Error unreadable(const QString& path, DataFormat format,
                               const std::optional<QString>& detail);
// "FILE: has no layer "x"; its layers are "a", "b"."
[[nodiscard]] Error noSuchLayer(const QString& path, const QString& layer,
                                const QStringList& layers);
// "FILE: has more than N rows (or features); an import reads at most N. ..."
[[nodiscard]] Error tooManyRows(const DataTable& naming, int maxRows);
// "FILE: has N columns, more than the ... a table may have"
[[nodiscard]] Error tooManyColumns(const DataTable& naming, int columns);

// Joins cells as a RawTable row holds them.
[[nodiscard]] QByteArray joinCells(const QList<QByteArray>& cells);
// The cells of a RawTable row; `columnCount` tells an empty row of one column from no columns.
[[nodiscard]] QList<QByteArray> splitCells(const QByteArray& row, int columnCount);

// A real number written the shortest way that reads back exactly, without exponent for the
// magnitudes statistics use ("1234.5", "0.1", "1000000") and without digit grouping.
[[nodiscard]] QByteArray realText(double value);

} // namespace agglomap::io::detail
