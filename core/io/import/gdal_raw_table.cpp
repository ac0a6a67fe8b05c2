#include "io/import/gdal_raw_table.h"

#include "io/csv_records.h"

#include "io/import/gdal_layer_points.h"
#include "io/import/gdal_messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace agglomap::io::detail {

namespace {

constexpr char cellSeparator = '\0';

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

CPLStringList openOptions(DataFormat format) {
    CPLStringList options;
    switch (format) {
    case DataFormat::Shapefile:
        // No recoding: the bytes arrive as stored, and the .cpg or the bytes decide.
        options.AddString("ENCODING=");
        break;
    case DataFormat::GeoJson:
        options.AddString("ARRAY_AS_STRING=YES");
        break;
    case DataFormat::Csv: // read by readCsvTable
    case DataFormat::Xlsx:
    case DataFormat::Ods:
    case DataFormat::GeoPackage:
        break;
    }
    return options;
}

// GDAL 3.6 reads the spreadsheet header choice from configuration, not from open options.
const char* headersOption(DataFormat format) {
    switch (format) {
    case DataFormat::Xlsx:
        return "OGR_XLSX_HEADERS";
    case DataFormat::Ods:
        return "OGR_ODS_HEADERS";
    default:
        return nullptr;
    }
}

QByteArray cellBytes(const OGRFeature& feature, int index) {
    if (!feature.IsFieldSetAndNotNull(index)) {
        return {};
    }
    switch (feature.GetFieldDefnRef(index)->GetType()) {
    case OFTInteger:
    case OFTInteger64:
        return QByteArray::number(feature.GetFieldAsInteger64(index));
    case OFTReal:
        return realText(feature.GetFieldAsDouble(index));
    default:
        return QByteArray(feature.GetFieldAsString(index));
    }
}

QByteArray rowBytes(const OGRFeature& feature, int columnCount) {
    QByteArray row;
    for (int column = 0; column < columnCount; ++column) {
        if (column > 0) {
            row.append(cellSeparator);
        }
        row.append(cellBytes(feature, column));
    }
    return row;
}

// The spreadsheet drivers name an empty header cell "Field<n>"; turning that back into an empty
// name lets the names be checked like those of every other format.
QByteArray spreadsheetHeader(const OGRFeatureDefn& definition) {
    QList<QByteArray> names;
    for (int column = 0; column < definition.GetFieldCount(); ++column) {
        const QByteArray name(definition.GetFieldDefn(column)->GetNameRef());
        names.append(name == "Field" + QByteArray::number(column + 1) ? QByteArray() : name);
    }
    return joinCells(names);
}

QByteArray fieldNames(const OGRFeatureDefn& definition, DataFormat format) {
    if (format == DataFormat::Xlsx || format == DataFormat::Ods) {
        return spreadsheetHeader(definition);
    }
    QList<QByteArray> names;
    for (int column = 0; column < definition.GetFieldCount(); ++column) {
        names.append(QByteArray(definition.GetFieldDefn(column)->GetNameRef()));
    }
    return joinCells(names);
}

} // namespace

Error unreadable(const QString& path, DataFormat format, const std::optional<QString>& detail) {
    if (detail && !detail->isEmpty()) {
        //: %1 is the file, %2 its format (CSV, XLSX...), %3 what GDAL reported
        return Error{QCoreApplication::translate("agglomap::io::DataTable",
                                                 "%1: cannot be read as %2 (%3). It may be "
                                                 "truncated or damaged; open it in the program "
                                                 "that made it and save it again.")
                         .arg(nativePath(path), dataFormatName(format), *detail)};
    }
    //: %1 is the file, %2 its format (CSV, XLSX...)
    return Error{QCoreApplication::translate("agglomap::io::DataTable",
                                             "%1: cannot be read as %2. It may be truncated or "
                                             "damaged; open it in the program that made it and "
                                             "save it again.")
                     .arg(nativePath(path), dataFormatName(format))};
}

Error noSuchLayer(const QString& path, const QString& layer, const QStringList& layers) {
    //: %1 is the file, %2 the layer asked for, %3 the layers it has
    return Error{QCoreApplication::translate("agglomap::io::DataTable",
                                             "%1: has no layer \"%2\"; its layers are \"%3\".")
                     .arg(nativePath(path), layer, layers.join(QStringLiteral("\", \"")))};
}

Error tooManyRows(const DataTable& naming, int maxRows) {
    const QString limit =
        naming.spreadsheetRows
            //: %1 is the file, %2 the most rows an import reads
            ? QCoreApplication::translate("agglomap::io::DataTable",
                                          "%1: has more than %2 rows; an import reads at most %2. "
                                          "Split the file, or check that it is the right one.")
            : QCoreApplication::translate("agglomap::io::DataTable",
                                          "%1: has more than %2 features; an import reads at most "
                                          "%2. Split the file, or check that it is the right one.");
    return Error{limit.arg(nativePath(naming.path), QString::number(maxRows))};
}

