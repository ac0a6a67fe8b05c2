#include "support/test_data.h"

#include "io/boundary_loader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <stdexcept>

namespace agglomap::test {

QString mapsDirectory() {
    return QStringLiteral(AGGLOMAP_SOURCE_MAPS_DIR);
}

QString provinceDirectory(const QString& key) {
    return QDir(mapsDirectory()).filePath(key);
}

QString dataFile(const QString& name) {
    return QDir(QStringLiteral(AGGLOMAP_TEST_DATA_DIR)).filePath(name);
}

const geo::RegionHierarchy& bundledHierarchy(const QString& key) {
    static QHash<QString, geo::RegionHierarchy> cache;
    if (!cache.contains(key)) {
        auto loaded = io::loadBoundaries(provinceDirectory(key));
        if (!loaded) {
            throw std::runtime_error(loaded.error().message.toStdString());
        }
        cache.insert(key, std::move(loaded).value());
    }
    return cache[key];
}

std::vector<QStringList> readCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        throw std::runtime_error("cannot open " + path.toStdString());
    }
    QTextStream in(&file);
    std::vector<QStringList> rows;
    bool header = true;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (header) {
            header = false;
            continue;
        }
        if (!line.trimmed().isEmpty()) {
            rows.push_back(line.split(QLatin1Char(',')));
        }
    }
    return rows;
}

} // namespace agglomap::test
