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

} // namespace agglomap::io
