#pragma once

#include "geo/region_hierarchy.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace agglomap::test {

[[nodiscard]] QString mapsDirectory();
[[nodiscard]] QString provinceDirectory(const QString& key);
[[nodiscard]] QString dataFile(const QString& name);
// Loads a bundled province once per process; tests fail loudly if it cannot be read.
[[nodiscard]] const geo::RegionHierarchy& bundledHierarchy(const QString& key);
// Rows of a comma-separated file without its header.
[[nodiscard]] std::vector<QStringList> readCsv(const QString& path);

} // namespace agglomap::test
