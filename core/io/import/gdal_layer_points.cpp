#include "io/import/gdal_layer_points.h"

#include "io/import/gdal_messages.h"

#include <QCoreApplication>
#include <QDir>

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#include <optional>

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

bool isFinite(const OGRPoint& point) {
    return std::isfinite(point.getX()) && std::isfinite(point.getY()) &&
           (!point.Is3D() || std::isfinite(point.getZ()));
}

// The first vertex whose coordinates are not finite numbers, if any. GEOS passes NaN through a
// polygon's point on surface or drops it, so a damaged vertex would go unnoticed.
std::optional<OGRPoint> nonFiniteVertex(const OGRGeometry& geometry) {
    if (const auto* point = dynamic_cast<const OGRPoint*>(&geometry)) {
        // NaN for both is how a GeoPackage writes an empty point; NaN for one is damage, though
        // GDAL calls that point empty too.
        if (std::isnan(point->getX()) && std::isnan(point->getY())) {
            return std::nullopt;
        }
        return isFinite(*point) ? std::nullopt : std::optional<OGRPoint>(*point);
    }
    if (const auto* curve = dynamic_cast<const OGRCurve*>(&geometry)) {
        const std::unique_ptr<OGRPointIterator> vertices(curve->getPointIterator());
        OGRPoint vertex;
        while (vertices && vertices->getNextPoint(&vertex)) {
            if (!isFinite(vertex)) {
                return vertex;
            }
        }
        return std::nullopt;
    }
    const auto parts = [](const auto& container) -> std::optional<OGRPoint> {
        for (const OGRGeometry* part : container) {
            if (auto vertex = nonFiniteVertex(*part)) {
                return vertex;
            }
        }
        return std::nullopt;
    };
    if (const auto* polygon = dynamic_cast<const OGRCurvePolygon*>(&geometry)) {
        return parts(*polygon);
    }
    if (const auto* collection = dynamic_cast<const OGRGeometryCollection*>(&geometry)) {
        return parts(*collection);
    }
    if (const auto* surface = dynamic_cast<const OGRPolyhedralSurface*>(&geometry)) {
        return parts(*surface);
    }
    return std::nullopt;
}

// Why GEOS finds the geometry invalid, or nothing when it is valid.
std::optional<QString> invalidity(const OGRGeometry& geometry) {
    // GEOS says why as a warning ("Self-intersection[x y]"), or fails to take the geometry
    // ("Points of LinearRing do not form a closed linestring").
    const GdalMessages messages;
    if (geometry.IsValid()) {
        return std::nullopt;
    }
    const QString reason = messages.lastWarning().isEmpty()
                               ? messages.firstFailure().value_or(QString())
                               : messages.lastWarning();
    if (reason.isEmpty()) {
        return QCoreApplication::translate(
            "agglomap::io::DataTable",
            "the geometry is not valid (a polygon crosses itself, or a ring is not closed), so "
            "it has no point to place a district at; repair it (in QGIS: Fix Geometries) and "
            "import again.");
    }
    //: %1 is the reason GEOS gives, in English, e.g. "Self-intersection[112.5 34.2]"
    return QCoreApplication::translate(
               "agglomap::io::DataTable",
               "the geometry is not valid (%1), so it has no point to place a district at; "
               "repair it (in QGIS: Fix Geometries) and import again.")
        .arg(reason);
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

Result<LayerPoints::FeaturePoint> LayerPoints::pointOf(const OGRGeometry* geometry) const {
    if (!geometry) {
        return FeaturePoint{};
    }
    if (const auto vertex = nonFiniteVertex(*geometry)) {
        return Error{
            //: %1 and %2 are the coordinates as found in the file ("nan", "inf")
            QCoreApplication::translate("agglomap::io::DataTable",
                                        "the geometry has a vertex at (%1, %2), which are not "
                                        "finite numbers; the file is damaged: repair the "
                                        "geometry or export the layer again.")
                .arg(vertex->getX())
                .arg(vertex->getY())};
    }
    if (geometry->IsEmpty()) {
        return FeaturePoint{};
    }
    OGRPoint point;
    if (wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
        point = *geometry->toPoint();
    } else {
        // Of an invalid polygon GEOS gives a point on the surface of its own guess, or none and
        // GDAL's centroid could fall anywhere: such a point is not used, silently or otherwise.
        if (auto problem = invalidity(*geometry)) {
            return FeaturePoint{std::nullopt, *problem};
        }
        // A centroid can fall outside a crescent-shaped district or off a bent line; a point
        // on the surface cannot.
        OGRGeometryUniquePtr onSurface(OGRGeometry::FromHandle(
            OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(geometry)))));
        if (!onSurface || onSurface->IsEmpty() ||
            wkbFlatten(onSurface->getGeometryType()) != wkbPoint) {
            return Error{QCoreApplication::translate(
                "agglomap::io::DataTable", "the geometry has no point inside it; check that it is "
                                           "a valid point, line or polygon.")};
        }
        point = *onSurface->toPoint();
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
    return FeaturePoint{geo::LonLat{x, y}, {}};
}

} // namespace agglomap::io::detail
