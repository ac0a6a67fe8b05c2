#pragma once

#include "io/import/data_table.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace agglomap::fuzz {

// Writes the input to a file named `fileName` and reads it as an import would. Refusing the
// file is a fine outcome; a crash, a leak, a sanitizer report or a table that contradicts
// itself is not.
inline int readAsDataFile(const std::uint8_t* data, std::size_t size, const char* fileName) {
    // readDataTable checks the file on disk before GDAL opens it, so the input goes to a real
    // file rather than /vsimem/.
    static QTemporaryDir directory;
    const QString path = directory.filePath(QString::fromLatin1(fileName));
    QFile file(path);
    if (!directory.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) !=
            static_cast<qint64>(size)) {
        std::abort(); // the harness, not the code under test, is broken
    }
    file.close();

    io::DataTableOptions options;
    options.maxRows = 1000;
    const Result<io::DataTable> table = io::readDataTable(path, options);
    if (!table) {
        if (!table.error().message.startsWith(QDir::toNativeSeparators(path))) {
            std::abort(); // every message names the file
        }
        return 0;
    }
    const io::DataTable& read = table.value();
    if (read.rowCount() > options.maxRows ||
        (!read.points.empty() && (read.points.size() != read.rows.size() ||
                                  read.pointProblems.size() != read.rows.size())) ||
        (!read.lineNumbers.empty() && read.lineNumbers.size() != read.rows.size())) {
        std::abort();
    }
    for (const QStringList& row : read.rows) {
        if (row.size() != read.columns.size()) {
            std::abort();
        }
    }
    return 0;
}

} // namespace agglomap::fuzz
