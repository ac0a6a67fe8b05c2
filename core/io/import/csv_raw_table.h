#pragma once

#include "io/import/data_table.h"
#include "io/import/gdal_raw_table.h"
#include "util/result.h"

namespace agglomap::io::detail {

// Reads a CSV (or, by its suffix, tab-separated .tsv) data file with CsvRecordReader rather than
// GDAL's CSV driver, which reads ragged rows, stops a row at a NUL byte, drops the columns past
// 2000 with only a warning and cannot say which line of the file a row came from. The table
// has one layer, named after the file as GDAL names it; each row keeps the line it starts on.
[[nodiscard]] Result<RawTable> readCsvTable(const DataTable& naming,
                                            const DataTableOptions& options);

} // namespace agglomap::io::detail
