#pragma once

#include "geo/chinese_datums.h"
#include "util/result.h"

#include <QString>

#include <memory>

class OGRCoordinateTransformation;
class OGRMultiPolygon;
class OGRSpatialReference;

namespace agglomap::io {

// Brings the geometries of one file into the plan's coordinates: from the file's CRS to WGS84
// longitude/latitude, then out of a Chinese web-map datum if the file was drawn in one.
class LonLatConversion {
public:
    // `fileCrs` is the layer's CRS (null if it has none); `assumedCrs` is used only then.
    // `isShapefile` says whether a missing CRS means a missing .prj, for the message.
    [[nodiscard]] static Result<LonLatConversion> create(const OGRSpatialReference* fileCrs,
                                                         const QString& assumedCrs,
                                                         geo::LonLatDatum datum,
                                                         const QString& where, bool isShapefile);

    // The CRS the file is read in, by name ("CGCS2000 / 3-degree Gauss-Kruger CM 114E").
    [[nodiscard]] const QString& sourceName() const { return m_sourceName; }

    // Transforms in place; false if PROJ cannot transform some vertex.
    [[nodiscard]] bool apply(OGRMultiPolygon& shape) const;

private:
    struct DestroyTransformation {
        void operator()(OGRCoordinateTransformation* transformation) const;
    };

    std::unique_ptr<OGRCoordinateTransformation, DestroyTransformation> m_toWgs84;
    geo::LonLatDatum m_datum = geo::LonLatDatum::Wgs84;
    QString m_sourceName;
};

} // namespace agglomap::io
