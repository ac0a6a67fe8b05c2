#include "io/boundaries/boundary_replacement.h"

#include "geo/boundary_extent.h"
#include "io/boundaries/feature_codes.h"
#include "io/boundaries/geos_polygons.h"
#include "io/boundaries/lon_lat_conversion.h"
#include "io/boundaries/shape_checks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agglomap::io {

namespace {

namespace bg = boost::geometry;
using geo::Region;
using geo::RegionCode;
using geo::RegionLevel;

// What a layer holds if not areas ("points"), for the message; nullopt for polygons or a mix.
std::optional<QString> nonPolygonContent(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
        //: What a layer holds instead of polygons; fills %2 of "%1: holds %2, not polygons"
        return QCoreApplication::translate("agglomap::io::Boundaries", "points");
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return QCoreApplication::translate("agglomap::io::Boundaries", "lines");
    case wkbNone:
        return QCoreApplication::translate("agglomap::io::Boundaries", "a table without geometry");
    default:
        return std::nullopt;
    }
}

Result<OGRLayer*> chooseLayer(GDALDataset& dataset, const QString& name, const QString& file) {
    if (dataset.GetLayerCount() < 1) {
        //: %1 is the file
        return Error{QCoreApplication::translate("agglomap::io::Boundaries", "%1: holds no layers.")
                         .arg(file)};
    }
    if (name.isEmpty()) {
        return dataset.GetLayer(0);
    }
    if (OGRLayer* layer = dataset.GetLayerByName(name.toUtf8().constData())) {
        return layer;
    }
    QStringList names;
    for (OGRLayer* layer : dataset.GetLayers()) {
        names << QString::fromUtf8(layer->GetName());
    }
    //: %1 is the file, %2 the layer asked for, %3 the layers it has
    return Error{QCoreApplication::translate("agglomap::io::Boundaries",
                                             "%1: has no layer \"%2\"; its layers are %3.")
                     .arg(file, name, names.join(QStringLiteral(", ")))};
}

QString featureWhere(const QString& where, GIntBig fid, RegionCode code) {
    //: Where a problem lies: %1 is the file (and layer), %2 the feature's number, %3 the region's
    //: administrative code
    return QCoreApplication::translate("agglomap::io::Boundaries", "%1, feature %2 (code %3)")
        .arg(where)
        .arg(fid)
        .arg(code);
}

// Where the new boundaries may lie: the province's current extent grown by a margin.
struct ProvinceBounds {
    geo::Box extent;
    QString name;
};

Result<geo::MultiPolygon> readShape(OGRFeature& feature, const Region& region,
                                    const ProvinceBounds& province,
                                    const LonLatConversion& conversion, const QString& file) {
    const QString where = featureWhere(file, feature.GetFID(), region.code);
    std::unique_ptr<OGRGeometry> geometry(feature.StealGeometry());
    if (!geometry || geometry->IsEmpty()) {
        return Error{
            //: %1 is the feature, %2 the region's name
            QCoreApplication::translate("agglomap::io::Boundaries",
                                        "%1: the geometry is empty; draw the boundary of %2 or "
                                        "delete the feature.")
                .arg(where, region.nameZh)};
    }
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    // Curved polygons become linear ones here too.
    std::unique_ptr<OGRGeometry> polygons(
        OGR_GT_IsSubClassOf(type, wkbCurvePolygon) || OGR_GT_IsSubClassOf(type, wkbMultiSurface)
            ? OGRGeometryFactory::forceToMultiPolygon(geometry.release())
            : nullptr);
    if (!polygons || wkbFlatten(polygons->getGeometryType()) != wkbMultiPolygon) {
        return Error{
            //: %1 is the feature, %2 its geometry type as GDAL names it (e.g. "point")
            QCoreApplication::translate("agglomap::io::Boundaries",
                                        "%1: its geometry is a %2, not a polygon; boundaries must "
                                        "be polygons or multipolygons.")
                .arg(where, QString::fromUtf8(OGRGeometryTypeToName(type)).toLower())};
    }
    OGRMultiPolygon& shape = *polygons->toMultiPolygon();
    if (const Status status = detail::nonFiniteCoordinates(shape, region, where); !status) {
        return status.error();
    }
    // PROJ reports a vertex it cannot transform as an error, or returns it as infinity.
    if (!conversion.apply(shape) || !detail::nonFiniteCoordinates(shape, region, where)) {
        return Error{
            //: %1 is the feature, %2 the coordinate reference system
            QCoreApplication::translate("agglomap::io::Boundaries",
                                        "%1: its coordinates cannot be transformed from %2 to "
                                        "longitude/latitude; is that the coordinate reference "
                                        "system it was made in?")
                .arg(where, conversion.sourceName())};
    }
    // Where it lies is checked before any repair: GEOS has no business with a polygon
    // spanning the world.
    OGREnvelope envelope;
    shape.getEnvelope(&envelope);
    const geo::Box found({envelope.MinX, envelope.MinY}, {envelope.MaxX, envelope.MaxY});
    if (const Status near = detail::farFromRegion(found, region, where, conversion.sourceName());
        !near) {
        return near.error();
    }
    if (const Status within = detail::beyondProvince(found, province.extent, province.name, where,
                                                     conversion.sourceName());
        !within) {
        return within.error();
    }
    auto valid = validMultiPolygon(shape);
    if (!valid) {
        return Error{
            QCoreApplication::translate("agglomap::io::Boundaries",
                                        "%1: the polygon is invalid and cannot be repaired; fix it "
                                        "(e.g. QGIS: Vector > Geometry Tools > Fix Geometries) and "
                                        "load the file again.")
                .arg(where)};
    }
    if (const Status proportion =
            detail::areaOutOfProportion(*valid, region, where, conversion.sourceName());
        !proportion) {
        return proportion.error();
    }
    return std::move(*valid);
}

