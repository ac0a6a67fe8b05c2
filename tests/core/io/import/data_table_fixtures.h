#pragma once

#include "io/import/data_table.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ogr_core.h>

#include <ostream>
#include <utility>
#include <vector>

namespace agglomap::test {

struct FixtureField {
    FixtureField(const char* fieldName, OGRFieldType fieldType = OFTString)
        : name(fieldName)
        , type(fieldType) {}
    QByteArray name;
    OGRFieldType type;
};

// A layer to write with a GDAL driver. Cells are raw bytes, passed to GDAL unchanged (a null
// QByteArray leaves the field unset); numbers are given as text and GDAL parses them.
struct FixtureLayer {
    FixtureLayer(QByteArray layerName, std::vector<FixtureField> layerFields,
                 std::vector<std::vector<QByteArray>> layerRows)
        : name(std::move(layerName))
        , fields(std::move(layerFields))
        , rows(std::move(layerRows)) {}
    QByteArray name;
    std::vector<FixtureField> fields;
    std::vector<std::vector<QByteArray>> rows;
    OGRwkbGeometryType geometryType = wkbNone;
    // One well-known-text geometry per row (empty: none); only read with a geometry type.
    std::vector<QByteArray> geometries;
    int epsg = 0; // 0: no coordinate reference system
    QStringList creationOptions;
};

// Writes the layers into a new file with the named GDAL driver ("XLSX", "GPKG", ...); fails
// the test when GDAL cannot.
void writeVectorFile(const QString& path, const char* driver,
                     const std::vector<FixtureLayer>& layers);

// Writes bytes to a file of the directory and gives its path.
QString writeBytes(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);

// The text in GBK (GB18030) bytes, as a Chinese Windows program saves it.
QByteArray gbk(const QString& text);

// The table a file gives; a failure to read it fails the test.
io::DataTable read(const QString& path, const io::DataTableOptions& options = {});
// The message reading a file gives; reading it without error fails the test.
QString errorOf(const QString& path, const io::DataTableOptions& options = {});
QString native(const QString& path);

} // namespace agglomap::test

// Failed expectations print messages as text, not as bytes (QString is in the global namespace).
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}
