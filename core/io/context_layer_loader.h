#pragma once

#include "geo/context_layer.h"
#include "util/result.h"

#include <QString>

namespace agglomap::io {

// The file names of a province's context layers inside its folder of maps/.
inline constexpr const char* kRiversFile = "rivers.geojson";
inline constexpr const char* kTownsFile = "towns.geojson";

// Reads a context layer from any OGR vector dataset (first layer) holding only (multi)line
// strings, which become lines, or only points, which become places. Optional fields: name_zh,
// name_en (or name), level, rank, population; a GeoJSON file's top-level "description" becomes
// the provenance. Coordinates in another CRS are transformed to WGS84. Errors name the file,
// the feature and the field.
[[nodiscard]] Result<geo::ContextLayer> loadContextLayer(const QString& path);

} // namespace agglomap::io