struct Matches {
    // The region of each feature, by position in the layer; 0 for features skipped.
    std::vector<RegionCode> codeAt;
    QStringList ignored;
};

Result<Matches> matchRegions(const FeatureCodes& codes, const geo::RegionHierarchy& current,
                             const QString& file) {
    Matches matches;
    QHash<RegionCode, GIntBig> fidByCode;
    for (const FeatureCodes::Entry& feature : codes.features) {
        if (!current.find(feature.code)) {
            matches.codeAt.push_back(0);
            //: %1 is the feature's number, %2 its code, %3 the province
            matches.ignored << QCoreApplication::translate(
                                   "agglomap::io::Boundaries",
                                   "feature %1: code %2 is not a region of %3")
                                   .arg(feature.fid)
                                   .arg(feature.code)
                                   .arg(current.province().nameZh);
            continue;
        }
        if (const auto earlier = fidByCode.constFind(feature.code);
            earlier != fidByCode.constEnd()) {
            return Error{
                //: %1 is the file, %2 a region's code, %3 its name, %4 and %5 feature numbers
                QCoreApplication::translate("agglomap::io::Boundaries",
                                            "%1: code %2 (%3) appears in features %4 and %5; give "
                                            "each region one feature (dissolve its parts into one "
                                            "multipolygon).")
                    .arg(file)
                    .arg(feature.code)
                    .arg(current.find(feature.code)->nameZh)
                    .arg(*earlier)
                    .arg(feature.fid)};
        }
        fidByCode.insert(feature.code, feature.fid);
        matches.codeAt.push_back(feature.code);
    }
    if (fidByCode.isEmpty()) {
        //: %1 is the file, %2 the code field, %3 the province
        return Error{QCoreApplication::translate(
                         "agglomap::io::Boundaries",
                         "%1: no feature's code (field \"%2\") matches a region of %3; "
                         "is it the right province or field?")
                         .arg(file, codes.field, current.province().nameZh)};
    }
    return matches;
}

Result<QHash<RegionCode, geo::MultiPolygon>> readShapes(OGRLayer& layer, const Matches& matches,
                                                        const geo::RegionHierarchy& current,
                                                        const LonLatConversion& conversion,
                                                        const QString& file) {
    QHash<RegionCode, geo::MultiPolygon> shapes;
    std::size_t position = 0;
    const ProvinceBounds province{geo::plausibleExtent(current.extent()),
                                  current.province().nameZh};
    layer.ResetReading();
    for (auto& feature : layer) {
        const RegionCode code = position < matches.codeAt.size() ? matches.codeAt[position] : 0;
        ++position;
        if (code == 0) {
            continue;
        }
        auto shape = readShape(*feature, *current.find(code), province, conversion, file);
        if (!shape) {
            return shape.error();
        }
        shapes.insert(code, std::move(shape).value());
    }
    return shapes;
}

