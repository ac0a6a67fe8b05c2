#include "io/import/data_file_format.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace agglomap::io::detail {

std::optional<DataFormat> dataFormatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        return DataFormat::Csv;
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        return DataFormat::Xlsx;
    }
    if (suffix == QLatin1String("ods")) {
        return DataFormat::Ods;
    }
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        return DataFormat::GeoJson;
    }
    if (suffix == QLatin1String("shp") || suffix == QLatin1String("dbf")) {
        return DataFormat::Shapefile;
    }
    if (suffix == QLatin1String("gpkg")) {
        return DataFormat::GeoPackage;
    }
    return std::nullopt;
}

QString dataFormatName(DataFormat format) {
    switch (format) {
    case DataFormat::Csv:
        return QStringLiteral("CSV");
    case DataFormat::Xlsx:
        return QStringLiteral("XLSX");
    case DataFormat::Ods:
        return QStringLiteral("ODS");
    case DataFormat::GeoJson:
        return QStringLiteral("GeoJSON");
    case DataFormat::Shapefile:
        return QStringLiteral("Shapefile");
    case DataFormat::GeoPackage:
        return QStringLiteral("GeoPackage");
    }
    return {};
}

const char* gdalDriverName(DataFormat format) {
    switch (format) {
    case DataFormat::Csv:
        return "CSV";
    case DataFormat::Xlsx:
        return "XLSX";
    case DataFormat::Ods:
        return "ODS";
    case DataFormat::GeoJson:
        return "GeoJSON";
    case DataFormat::Shapefile:
        return "ESRI Shapefile";
    case DataFormat::GeoPackage:
        return "GPKG";
    }
    return "";
}

bool isSpreadsheet(DataFormat format) {
    return format == DataFormat::Csv || format == DataFormat::Xlsx || format == DataFormat::Ods;
}

bool hasOwnEncoding(DataFormat format) {
    return format == DataFormat::Csv || format == DataFormat::Shapefile;
}

QString sidecarFile(const QString& path, const QString& suffix) {
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    for (const QString& candidate : {base + suffix.toLower(), base + suffix.toUpper()}) {
        if (QFileInfo(candidate).isFile()) {
            return candidate;
        }
    }
    return {};
}

Result<qint64> dataSize(const QString& path, DataFormat format) {
    const qint64 size = QFileInfo(path).size();
    if (format != DataFormat::Shapefile ||
        QFileInfo(path).suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0) {
        return size;
    }
    const QString attributes = sidecarFile(path, QStringLiteral(".dbf"));
    if (attributes.isEmpty()) {
        return Error{
            //: %1 is the .shp file, %2 its name without suffix
            QCoreApplication::translate("agglomap::io::DataTable",
                                        "%1: its attribute table %2.dbf is missing; copy the .dbf "
                                        "(and .shx, .prj, .cpg) files along with the .shp.")
                .arg(QDir::toNativeSeparators(path), QFileInfo(path).completeBaseName())};
    }
    // A .shp of 0 bytes lacks even its header: the shapefile is empty whatever the .dbf holds.
    return size == 0 ? qint64{0} : size + QFileInfo(attributes).size();
}

QString byteSizeText(qint64 bytes) {
    constexpr double kilo = 1024.0;
    if (bytes < 1024) {
        //: A file size
        return QCoreApplication::translate("agglomap::io::DataTable", "%1 bytes").arg(bytes);
    }
    if (bytes < 1024 * 1024) {
        return QCoreApplication::translate("agglomap::io::DataTable", "%1 KB")
            .arg(static_cast<double>(bytes) / kilo, 0, 'f', 1);
    }
    return QCoreApplication::translate("agglomap::io::DataTable", "%1 MB")
        .arg(static_cast<double>(bytes) / (kilo * kilo), 0, 'f', 1);
}

} // namespace agglomap::io::detail
