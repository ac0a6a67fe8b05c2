#pragma once

#include "geo/region.h"
#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace agglomap::tools {

struct ProvinceSource {
    QString folder;     // output folder under maps/, e.g. "henan"
    QString filePrefix; // prefix of the npm package's county files, e.g. "he2_nan2_"
    geo::RegionCode provinceCode = 0;
};

struct RegionName {
    QString nameZh;
    QString nameEn;
};

struct BuildReport {
    QStringList lines; // human-readable figures for maps/README.md
};

[[nodiscard]] Result<QHash<geo::RegionCode, RegionName>> readRegionNames(const QString& csvPath);

// Reads the county polygons of one province from the npm package, converts GCJ-02 to WGS84,
// drops consecutive duplicate vertices, repairs invalid rings with GEOS MakeValid, dissolves
// counties into cities and cities into the province, and writes three GeoJSON files.
[[nodiscard]] Result<BuildReport> buildProvince(const ProvinceSource& source,
                                                const QString& packageDir,
                                                const QHash<geo::RegionCode, RegionName>& names,
                                                const QString& outputDir);

} // namespace agglomap::tools
