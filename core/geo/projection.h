#pragma once

#include "geo/geometry.h"
#include "util/result.h"

#include <QString>

#include <memory>

class OGRCoordinateTransformation;

namespace agglomap::geo {

// A map projection from WGS84 longitude/latitude to planar metres, through OGR/PROJ.
// Copyable: copies share the immutable PROJ transformations.
class Projection {
public:
    // Albers equal-area conic fitted to an extent: standard parallels at 1/6 and 5/6 of its
    // latitude span, central meridian in its middle. Equal area keeps choropleths honest.
    [[nodiscard]] static Result<Projection> albersEqualAreaFor(const Box& lonLatExtent);
    [[nodiscard]] static Result<Projection> fromProjString(const QString& projString);

    [[nodiscard]] Point forward(LonLat lonLat) const;
    [[nodiscard]] LonLat inverse(Point projected) const;
    // Transforms every vertex in place; far faster than per-point calls.
    void forwardInPlace(MultiPolygon& shape) const;

    [[nodiscard]] const QString& projString() const { return m_projString; }
    // Clockwise angle, in degrees, from grid north (up) to true north at a point: conic
    // projections turn meridians away from the central one.
    [[nodiscard]] double gridConvergenceDegrees(LonLat at) const;

private:
    Projection() = default;

    QString m_projString;
    std::shared_ptr<OGRCoordinateTransformation> m_forward;
    std::shared_ptr<OGRCoordinateTransformation> m_inverse;
};

} // namespace agglomap::geo
