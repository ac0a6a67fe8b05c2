#include "core/io/import/data_table_fixtures.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

namespace agglomap::test {

namespace {

void writeLayer(GDALDataset& dataset, const FixtureLayer& fixture) {
    OGRSpatialReference srs;
    if (fixture.epsg != 0) {
        srs.importFromEPSG(fixture.epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    CPLStringList options;
    for (const QString& option : fixture.creationOptions) {
        options.AddString(option.toUtf8().constData());
    }
    OGRLayer* layer =
        dataset.CreateLayer(fixture.name.constData(), fixture.epsg != 0 ? &srs : nullptr,
                            fixture.geometryType, options.List());
    ASSERT_NE(layer, nullptr) << CPLGetLastErrorMsg();
    for (const FixtureField& field : fixture.fields) {
        OGRFieldDefn definition(field.name.constData(), field.type);
        ASSERT_EQ(layer->CreateField(&definition), OGRERR_NONE) << CPLGetLastErrorMsg();
    }
    for (std::size_t row = 0; row < fixture.rows.size(); ++row) {
        OGRFeature feature(layer->GetLayerDefn());
        const auto& cells = fixture.rows[row];
        for (std::size_t column = 0; column < cells.size(); ++column) {
            if (!cells[column].isNull()) {
                feature.SetField(static_cast<int>(column), cells[column].constData());
            }
        }
        if (row < fixture.geometries.size() && !fixture.geometries[row].isEmpty()) {
            OGRGeometry* geometry = nullptr;
            ASSERT_EQ(OGRGeometryFactory::createFromWkt(fixture.geometries[row].constData(),
                                                        nullptr, &geometry),
                      OGRERR_NONE);
            feature.SetGeometryDirectly(geometry);
        }
        ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE) << CPLGetLastErrorMsg();
    }
}

} // namespace

void writeVectorFile(const QString& path, const char* driver,
                     const std::vector<FixtureLayer>& layers) {
    GDALAllRegister();
    GDALDriver* gdalDriver = GetGDALDriverManager()->GetDriverByName(driver);
    ASSERT_NE(gdalDriver, nullptr) << driver;
    GDALDatasetUniquePtr dataset(
        gdalDriver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(dataset, nullptr) << CPLGetLastErrorMsg();
    for (const FixtureLayer& layer : layers) {
        writeLayer(*dataset, layer);
    }
}

QString writeBytes(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
    }
    return path;
}

QByteArray gbk(const QString& text) {
    QStringEncoder encoder("GB18030");
    QByteArray bytes = encoder.encode(text);
    EXPECT_FALSE(encoder.hasError());
    return bytes;
}

io::DataTable read(const QString& path, const io::DataTableOptions& options) {
    auto table = io::readDataTable(path, options);
    if (!table) {
        ADD_FAILURE() << table.error().message.toStdString();
        return {};
    }
    return std::move(table).value();
}

QString errorOf(const QString& path, const io::DataTableOptions& options) {
    auto table = io::readDataTable(path, options);
    if (table) {
        ADD_FAILURE() << "read " << path.toStdString() << " without error";
        return {};
    }
    return table.error().message;
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace agglomap::test
