#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace agglomap::io {

// A UTF-8 CSV file read whole and strictly (CsvRecordReader: RFC 4180, commas), with typed
// access whose errors name the file, the row (the line of the file it starts on, blank lines
// and line breaks in quoted fields counted) and the field. Other sources of text rows (a project
// file's tables) build one with fromRows, so that one reader serves them all with the same located
// messages.
class CsvTable {
public:
    [[nodiscard]] static Result<CsvTable> read(const QString& path,
                                               const QStringList& requiredFields);
    [[nodiscard]] static Result<CsvTable> parse(const QByteArray& bytes, const QString& path,
                                                const QStringList& requiredFields);
    // Rows already split into fields, each as long as the header. `location` leads every
    // message ("plan.gpkg, table districts"); `rowNumbers`, when given (one per row), are the
    // numbers messages show instead of the spreadsheet's (e.g. a GeoPackage's feature ids).
    [[nodiscard]] static CsvTable fromRows(QString location, const QStringList& header,
                                           std::vector<QStringList> rows,
                                           std::vector<qint64> rowNumbers = {});

    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool hasField(const QString& field) const { return m_columns.contains(field); }

    [[nodiscard]] QString text(int row, const QString& field) const;
    [[nodiscard]] Result<double> number(int row, const QString& field) const;
    [[nodiscard]] Result<int> integer(int row, const QString& field) const;
    // The message format every reader uses: "file, row N, field \"f\": what".
    [[nodiscard]] Error error(int row, const QString& field, const QString& what) const;

private:
    [[nodiscard]] qint64 rowNumber(int row) const;

    QString m_path;
    QHash<QString, int> m_columns;
    std::vector<QStringList> m_rows;
    std::vector<qint64> m_rowNumbers;
};

} // namespace agglomap::io
