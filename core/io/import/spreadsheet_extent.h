#pragma once

#include "io/import/data_file_format.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace agglomap::io::detail {

// What a spreadsheet (XLSX or ODS, both zipped XML) unpacks to, read from its zip directory
// and the sheets' first bytes. GDAL loads a whole sheet into memory before the first row is
// handed over, so a 6 MB file of repeated cells can ask for gigabytes: the import checks this
// before GDAL opens the file.
struct SpreadsheetExtent {
    qint64 unpackedBytes = 0;   // the sheets' XML, summed
    std::optional<qint64> rows; // the largest sheet's declared row count (XLSX <dimension>)
};

// Nothing for other formats, and for files that are not zips (GDAL then says what is wrong).
[[nodiscard]] std::optional<SpreadsheetExtent> spreadsheetExtent(const QString& path,
                                                                 DataFormat format);

} // namespace agglomap::io::detail
