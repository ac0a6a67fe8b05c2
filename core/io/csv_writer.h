#pragma once

#include "util/status.h"

#include <QStringList>

#include <vector>

namespace agglomap::io {

// CSV text (RFC 4180 quoting) of a header and rows.
[[nodiscard]] QByteArray csvText(const QStringList& header, const std::vector<QStringList>& rows);

// Writes UTF-8 CSV with a byte-order mark, which spreadsheet programs need to read Chinese
// correctly. The file is written aside and renamed, so a failure never leaves half a file.
Status writeCsvFile(const QString& path, const QStringList& header,
                    const std::vector<QStringList>& rows);

} // namespace agglomap::io
