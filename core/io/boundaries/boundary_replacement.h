#pragma once

#include "geo/chinese_datums.h"
#include "geo/region_hierarchy.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace agglomap::io {

struct BoundaryReplacementOptions {
    // Layer of the file; empty takes the first.
    QString layer;
    // Field holding the GB/T 2260 administrative code; empty detects it among common names
    // (code, adcode, gb, dm, 行政区划代码, 代码, ...), requiring six-digit codes.
    QString codeField;
    // A CRS ("EPSG:4547", WKT or PROJ string) for files that carry none; ignored otherwise.
    QString assumedCrs;
    // The datum of lon/lat coordinates after reprojection (official data is WGS84/CGCS2000;
    // web-map extracts are GCJ-02 or BD-09).
    geo::LonLatDatum datum = geo::LonLatDatum::Wgs84;
    // When the file holds only counties, rebuild each city and the province as the union of
    // their counties, so the levels still nest.
    bool rebuildUpperLevels = true;
};

struct BoundaryReplacement {
    std::shared_ptr<const geo::RegionHierarchy> regions;
    // Regions whose geometry the file replaced.
    std::vector<geo::RegionCode> replaced;
    // Regions the file did not cover, kept as they were.
    std::vector<geo::RegionCode> kept;
    // Regions rebuilt as unions of their replaced counties.
    std::vector<geo::RegionCode> rebuilt;
    // Features whose code is no region of the plan ("feature 12: code 110101 is not a region of
    // 河南省"), skipped.
    QStringList ignored;
    // The CRS the file was read in, as its name ("CGCS2000 / 3-degree Gauss-Kruger CM 114E").
    QString sourceCrs;
};

// Reads official boundaries from any GDAL vector format, reprojects them to WGS84, and puts
// each one in place of the plan's region with the same code; names, levels and the hierarchy
// stay. Errors name the file and feature: no code field, no CRS and none assumed, an unknown
// CRS, empty or unrepairable geometry, a code given twice, no feature matching any region, a
// coordinate that is not a number or that PROJ cannot transform, a shape beyond the province's
// extent grown by geo::kExtentMarginDegrees, or one more than geo::kAreaFactor times larger or
// smaller than the region it replaces. On an error `current` is all there is: nothing changed.
[[nodiscard]] Result<BoundaryReplacement>
replaceBoundaries(const geo::RegionHierarchy& current, const QString& path,
                  const BoundaryReplacementOptions& options = {});

} // namespace agglomap::io
