#include "io/import/gdal_layer_points.h"

#include <QCoreApplication>
#include <QDir>

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace agglomap::io::detail {

namespace {

struct SpatialReferenceRelease {
    void operator()(OGRSpatialReference* srs) const { srs->Release(); }
};
using SpatialReferencePtr = std::unique_ptr<OGRSpatialReference, SpatialReferenceRelease>;

// Shapefiles carry ESRI WKT without authority codes; PROJ finds the EPSG code it matches.
QString authorityCode(const OGRSpatialReference& source) {
    SpatialReferencePtr srs(source.Clone());
    if (!srs->GetAuthorityCode(nullptr)) {
        (void)srs->AutoIdentifyEPSG();
    }
    if (!srs->GetAuthorityCode(nullptr)) {
        int count = 0;
        int* confidences = nullptr;
        OGRSpatialReferenceH* matches = srs->FindMatches(nullptr, &count, &confidences);
        constexpr int sureEnough = 90;
        if (count > 0 && confidences[0] >= sureEnough) {
            srs.reset(OGRSpatialReference::FromHandle(matches[0])->Clone());
        }
        OSRFreeSRSArray(matches);
        CPLFree(confidences);
    }
    const char* name = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (!name || !code) {
        return {};
    }
    return QStringLiteral("%1:%2").arg(QString::fromUtf8(name), QString::fromUtf8(code));
}

} // namespace

void LayerPoints::TransformationDestroy::operator()(
    OGRCoordinateTransformation* transformation) const {
    OGRCoordinateTransformation::DestroyCT(transformation);
}

LayerPoints::LayerPoints(LayerPoints&&) noexcept = default;
LayerPoints& LayerPoints::operator=(LayerPoints&&) noexcept = default;
LayerPoints::~LayerPoints() = default;

Result<LayerPoints> LayerPoints::forLayer(const QString& path, OGRLayer& layer) {
    LayerPoints points;
    const OGRSpatialReference* source = layer.GetSpatialRef();
    if (!source) {
        return points; // taken as longitude/latitude, as RFC 7946 GeoJSON is
    }
    points.m_crs = authorityCode(*source);
    SpatialReferencePtr wgs84(new OGRSpatialReference);
    wgs84->SetWellKnownGeogCS("WGS84");
    wgs84->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    SpatialReferencePtr from(source->Clone());
    from->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (from->IsSame(wgs84.get())) {
        return points;
    }
    points.m_toWgs84.reset(OGRCreateCoordinateTransformation(from.get(), wgs84.get()));
    if (!points.m_toWgs84) {
        if (points.m_crs.isEmpty()) {
            return Error{QCoreApplication::translate(
                             "agglomap::io::DataTable",
                             "%1: its coordinate system cannot be converted to WGS84 "
                             "longitude/latitude; save it in EPSG:4326 and import again.")
                             .arg(QDir::toNativeSeparators(path))};
        }
        //: %2 is the coordinate system's code, e.g. EPSG:4547
        return Error{QCoreApplication::translate(
                         "agglomap::io::DataTable",
                         "%1: its coordinate system (%2) cannot be converted to WGS84 "
                         "longitude/latitude; save it in EPSG:4326 and import again.")
                         .arg(QDir::toNativeSeparators(path), points.m_crs)};
    }
    return points;
}

Result<std::optional<geo::LonLat>> LayerPoints::pointOf(const OGRGeometry* geometry) const {
    if (!geometry || geometry->IsEmpty()) {
        return std::optional<geo::LonLat>{};
    }
    OGRPoint point;
    if (wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
        point = *geometry->toPoint();
    } else {
        // A centroid can fall outside a crescent-shaped district or off a bent line; a point
        // on the surface cannot. GEOS refuses some invalid polygons: the centroid then serves.
        OGRGeometryUniquePtr onSurface(OGRGeometry::FromHandle(
            OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(geometry)))));
        if (onSurface && !onSurface->IsEmpty() &&
            wkbFlatten(onSurface->getGeometryType()) == wkbPoint) {
            point = *onSurface->toPoint();
        } else if (geometry->Centroid(&point) != OGRERR_NONE || point.IsEmpty()) {
            return Error{QCoreApplication::translate(
                "agglomap::io::DataTable", "the geometry has no point inside it; check that it is "
                                           "a valid point, line or polygon.")};
        }
    }
    double x = point.getX();
    double y = point.getY();
    // No coordinate system reaches a trillion units (the earth is 4e7 m round), while GDAL 3.6
    // wraps a Web Mercator x into range by subtracting 2π one step at a time: for an x near
    // 1e300 it never returns.
    constexpr double farthest = 1e12;
    if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > farthest ||
        std::abs(y) > farthest) {
        return Error{
            //: %1 and %2 are the coordinates as found in the file
            QCoreApplication::translate("agglomap::io::DataTable",
                                        "the geometry's coordinates (%1, %2) lie outside any map; "
                                        "check them and the file's coordinate system.")
                .arg(x)
                .arg(y)};
    }
    if ((m_toWgs84 && !m_toWgs84->Transform(1, &x, &y)) || !std::isfinite(x) || !std::isfinite(y)) {
        return Error{QCoreApplication::translate(
            "agglomap::io::DataTable", "the geometry cannot be converted to WGS84 "
                                       "longitude/latitude; check its coordinates and the file's "
                                       "coordinate system.")};
    }
    return std::optional<geo::LonLat>{geo::LonLat{x, y}};
}

} // namespace agglomap::io::detail
