#include "core/io/boundaries/boundary_fixtures.h"

#include "io/ogr_geometry_conversion.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <stdexcept>

namespace agglomap::test {

namespace {

void check(bool ok, const std::string& what) {
    if (!ok) {
        throw std::runtime_error(what + ": " + CPLGetLastErrorMsg());
    }
}

void writeLayer(GDALDataset& dataset, const FixtureLayer& fixture) {
    OGRSpatialReference crs;
    if (fixture.epsg != 0) {
        crs.importFromEPSG(fixture.epsg);
        crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRLayer* layer =
        dataset.CreateLayer(fixture.name.toUtf8().constData(), fixture.epsg != 0 ? &crs : nullptr,
                            fixture.geometryType, nullptr);
    check(layer != nullptr, "CreateLayer");
    const QString field = fixture.codeField.isEmpty() ? QStringLiteral("NAME") : fixture.codeField;
    OGRFieldDefn definition(field.toUtf8().constData(),
                            fixture.codeField.isEmpty() ? OFTString : fixture.codeType);
    check(layer->CreateField(&definition) == OGRERR_NONE, "CreateField");
    for (const FixtureFeature& item : fixture.features) {
        OGRFeature feature(layer->GetLayerDefn());
        if (!item.code.isEmpty()) {
            feature.SetField(0, item.code.toUtf8().constData());
        }
        if (item.geometry) {
            feature.SetGeometry(item.geometry.get());
        }
        check(layer->CreateFeature(&feature) == OGRERR_NONE, "CreateFeature");
    }
}

} // namespace

void writeVectorFile(const QString& path, const QString& driverName,
                     const std::vector<FixtureLayer>& layers) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    check(driver != nullptr, "driver " + driverName.toStdString());
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    check(dataset != nullptr, "Create " + path.toStdString());
    for (const FixtureLayer& layer : layers) {
        writeLayer(*dataset, layer);
    }
}

std::shared_ptr<const OGRGeometry> fixtureGeometry(const geo::MultiPolygon& wgs84, int epsg,
                                                   geo::LonLatDatum datum) {
    geo::MultiPolygon moved = wgs84;
    boost::geometry::for_each_point(moved, [datum](geo::Point& point) {
        const geo::LonLat shifted = geo::fromWgs84({point.x(), point.y()}, datum);
        point.x(shifted.lon);
        point.y(shifted.lat);
    });
    std::shared_ptr<OGRGeometry> shape(io::toOgr(moved).release());
    if (epsg != 4326) {
        OGRSpatialReference from;
        from.importFromEPSG(4326);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference to;
        check(to.importFromEPSG(epsg) == OGRERR_NONE, "EPSG " + std::to_string(epsg));
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation, void (*)(OGRCoordinateTransformation*)>
            transformation(OGRCreateCoordinateTransformation(&from, &to),
                           OGRCoordinateTransformation::DestroyCT);
        check(transformation && shape->transform(transformation.get()) == OGRERR_NONE, "transform");
    }
    return shape;
}

std::vector<FixtureFeature> regionFeatures(const geo::RegionHierarchy& hierarchy,
                                           geo::RegionLevel level, int epsg) {
    std::vector<FixtureFeature> features;
    for (const geo::Region* region : hierarchy.regionsAt(level)) {
        features.push_back({QString::number(region->code), fixtureGeometry(region->lonLat, epsg)});
    }
    return features;
}

} // namespace agglomap::test
