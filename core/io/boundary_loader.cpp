#include "io/boundary_loader.h"

#include "io/ogr_geometry_conversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agglomap::io {

namespace {

using geo::Region;

Error featureError(const QString& path, GIntBig fid, const QString& field, const QString& what) {
    //: %1 is the file, %2 the feature's number, %3 the field, %4 the problem
    return Error{QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                             "%1, feature %2, field \"%3\": %4")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(fid)
                     .arg(field, what)};
}

} // namespace

Result<std::vector<Region>> readRegions(const QString& path) {
    GDALAllRegister();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    if (!QFileInfo::exists(path)) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::BoundaryLoader",
                         "%1: the boundary file does not exist. Reinstall Agglomap or "
                         "point --maps at a folder holding it.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!dataset || dataset->GetLayerCount() < 1) {
        return Error{
            //: %2 is GDAL's own message, in English
            QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                        "%1: not a readable vector file (%2).")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    OGRLayer* layer = dataset->GetLayer(0);
    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    for (const char* field : {"code", "parent_code", "level", "kind", "name_zh", "name_en"}) {
        if (definition->GetFieldIndex(field) < 0) {
            return Error{
                QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                            "%1: the field \"%2\" is missing; every boundary needs "
                                            "code, parent_code, level, kind, name_zh and name_en.")
                    .arg(QDir::toNativeSeparators(path), QLatin1String(field))};
        }
    }

    std::vector<Region> regions;
    for (const auto& feature : *layer) {
        const GIntBig fid = feature->GetFID();
        Region region;
        region.code = feature->GetFieldAsInteger("code");
        region.parentCode = feature->GetFieldAsInteger("parent_code");
        if (region.code <= 0) {
            return featureError(path, fid, QStringLiteral("code"),
                                //: Fills %4 of "%1, feature %2, field "%3": %4"
                                QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                                            "not a positive administrative code."));
        }
        const QString level = QString::fromUtf8(feature->GetFieldAsString("level"));
        const auto parsedLevel = geo::levelFromKey(level);
        if (!parsedLevel) {
            return featureError(
                path, fid, QStringLiteral("level"),
                QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                            "\"%1\" is not province, city or county.")
                    .arg(level));
        }
        region.level = *parsedLevel;
        const QString kind = QString::fromUtf8(feature->GetFieldAsString("kind"));
        const auto parsedKind = geo::kindFromKey(kind);
        if (!parsedKind) {
            return featureError(path, fid, QStringLiteral("kind"),
                                QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                                            "\"%1\" is not a known kind of unit.")
                                    .arg(kind));
        }
        region.kind = *parsedKind;
        region.nameZh = QString::fromUtf8(feature->GetFieldAsString("name_zh"));
        region.nameEn = QString::fromUtf8(feature->GetFieldAsString("name_en"));
        if (region.nameZh.isEmpty()) {
            return featureError(
                path, fid, QStringLiteral("name_zh"),
                QCoreApplication::translate("agglomap::io::BoundaryLoader", "empty."));
        }
        const OGRGeometry* geometry = feature->GetGeometryRef();
        auto shape = geometry ? toMultiPolygon(*geometry) : std::nullopt;
        if (!shape) {
            return featureError(path, fid, QStringLiteral("geometry"),
                                QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                                            "region %1 has no polygon.")
                                    .arg(region.code));
        }
        region.lonLat = std::move(*shape);
        regions.push_back(std::move(region));
    }
    if (regions.empty()) {
        return Error{QCoreApplication::translate("agglomap::io::BoundaryLoader",
                                                 "%1: the file holds no regions.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return regions;
}

Result<geo::RegionHierarchy> loadBoundaries(const QString& directory) {
    const QDir dir(directory);
    std::vector<Region> all;
    for (const char* file : {kProvinceFile, kCitiesFile, kCountiesFile}) {
        auto regions = readRegions(dir.filePath(QLatin1String(file)));
        if (!regions) {
            return regions.error();
        }
        auto values = std::move(regions).value();
        std::move(values.begin(), values.end(), std::back_inserter(all));
    }
    return geo::RegionHierarchy::build(std::move(all));
}

} // namespace agglomap::io
