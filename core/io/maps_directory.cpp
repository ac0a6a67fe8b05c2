#include "io/maps_directory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace agglomap::io {

QStringList bundledProvinceKeys() {
    return {QStringLiteral("henan"), QStringLiteral("ningxia")};
}

Result<QString> resolveMapsDirectory(const QString& explicitOverride) {
    const QString candidate = explicitOverride.isEmpty()
                                  ? QDir(QCoreApplication::applicationDirPath())
                                        .filePath(QStringLiteral("../share/agglomap/maps"))
                                  : explicitOverride;
    if (!QFileInfo(candidate).isDir()) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::MapsDirectory",
                         "The boundary folder %1 does not exist. Reinstall Agglomap, or "
                         "pass --maps with the path of its maps/ folder.")
                         .arg(QDir::toNativeSeparators(QDir::cleanPath(candidate)))};
    }
    return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
}

Result<QString> bundledProvinceDirectory(const QString& mapsDirectory, const QString& key) {
    if (!bundledProvinceKeys().contains(key)) {
        //: %1 is what was asked for, %2 the bundled plans' keys
        return Error{QCoreApplication::translate("agglomap::io::MapsDirectory",
                                                 "Unknown plan \"%1\"; the bundled plans are: %2.")
                         .arg(key, bundledProvinceKeys().join(QStringLiteral(", ")))};
    }
    return QDir(mapsDirectory).filePath(key);
}

QString layerDescription(const QString& geoJsonPath) {
    QFile file(geoJsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // Only the head: the layers are megabytes, and the description comes before the features.
    const QString head = QString::fromUtf8(file.read(16 * 1024));
    static const QRegularExpression pattern(
        QStringLiteral(R"re("description"\s*:\s*("(?:[^"\\]|\\.)*"))re"));
    const QRegularExpressionMatch match = pattern.match(head);
    if (!match.hasMatch()) {
        return {};
    }
    const QJsonDocument unescaped =
        QJsonDocument::fromJson(QStringLiteral("[%1]").arg(match.captured(1)).toUtf8());
    return unescaped.isArray() ? unescaped.array().at(0).toString() : QString();
}

} // namespace agglomap::io
