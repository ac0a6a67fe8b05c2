#include "io/context_layer_loader.h"

#include "util/status.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace agglomap::io {

namespace {

using geo::ContextLayerKind;

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

Error featureError(const QString& path, GIntBig fid, const QString& field, const QString& what) {
    //: %1 is the file, %2 the feature's number, %3 the field, %4 the problem
    return Error{QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                             "%1, feature %2, field \"%3\": %4")
                     .arg(nativePath(path))
                     .arg(fid)
                     .arg(field, what)};
}

struct SpatialReferenceRelease {
    void operator()(OGRSpatialReference* srs) const { srs->Release(); }
};
struct TransformationDestroy {
    void operator()(OGRCoordinateTransformation* ct) const {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using TransformationPtr = std::unique_ptr<OGRCoordinateTransformation, TransformationDestroy>;

// A transformation to WGS84 longitude/latitude, or null where the layer is already in it (or
// says nothing about its CRS, as RFC 7946 GeoJSON need not).
Result<TransformationPtr> toWgs84(const QString& path, const OGRLayer& layer) {
    const OGRSpatialReference* source = const_cast<OGRLayer&>(layer).GetSpatialRef();
    if (!source) {
        return TransformationPtr{};
    }
    std::unique_ptr<OGRSpatialReference, SpatialReferenceRelease> wgs84(new OGRSpatialReference);
    wgs84->SetWellKnownGeogCS("WGS84");
    wgs84->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRSpatialReference, SpatialReferenceRelease> from(source->Clone());
    from->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (from->IsSame(wgs84.get())) {
        return TransformationPtr{};
    }
    TransformationPtr transformation(OGRCreateCoordinateTransformation(from.get(), wgs84.get()));
    if (!transformation) {
        return Error{
            //: %2 is GDAL's own message, in English
            QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                        "%1: its coordinate system cannot be converted to WGS84 "
                                        "longitude/latitude (%2).")
                .arg(nativePath(path), QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    return transformation;
}

geo::LineString toLineString(const OGRLineString& line) {
    geo::LineString result;
    result.reserve(static_cast<std::size_t>(line.getNumPoints()));
    for (int i = 0; i < line.getNumPoints(); ++i) {
        result.emplace_back(line.getX(i), line.getY(i));
    }
    return result;
}

// The line strings of a (multi)line geometry; nullopt for any other kind.
std::optional<std::vector<geo::LineString>> linesOf(const OGRGeometry& geometry) {
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbLineString:
        return std::vector<geo::LineString>{toLineString(*geometry.toLineString())};
    case wkbMultiLineString: {
        std::vector<geo::LineString> lines;
        for (const OGRLineString* part : *geometry.toMultiLineString()) {
            lines.push_back(toLineString(*part));
        }
        return lines;
    }
    default:
        return std::nullopt;
    }
}

QString geometryName(const OGRGeometry& geometry) {
    return QString::fromUtf8(OGRGeometryTypeToName(geometry.getGeometryType()));
}

// The optional fields a context layer understands, by index in the layer (-1 if absent).
struct FieldIndices {
    int nameZh = -1;
    int nameEn = -1;
    int name = -1;
    int level = -1;
    int rank = -1;
    int population = -1;

    explicit FieldIndices(const OGRFeatureDefn& definition)
        : nameZh(definition.GetFieldIndex("name_zh"))
        , nameEn(definition.GetFieldIndex("name_en"))
        , name(definition.GetFieldIndex("name"))
        , level(definition.GetFieldIndex("level"))
        , rank(definition.GetFieldIndex("rank"))
        , population(definition.GetFieldIndex("population")) {}
};

bool isSet(const OGRFeature& feature, int index) {
    return index >= 0 && feature.IsFieldSetAndNotNull(index);
}

// An optional whole number field of a feature, checked to be in [minimum, maximum].
Result<std::optional<qint64>> wholeNumber(const QString& path, const OGRFeature& feature, int index,
                                          qint64 minimum, qint64 maximum) {
    if (!isSet(feature, index)) {
        return std::optional<qint64>{};
    }
    const char* field = feature.GetFieldDefnRef(index)->GetNameRef();
    bool ok = false;
    const QString text = QString::fromUtf8(feature.GetFieldAsString(index)).trimmed();
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        return featureError(
            path, feature.GetFID(), QString::fromUtf8(field),
            QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                        "\"%1\" is not a whole number from %2 to %3.")
                .arg(text)
                .arg(minimum)
                .arg(maximum));
    }
    return std::optional<qint64>{value};
}

} // namespace

