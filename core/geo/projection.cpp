#include "geo/projection.h"

#include <QCoreApplication>

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace agglomap::geo {

namespace {

struct SpatialReferenceReleaser {
    void operator()(OGRSpatialReference* srs) const {
        if (srs) {
            srs->Release();
        }
    }
};
using SpatialReferencePtr = std::unique_ptr<OGRSpatialReference, SpatialReferenceReleaser>;

std::shared_ptr<OGRCoordinateTransformation> makeTransformation(OGRSpatialReference* from,
                                                                OGRSpatialReference* to) {
    return {OGRCreateCoordinateTransformation(from, to), [](OGRCoordinateTransformation* ct) {
                OGRCoordinateTransformation::DestroyCT(ct);
            }};
}

} // namespace

Result<Projection> Projection::albersEqualAreaFor(const Box& lonLatExtent) {
    const double south = lonLatExtent.min_corner().y();
    const double north = lonLatExtent.max_corner().y();
    const double west = lonLatExtent.min_corner().x();
    const double east = lonLatExtent.max_corner().x();
    if (!(north > south) || !(east > west)) {
        return Error{QCoreApplication::translate("agglomap::geo::Projection",
                                                 "Cannot fit a projection to an empty extent.")};
    }
    const double span = north - south;
    return fromProjString(QStringLiteral("+proj=aea +lat_0=%1 +lon_0=%2 +lat_1=%3 +lat_2=%4 "
                                         "+x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs")
                              .arg((south + north) / 2.0, 0, 'f', 3)
                              .arg((west + east) / 2.0, 0, 'f', 3)
                              .arg(south + span / 6.0, 0, 'f', 3)
                              .arg(north - span / 6.0, 0, 'f', 3));
}

Result<Projection> Projection::fromProjString(const QString& projString) {
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    SpatialReferencePtr geographic(new OGRSpatialReference());
    SpatialReferencePtr projected(new OGRSpatialReference());
    geographic->importFromEPSG(4326);
    geographic->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (projected->importFromProj4(projString.toUtf8().constData()) != OGRERR_NONE) {
        return Error{
            QCoreApplication::translate("agglomap::geo::Projection",
                                        "PROJ does not understand the projection \"%1\": %2")
                .arg(projString, QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    projected->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    Projection projection;
    projection.m_projString = projString;
    projection.m_forward = makeTransformation(geographic.get(), projected.get());
    projection.m_inverse = makeTransformation(projected.get(), geographic.get());
    if (!projection.m_forward || !projection.m_inverse) {
        return Error{
            QCoreApplication::translate("agglomap::geo::Projection",
                                        "PROJ cannot transform between WGS84 and \"%1\": %2")
                .arg(projString, QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    return projection;
}

Point Projection::forward(LonLat lonLat) const {
    double x = lonLat.lon;
    double y = lonLat.lat;
    m_forward->Transform(1, &x, &y);
    return {x, y};
}

LonLat Projection::inverse(Point projected) const {
    double x = projected.x();
    double y = projected.y();
    m_inverse->Transform(1, &x, &y);
    return {x, y};
}

void Projection::forwardInPlace(MultiPolygon& shape) const {
    std::vector<double> xs;
    std::vector<double> ys;
    auto transformRing = [&](Ring& ring) {
        xs.resize(ring.size());
        ys.resize(ring.size());
        for (std::size_t i = 0; i < ring.size(); ++i) {
            xs[i] = ring[i].x();
            ys[i] = ring[i].y();
        }
        m_forward->Transform(static_cast<int>(ring.size()), xs.data(), ys.data());
        for (std::size_t i = 0; i < ring.size(); ++i) {
            ring[i] = Point(xs[i], ys[i]);
        }
    };
    for (Polygon& polygon : shape) {
        transformRing(polygon.outer());
        for (Ring& inner : polygon.inners()) {
            transformRing(inner);
        }
    }
}

double Projection::gridConvergenceDegrees(LonLat at) const {
    constexpr double kStep = 0.01;
    const Point here = forward(at);
    const Point north = forward({at.lon, at.lat + kStep});
    return std::atan2(north.x() - here.x(), north.y() - here.y()) * 180.0 / std::numbers::pi;
}

} // namespace agglomap::geo