// Counties replaced without their city make the city's old outline disagree with them; the
// union of its counties nests again. Likewise the province from its cities (after them).
// `changed` holds the replaced regions and gains the rebuilt ones.
Status rebuildUpperLevels(std::vector<Region>& regions, const QString& file,
                          QSet<RegionCode>& changed, std::vector<RegionCode>& rebuilt) {
    for (const RegionLevel level : {RegionLevel::City, RegionLevel::Province}) {
        const RegionLevel childLevel =
            level == RegionLevel::City ? RegionLevel::County : RegionLevel::City;
        std::vector<Region*> parents;
        std::vector<std::vector<const geo::MultiPolygon*>> groups;
        for (Region& parent : regions) {
            if (parent.level != level || changed.contains(parent.code)) {
                continue; // the file gave it
            }
            std::vector<const geo::MultiPolygon*> parts;
            bool childChanged = false;
            for (const Region& child : regions) {
                if (child.level == childLevel && child.parentCode == parent.code) {
                    parts.push_back(&child.lonLat);
                    childChanged = childChanged || changed.contains(child.code);
                }
            }
            if (childChanged) {
                parents.push_back(&parent);
                groups.push_back(std::move(parts));
            }
        }
        auto united = unionsOf(groups);
        for (std::size_t i = 0; i < parents.size(); ++i) {
            Region& parent = *parents[i];
            if (!united[i]) {
                return Error{
                    //: %1 is the file, %2 a city or county name, %3 its code
                    QCoreApplication::translate("agglomap::io::Boundaries",
                                                "%1: the new boundaries inside %2 (%3) cannot be "
                                                "joined into its outline; give its boundary in the "
                                                "file too.")
                        .arg(file, parent.nameZh)
                        .arg(parent.code)};
            }
            parent.lonLat = std::move(*united[i]);
            rebuilt.push_back(parent.code);
            changed.insert(parent.code);
        }
    }
    return {};
}

} // namespace

Result<BoundaryReplacement> replaceBoundaries(const geo::RegionHierarchy& current,
                                              const QString& path,
                                              const BoundaryReplacementOptions& options) {
    GDALAllRegister();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    CPLErrorReset();
    const QString file = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        return Error{
            QCoreApplication::translate("agglomap::io::Boundaries", "%1: the file does not exist.")
                .arg(file)};
    }
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!dataset) {
        const QString gdal = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
        if (gdal.isEmpty()) {
            return Error{QCoreApplication::translate(
                             "agglomap::io::Boundaries",
                             "%1: not a vector file GDAL can read; check that it opens in QGIS, "
                             "or export it again as GeoPackage or Shapefile.")
                             .arg(file)};
        }
        //: %2 is GDAL's own message, in English
        return Error{QCoreApplication::translate(
                         "agglomap::io::Boundaries",
                         "%1: not a vector file GDAL can read (%2); check that it opens in QGIS, "
                         "or export it again as GeoPackage or Shapefile.")
                         .arg(file, gdal)};
    }
    auto chosen = chooseLayer(*dataset, options.layer, file);
    if (!chosen) {
        return chosen.error();
    }
    OGRLayer& layer = *chosen.value();
    // Name the layer only where the file has several.
    const QString where =
        dataset->GetLayerCount() > 1
            //: %1 is the file, %2 a layer's name
            ? QCoreApplication::translate("agglomap::io::Boundaries", "%1, layer \"%2\"")
                  .arg(file, QString::fromUtf8(layer.GetName()))
            : file;
    if (const auto content = nonPolygonContent(layer.GetGeomType())) {
        return Error{
            //: %1 is the file or layer; %2 is "points", "lines" or "a table without geometry"
            QCoreApplication::translate("agglomap::io::Boundaries",
                                        "%1: holds %2, not polygons; choose the layer with the "
                                        "boundaries of the regions.")
                .arg(where, *content)};
    }
    const bool isShapefile =
        QLatin1String(dataset->GetDriver()->GetDescription()) == QLatin1String("ESRI Shapefile");
    auto conversion = LonLatConversion::create(layer.GetSpatialRef(), options.assumedCrs,
                                               options.datum, where, isShapefile);
    if (!conversion) {
        return conversion.error();
    }
    auto codes = readFeatureCodes(layer, where, options.codeField);
    if (!codes) {
        return codes.error();
    }
    auto matches = matchRegions(codes.value(), current, where);
    if (!matches) {
        return matches.error();
    }
    auto shapes = readShapes(layer, matches.value(), current, conversion.value(), where);
    if (!shapes) {
        return shapes.error();
    }

    auto newShapes = std::move(shapes).value();
    BoundaryReplacement replacement;
    replacement.ignored = matches.value().ignored;
    replacement.sourceCrs = conversion.value().sourceName();
    std::vector<Region> regions = current.regions();
    QSet<RegionCode> changed;
    for (Region& region : regions) {
        if (auto shape = newShapes.find(region.code); shape != newShapes.end()) {
            region.lonLat = std::move(*shape);
            changed.insert(region.code);
            replacement.replaced.push_back(region.code);
        }
    }
    if (options.rebuildUpperLevels) {
        if (const Status status = rebuildUpperLevels(regions, where, changed, replacement.rebuilt);
            !status) {
            return status.error();
        }
    }
    for (const Region& region : regions) {
        if (!changed.contains(region.code)) {
            replacement.kept.push_back(region.code);
        }
    }
    auto hierarchy = geo::RegionHierarchy::build(std::move(regions));
    if (!hierarchy) {
        return hierarchy.error();
    }
    replacement.regions =
        std::make_shared<const geo::RegionHierarchy>(std::move(hierarchy).value());
    return replacement;
}

} // namespace agglomap::io