Result<geo::ContextLayer> loadContextLayer(const QString& path) {
    GDALAllRegister();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    if (!QFileInfo::exists(path)) {
        return Error{
            QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                        "%1: the context layer file does not exist. Reinstall "
                                        "Agglomap or point --maps at a folder holding it.")
                .arg(nativePath(path))};
    }
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!dataset || dataset->GetLayerCount() < 1) {
        //: %2 is GDAL's own message, in English
        return Error{QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                                 "%1: not a readable vector file (%2).")
                         .arg(nativePath(path), QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    OGRLayer* layer = dataset->GetLayer(0);
    auto transformation = toWgs84(path, *layer);
    if (!transformation) {
        return transformation.error();
    }
    const FieldIndices fields(*layer->GetLayerDefn());

    geo::ContextLayer result;
    result.provenance = QString::fromUtf8(layer->GetMetadataItem("DESCRIPTION"));
    std::optional<ContextLayerKind> kind;
    for (const auto& feature : *layer) {
        const GIntBig fid = feature->GetFID();
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            continue; // nothing to draw; GeoJSON allows null geometries
        }
        if (transformation.value() &&
            geometry->transform(transformation.value().get()) != OGRERR_NONE) {
            return featureError(path, fid, QStringLiteral("geometry"),
                                QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                                            "cannot be converted to WGS84."));
        }
        const auto flat = wkbFlatten(geometry->getGeometryType());
        const std::optional<ContextLayerKind> featureKind =
            flat == wkbPoint ? ContextLayerKind::Points
            : (flat == wkbLineString || flat == wkbMultiLineString)
                ? ContextLayerKind::Lines
                : std::optional<ContextLayerKind>{};
        if (!featureKind) {
            return featureError(
                path, fid, QStringLiteral("geometry"),
                //: %1 is a geometry type as GDAL names it, e.g. "Polygon"
                QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                            "a %1; a context layer holds lines (rivers) or "
                                            "points (towns), not areas. Load areas as "
                                            "boundaries instead.")
                    .arg(geometryName(*geometry)));
        }
        if (kind && *kind != *featureKind) {
            //: %1 is a geometry type as GDAL names it, e.g. "Point"
            const QString mixed = *kind == ContextLayerKind::Lines
                                      ? QCoreApplication::translate(
                                            "agglomap::io::ContextLayerLoader",
                                            "a %1 among lines; one context layer holds either "
                                            "lines or points.")
                                      : QCoreApplication::translate(
                                            "agglomap::io::ContextLayerLoader",
                                            "a %1 among points; one context layer holds either "
                                            "lines or points.");
            return featureError(path, fid, QStringLiteral("geometry"),
                                mixed.arg(geometryName(*geometry)));
        }
        kind = featureKind;

        const QString nameZh = isSet(*feature, fields.nameZh)
                                   ? QString::fromUtf8(feature->GetFieldAsString(fields.nameZh))
                                   : QString();
        const int enIndex = isSet(*feature, fields.nameEn) ? fields.nameEn : fields.name;
        const QString nameEn = isSet(*feature, enIndex)
                                   ? QString::fromUtf8(feature->GetFieldAsString(enIndex))
                                   : QString();
        if (*kind == ContextLayerKind::Lines) {
            auto level = wholeNumber(path, *feature, fields.level, 0, 99);
            if (!level) {
                return level.error();
            }
            auto parts = linesOf(*geometry);
            for (geo::LineString& part : *parts) {
                if (part.size() < 2) {
                    return featureError(
                        path, fid, QStringLiteral("geometry"),
                        QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                                    "a line needs at least two points."));
                }
                result.lines.push_back(
                    {std::move(part), static_cast<int>(level.value().value_or(0)), nameZh, nameEn});
            }
        } else {
            auto rank = wholeNumber(path, *feature, fields.rank, 0, 99);
            auto population = wholeNumber(path, *feature, fields.population, 0, 100'000'000'000LL);
            if (const Status status = firstFailure(rank, population); !status) {
                return status.error();
            }
            const OGRPoint& point = *geometry->toPoint();
            result.places.push_back({geo::Point(point.getX(), point.getY()), nameZh, nameEn,
                                     static_cast<int>(rank.value().value_or(0)),
                                     population.value()});
        }
    }
    if (!kind) {
        return Error{QCoreApplication::translate("agglomap::io::ContextLayerLoader",
                                                 "%1: the file holds no lines or points to draw.")
                         .arg(nativePath(path))};
    }
    result.kind = *kind;
    return result;
}

} // namespace agglomap::io