Error tooManyColumns(const DataTable& naming, int columns) {
    //: %1 is the file, %2 its number of columns, %3 the most a table may have
    return Error{
        QCoreApplication::translate(
            "agglomap::io::DataTable",
            "%1: has %2 columns, more than the %3 a table may have; check that it is "
            "the right file, or split its columns over two files.")
            .arg(nativePath(naming.path), QString::number(columns), QString::number(kMaxColumns))};
}

QByteArray joinCells(const QList<QByteArray>& cells) {
    return cells.join(cellSeparator);
}

QList<QByteArray> splitCells(const QByteArray& row, int columnCount) {
    if (columnCount == 0) {
        return {};
    }
    return row.split(cellSeparator);
}

QByteArray realText(double value) {
    const double magnitude = std::abs(value);
    constexpr double smallest = 1e-6;
    constexpr double largest = 1e15;
    const bool plain = value == 0.0 || (magnitude >= smallest && magnitude < largest);
    return QString::number(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest).toLatin1();
}

Result<RawTable> readRawTable(const DataTable& naming, DataFormat format,
                              const DataTableOptions& options) {
    GDALAllRegister();
    GdalMessages messages;
    std::optional<CPLConfigOptionSetter> headers;
    if (const char* option = headersOption(format)) {
        headers.emplace(option, "FORCE", false);
    }
    const char* const drivers[] = {gdalDriverName(format), nullptr};
    const CPLStringList open = openOptions(format);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        naming.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, open.List()));
    if (!dataset) {
        return unreadable(naming.path, format, messages.firstFailure());
    }

    RawTable raw;
    for (OGRLayer* layer : dataset->GetLayers()) {
        raw.layers.append(QString::fromUtf8(layer->GetName()));
    }
    if (raw.layers.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::DataTable",
                         "%1: holds no table to import; choose the file that holds the "
                         "data.")
                         .arg(nativePath(naming.path))};
    }
    const auto layerIndex = options.layer.isEmpty() ? 0 : raw.layers.indexOf(options.layer);
    if (layerIndex < 0) {
        return noSuchLayer(naming.path, options.layer, raw.layers);
    }
    raw.layer = raw.layers.at(layerIndex);
    OGRLayer& layer = *dataset->GetLayer(static_cast<int>(layerIndex));
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    if (auto failure = messages.firstFailure()) {
        return unreadable(naming.path, format, failure);
    }
    raw.columnCount = definition.GetFieldCount();
    if (raw.columnCount > kMaxColumns) {
        return tooManyColumns(naming, raw.columnCount);
    }
    raw.header = fieldNames(definition, format);

    if (layer.TestCapability(OLCFastFeatureCount) &&
        layer.GetFeatureCount(TRUE) > static_cast<GIntBig>(options.maxRows)) {
        return tooManyRows(naming, options.maxRows);
    }

    std::optional<LayerPoints> points;
    if (definition.GetGeomFieldCount() > 0) {
        auto forLayer = LayerPoints::forLayer(naming.path, layer);
        if (!forLayer) {
            return forLayer.error();
        }
        points.emplace(std::move(forLayer).value());
        raw.crs = points->crs();
    }

    layer.ResetReading();
    for (;;) {
        messages.clear();
        const OGRFeatureUniquePtr feature(layer.GetNextFeature());
        const int row = static_cast<int>(raw.rows.size());
        if (auto failure = messages.firstFailure()) {
            //: %1 is the file, %2 a row or feature, %3 what GDAL reported
            return Error{QCoreApplication::translate(
                             "agglomap::io::DataTable",
                             "%1, %2: cannot be read (%3). The file may be truncated "
                             "or damaged; open it in the program that made it and "
                             "save it again.")
                             .arg(nativePath(naming.path), naming.rowName(row), *failure)};
        }
        if (!feature) {
            break;
        }
        if (static_cast<int>(raw.rows.size()) >= options.maxRows) {
            return tooManyRows(naming, options.maxRows);
        }
        raw.rows.push_back(rowBytes(*feature, raw.columnCount));
        if (points) {
            auto point = points->pointOf(feature->GetGeometryRef());
            if (!point) {
                return Error{naming.locate(row, DataTable::geometryField(), point.error().message)};
            }
            raw.points.push_back(point.value().point);
            raw.pointProblems.push_back(point.value().problem);
        }
    }
    return raw;
}

} // namespace agglomap::io::detail
