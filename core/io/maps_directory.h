#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace agglomap::io {

// The bundled boundary sets, by the key used on the command line and in the UI.
[[nodiscard]] QStringList bundledProvinceKeys(); // "henan", "ningxia"

// Finds the folder holding the bundled boundaries: an explicit override if given, else
// <directory of the executable>/../share/agglomap/maps, which is where both the build tree
// and an installation put them.
[[nodiscard]] Result<QString> resolveMapsDirectory(const QString& explicitOverride);

// The folder of one bundled province inside a maps directory; the error lists the valid keys.
[[nodiscard]] Result<QString> bundledProvinceDirectory(const QString& mapsDirectory,
                                                       const QString& key);

// The provenance a bundled GeoJSON layer carries in its top-level "description" (written at
// the start of the file by our builders); empty if the file has none or cannot be read.
[[nodiscard]] QString layerDescription(const QString& geoJsonPath);

} // namespace agglomap::io
