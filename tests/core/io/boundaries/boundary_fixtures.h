#pragma once

#include "geo/chinese_datums.h"
#include "geo/region_hierarchy.h"

#include <QString>

#include <ogr_core.h>

#include <memory>
#include <ostream>
#include <vector>

class OGRGeometry;

namespace agglomap::test {

// Vector files written at run time with GDAL, as an office would receive them.
struct FixtureFeature {
    QString code; // written into the code field as its type; empty leaves it null
    std::shared_ptr<const OGRGeometry> geometry; // in the layer's CRS; null writes none
};

struct FixtureLayer {
    QString name = QStringLiteral("regions");
    int epsg = 4326; // 0 writes no CRS
    OGRwkbGeometryType geometryType = wkbMultiPolygon;
    QString codeField = QStringLiteral("code"); // empty writes a "NAME" field only
    OGRFieldType codeType = OFTString;
    std::vector<FixtureFeature> features;
};

// Writes the layers into one dataset of `driver` ("ESRI Shapefile", "GeoJSON", "GPKG"); throws
// std::runtime_error if GDAL fails.
void writeVectorFile(const QString& path, const QString& driver,
                     const std::vector<FixtureLayer>& layers);

// A WGS84 shape moved into `datum` and then into EPSG `epsg`, as a GDAL multipolygon.
[[nodiscard]] std::shared_ptr<const OGRGeometry>
fixtureGeometry(const geo::MultiPolygon& wgs84, int epsg,
                geo::LonLatDatum datum = geo::LonLatDatum::Wgs84);

// One feature per region of `level`, the code written as text.
[[nodiscard]] std::vector<FixtureFeature> regionFeatures(const geo::RegionHierarchy& hierarchy,
                                                         geo::RegionLevel level, int epsg);

} // namespace agglomap::test

// Messages print as text in failed expectations (QString lives in the global namespace).
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}
