#pragma once

#include "io/import/data_file_format.h"
#include "io/import/data_table.h"
#include "io/import/gdal_raw_table.h"
#include "util/result.h"

#include <optional>

namespace agglomap::io::detail {

struct EncodingChoice {
    // Nothing: the bytes decide.
    std::optional<TextEncoding> encoding;
    EncodingSource source = EncodingSource::Format;
};

// Spreadsheets, GeoJSON and GeoPackages are UTF-8 by definition. A CSV or a shapefile is in
// the encoding the user chose, else (for a shapefile) the one its .cpg file names, else the
// one its bytes decode in.
[[nodiscard]] EncodingChoice chooseEncoding(const QString& path, DataFormat format,
                                            const DataTableOptions& options);

// "column C" in a spreadsheet, "field 3" elsewhere (counted from 0 as `index`).
[[nodiscard]] QString columnLabel(const DataTable& table, int index);
// "columns A and C" in a spreadsheet, "fields 1 and 3" elsewhere.
[[nodiscard]] QString columnPairLabel(const DataTable& table, int first, int second);

// `table` with its columns, rows, encoding and encoding source filled in from `raw`, or an
// error naming the first name or cell that does not decode.
[[nodiscard]] Result<DataTable> decodeTable(DataTable table, const RawTable& raw, DataFormat format,
                                            const EncodingChoice& choice);

} // namespace agglomap::io::detail
