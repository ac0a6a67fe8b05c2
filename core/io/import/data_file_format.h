#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

namespace agglomap::io::detail {

// The formats an import reads, each through one GDAL driver chosen by the file's suffix.
enum class DataFormat { Csv, Xlsx, Ods, GeoJson, Shapefile, GeoPackage };

[[nodiscard]] std::optional<DataFormat> dataFormatOf(const QString& path);
// "CSV", "XLSX", "ODS", "GeoJSON", "Shapefile", "GeoPackage": for messages.
[[nodiscard]] QString dataFormatName(DataFormat format);
[[nodiscard]] const char* gdalDriverName(DataFormat format);
// Formats a spreadsheet program opens: rows numbered with the header as row 1, columns lettered.
[[nodiscard]] bool isSpreadsheet(DataFormat format);
// Formats whose text arrives in whatever 8-bit encoding the file was saved in.
[[nodiscard]] bool hasOwnEncoding(DataFormat format);

// The file beside `path` with the same base name and another suffix (".cpg", ".dbf"), in
// either case; empty when there is none.
[[nodiscard]] QString sidecarFile(const QString& path, const QString& suffix);

// The bytes an import of the file reads: a shapefile's geometry (.shp) and attributes (.dbf)
// together. An error when a shapefile's attributes are missing.
[[nodiscard]] Result<qint64> dataSize(const QString& path, DataFormat format);

// "25 bytes", "3.2 KB", "600.0 MB".
[[nodiscard]] QString byteSizeText(qint64 bytes);

} // namespace agglomap::io::detail
