#include "io/boundaries/lon_lat_conversion.h"

#include <QCoreApplication>

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

namespace agglomap::io {

namespace {

struct ReleaseReference {
    void operator()(OGRSpatialReference* reference) const { reference->Release(); }
};
using ReferencePtr = std::unique_ptr<OGRSpatialReference, ReleaseReference>;

QString nameOf(const OGRSpatialReference& reference) {
    const char* name = reference.GetName();
    if (name && *name && QLatin1String(name) != QLatin1String("unknown")) {
        return QString::fromUtf8(name);
    }
    char* proj = nullptr;
    reference.exportToProj4(&proj);
    const QString result = QString::fromUtf8(proj ? proj : "").trimmed();
    CPLFree(proj);
    return result;
}

void shiftRing(OGRLinearRing& ring, geo::LonLatDatum datum) {
    for (int i = 0; i < ring.getNumPoints(); ++i) {
        const geo::LonLat shifted = geo::toWgs84({ring.getX(i), ring.getY(i)}, datum);
        ring.setPoint(i, shifted.lon, shifted.lat);
    }
}

} // namespace

void LonLatConversion::DestroyTransformation::operator()(
    OGRCoordinateTransformation* transformation) const {
    OGRCoordinateTransformation::DestroyCT(transformation);
}

Result<LonLatConversion> LonLatConversion::create(const OGRSpatialReference* fileCrs,
                                                  const QString& assumedCrs, geo::LonLatDatum datum,
                                                  const QString& where, bool isShapefile) {
    ReferencePtr source;
    if (fileCrs) {
        source.reset(fileCrs->Clone());
    } else if (!assumedCrs.trimmed().isEmpty()) {
        source.reset(new OGRSpatialReference);
        // A file name (a .prj beside the data) is fine; fetching definitions from the web is not.
        const char* const noNetwork[] = {"ALLOW_NETWORK_ACCESS=NO", nullptr};
        if (source->SetFromUserInput(assumedCrs.trimmed().toUtf8().constData(), noNetwork) !=
            OGRERR_NONE) {
            //: %1 is the file, %2 what the user typed
            return Error{QCoreApplication::translate(
                             "agglomap::io::Boundaries",
                             "%1: the coordinate reference system \"%2\" is unknown; "
                             "give an EPSG code such as EPSG:4547, a WKT or a PROJ "
                             "string.")
                             .arg(where, assumedCrs.trimmed())};
        }
    } else {
        const QString missing =
            isShapefile ? QCoreApplication::translate(
                              "agglomap::io::Boundaries",
                              "%1: has no coordinate reference system (no .prj); choose the one "
                              "it was made in, e.g. EPSG:4490 (CGCS2000) or EPSG:4547.")
                        : QCoreApplication::translate(
                              "agglomap::io::Boundaries",
                              "%1: has no coordinate reference system; choose the one it was "
                              "made in, e.g. EPSG:4490 (CGCS2000) or EPSG:4547.");
        return Error{missing.arg(where)};
    }
    source->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    ReferencePtr wgs84(new OGRSpatialReference);
    wgs84->importFromEPSG(4326);
    wgs84->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    LonLatConversion conversion;
    conversion.m_sourceName = nameOf(*source);
    conversion.m_datum = datum;
    conversion.m_toWgs84.reset(OGRCreateCoordinateTransformation(source.get(), wgs84.get()));
    if (!conversion.m_toWgs84) {
        //: %1 is the file, %2 the name of its coordinate reference system
        return Error{QCoreApplication::translate(
                         "agglomap::io::Boundaries",
                         "%1: cannot transform from its coordinate reference system "
                         "(%2) to WGS84 longitude/latitude; choose a geodetic one such "
                         "as EPSG:4490 (CGCS2000).")
                         .arg(where, conversion.m_sourceName)};
    }
    return conversion;
}

bool LonLatConversion::apply(OGRMultiPolygon& shape) const {
    if (shape.transform(m_toWgs84.get()) != OGRERR_NONE) {
        return false;
    }
    if (m_datum != geo::LonLatDatum::Wgs84) {
        for (OGRPolygon* polygon : shape) {
            for (OGRLinearRing* ring : *polygon) {
                shiftRing(*ring, m_datum);
            }
        }
    }
    return true;
}

} // namespace agglomap::io
