#include "io/maps_directory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
        return Error{QStringLiteral("The boundary folder %1 does not exist. Reinstall Agglomap, or "
                                    "pass --maps with the path of its maps/ folder.")
                         .arg(QDir::toNativeSeparators(QDir::cleanPath(candidate)))};
    }
    return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
}

Result<QString> bundledProvinceDirectory(const QString& mapsDirectory, const QString& key) {
    if (!bundledProvinceKeys().contains(key)) {
        return Error{QStringLiteral("Unknown plan \"%1\"; the bundled plans are: %2.")
                         .arg(key, bundledProvinceKeys().join(QStringLiteral(", ")))};
    }
    return QDir(mapsDirectory).filePath(key);
}

} // namespace agglomap::io
