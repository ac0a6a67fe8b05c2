#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace agglomap::io {

// A UTF-8 CSV file read whole (RFC 4180: commas, double quotes, CRLF or LF), with typed access
// whose errors name the file, the row (as a spreadsheet numbers it: the header is row 1) and
// the field.
class CsvTable {
public:
    [[nodiscard]] static Result<CsvTable> read(const QString& path,
                                               const QStringList& requiredFields);
    [[nodiscard]] static Result<CsvTable> parse(const QByteArray& bytes, const QString& path,
                                                const QStringList& requiredFields);

    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool hasField(const QString& field) const { return m_columns.contains(field); }

    [[nodiscard]] QString text(int row, const QString& field) const;
    [[nodiscard]] Result<double> number(int row, const QString& field) const;
    [[nodiscard]] Result<int> integer(int row, const QString& field) const;
    // The message format every reader uses: "file, row N, field \"f\": what".
    [[nodiscard]] Error error(int row, const QString& field, const QString& what) const;

private:
    QString m_path;
    QHash<QString, int> m_columns;
    std::vector<QStringList> m_rows;
};

} // namespace agglomap::io
