#include "io/project/geopackage_reading.h"

#include "io/project/plan_tables.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <ogrsf_frmts.h>

namespace agglomap::io::project {

namespace {

QString quoted(const QString& identifier) {
    return QLatin1Char('"') +
           QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString fieldText(const OGRFeature& feature, int field) {
    if (!feature.IsFieldSetAndNotNull(field)) {
        return {};
    }
    switch (feature.GetFieldDefnRef(field)->GetType()) {
    case OFTInteger:
    case OFTInteger64:
        return QString::number(feature.GetFieldAsInteger64(field));
    case OFTReal:
        return exactNumber(feature.GetFieldAsDouble(field));
    default:
        return QString::fromUtf8(feature.GetFieldAsString(field));
    }
}

// Puts the text of values stored as something other than the column's number type into the
// rows, where OGR read them as 0.
bool readMistypedValues(GDALDataset& dataset, OGRLayer& layer, RawTable& table) {
    const OGRFeatureDefn* definition = layer.GetLayerDefn();
    QHash<qint64, std::size_t> rowOfFid;
    for (std::size_t row = 0; row < table.fids.size(); ++row) {
        rowOfFid.insert(table.fids[row], row);
    }
    const QString fid = QString::fromUtf8(layer.GetFIDColumn());
    for (int field = 0; field < definition->GetFieldCount(); ++field) {
        const OGRFieldType type = definition->GetFieldDefn(field)->GetType();
        if (type != OFTInteger && type != OFTInteger64 && type != OFTReal) {
            continue;
        }
        const QString column = quoted(table.columns[field]);
        const QString sql =
            QStringLiteral("SELECT %1 + 0 AS agglomap_fid, CAST(%2 AS TEXT) AS agglomap_text "
                           "FROM %3 WHERE typeof(%2) NOT IN ('integer', 'null'%4)")
                .arg(quoted(fid), column, quoted(QString::fromUtf8(layer.GetName())),
                     type == OFTReal ? QStringLiteral(", 'real'") : QString());
        OGRLayer* result = dataset.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
        if (!result) {
            return false;
        }
        for (auto& feature : *result) {
            const auto row = rowOfFid.constFind(feature->GetFieldAsInteger64("agglomap_fid"));
            if (row != rowOfFid.constEnd()) {
                table.rows[*row][field] =
                    QString::fromUtf8(feature->GetFieldAsString("agglomap_text"));
            }
        }
        dataset.ReleaseResultSet(result);
    }
    return true;
}

} // namespace

FileKind sniffFile(const QString& path, QString* reason) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return FileKind::Missing;
    }
    if (info.isDir()) {
        return FileKind::Folder;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (reason) {
            *reason = file.errorString();
        }
        return FileKind::Unreadable;
    }
    // SQLite's header string, then GeoPackage's application id at byte 68.
    const QByteArray head = file.read(72);
    if (head.isEmpty()) {
        return FileKind::Empty;
    }
    static const QByteArray sqlite("SQLite format 3\0", 16);
    if (head.size() < 72 || !head.startsWith(sqlite)) {
        return FileKind::Other;
    }
    const QByteArray application = head.mid(68, 4);
    return application == "GPKG" || application == "GP10" || application == "GP11"
               ? FileKind::GeoPackage
               : FileKind::Other;
}

GDALDatasetUniquePtr openGeoPackage(const QString& path) {
    const char* const drivers[] = {"GPKG", nullptr};
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
}

bool passesQuickCheck(GDALDataset& dataset) {
    OGRLayer* result = dataset.ExecuteSQL("PRAGMA quick_check", nullptr, nullptr);
    if (!result) {
        return false;
    }
    OGRFeatureUniquePtr first(result->GetNextFeature());
    const bool ok = first && QLatin1String(first->GetFieldAsString(0)) == QLatin1String("ok");
    first.reset();
    dataset.ReleaseResultSet(result);
    return ok;
}

std::optional<RawTable> readRawTable(GDALDataset& dataset, OGRLayer& layer) {
    RawTable table;
    const OGRFeatureDefn* definition = layer.GetLayerDefn();
    const int fieldCount = definition->GetFieldCount();
    for (int field = 0; field < fieldCount; ++field) {
        table.columns << QString::fromUtf8(definition->GetFieldDefn(field)->GetNameRef());
    }
    const bool hasGeometry = definition->GetGeomFieldCount() > 0;
    layer.ResetReading();
    for (auto& feature : layer) {
        QStringList row;
        row.reserve(fieldCount);
        for (int field = 0; field < fieldCount; ++field) {
            row << fieldText(*feature, field);
        }
        table.fids.push_back(feature->GetFID());
        table.rows.push_back(std::move(row));
        table.geometries.emplace_back(hasGeometry ? feature->StealGeometry() : nullptr);
    }
    if (!readMistypedValues(dataset, layer, table)) {
        return std::nullopt;
    }
    return table;
}

} // namespace agglomap::io::project
