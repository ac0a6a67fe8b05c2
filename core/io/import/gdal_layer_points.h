#pragma once

#include "geo/geometry.h"
#include "util/result.h"

#include <QString>

#include <memory>
#include <optional>

class OGRCoordinateTransformation;
class OGRGeometry;
class OGRLayer;

namespace agglomap::io::detail {

// One WGS84 longitude/latitude point per feature of a layer: a point feature's own point, a
// point on the surface of a polygon or on a line, reprojected from the layer's CRS.
class LayerPoints {
public:
    // An error (naming the file) when the layer's CRS cannot be converted to WGS84.
    [[nodiscard]] static Result<LayerPoints> forLayer(const QString& path, OGRLayer& layer);

    LayerPoints(LayerPoints&&) noexcept;
    LayerPoints& operator=(LayerPoints&&) noexcept;
    ~LayerPoints();

    // "EPSG:3857", or empty when the layer has no CRS or none with an authority code.
    [[nodiscard]] const QString& crs() const { return m_crs; }

    // A feature's point, or why its geometry gives none.
    struct FeaturePoint {
        std::optional<geo::LonLat> point;
        QString problem;
    };
    // No point and no problem for a missing or empty geometry; a problem for a geometry GEOS
    // finds invalid (a polygon that crosses itself), which has no trustworthy point inside it
    // but matters only to an import that takes locations from the geometry. An error saying
    // what is wrong (without the file and row, which the caller adds) for coordinates that are
    // not finite numbers, lie outside any map or cannot be converted: the file is damaged.
    [[nodiscard]] Result<FeaturePoint> pointOf(const OGRGeometry* geometry) const;

private:
    LayerPoints() = default;

    struct TransformationDestroy {
        void operator()(OGRCoordinateTransformation* transformation) const;
    };
    std::unique_ptr<OGRCoordinateTransformation, TransformationDestroy> m_toWgs84;
    QString m_crs;
};

} // namespace agglomap::io::detail
