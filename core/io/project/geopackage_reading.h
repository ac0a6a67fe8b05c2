#pragma once

#include "io/project/project_tables.h"

#include <QString>

#include <gdal_priv.h>

#include <optional>

namespace agglomap::io::project {

// What the first bytes of a file say it is, before GDAL is asked.
enum class FileKind { Missing, Folder, Unreadable, Empty, GeoPackage, Other };

// `reason` receives the system's words when the file cannot be read.
[[nodiscard]] FileKind sniffFile(const QString& path, QString* reason = nullptr);

[[nodiscard]] GDALDatasetUniquePtr openGeoPackage(const QString& path);

// SQLite's structural check: a truncated or overwritten page would otherwise surface as a zero,
// a missing row, or not at all.
[[nodiscard]] bool passesQuickCheck(GDALDataset& dataset);

// The layer's rows: each value as text, numbers as their shortest exact text, nulls empty.
// SQLite keeps whatever a value was written as, and OGR reads a word in a number column as 0:
// such values are read as the text they are, so that the plan reader reports them as not
// numbers. Nothing when GDAL fails; GDAL's own message goes to its error handler.
[[nodiscard]] std::optional<RawTable> readRawTable(GDALDataset& dataset, OGRLayer& layer);

} // namespace agglomap::io::project
