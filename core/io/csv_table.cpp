#include "io/csv_table.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <cmath>

namespace agglomap::io {

namespace {

constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;

// Splits CSV text into records of fields; a quoted field may hold commas, quotes ("") and newlines.
Result<std::vector<QStringList>> splitRecords(const QString& text, const QString& path) {
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                line += c == QLatin1Char('\n') ? 1 : 0;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
            record << field;
            if (!(record.size() == 1 && record.front().isEmpty())) {
                records.push_back(record);
            }
            record.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Error{
            QCoreApplication::translate(
                "agglomap::io::CsvTable",
                "%1: a quoted field opened before line %2 is never closed; the file may be "
                "truncated.")
                .arg(QDir::toNativeSeparators(path))
                .arg(line)};
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records.push_back(record);
    }
    return records;
}

} // namespace

Result<CsvTable> CsvTable::read(const QString& path, const QStringList& requiredFields) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QCoreApplication::translate("agglomap::io::CsvTable", "%1: cannot be opened (%2).")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.size() > kMaxBytes) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::CsvTable",
                         "%1: %2 MB is far larger than any plan table; is it the right file?")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(file.size() / (1024 * 1024))};
    }
    return parse(file.readAll(), path, requiredFields);
}

Result<CsvTable> CsvTable::parse(const QByteArray& bytes, const QString& path,
                                 const QStringList& requiredFields) {
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::CsvTable",
                         "%1: is not UTF-8 text (perhaps GBK); save it as UTF-8 and try again.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1); // a byte-order mark, as spreadsheet programs write
    }
    auto records = splitRecords(text, path);
    if (!records) {
        return records.error();
    }
    CsvTable table;
    table.m_path = path;
    if (records.value().empty()) {
        return Error{QCoreApplication::translate("agglomap::io::CsvTable",
                                                 "%1: is empty; it needs a header row.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    const QStringList& header = records.value().front();
    for (int i = 0; i < header.size(); ++i) {
        table.m_columns.insert(header[i].trimmed(), i);
    }
    for (const QString& field : requiredFields) {
        if (!table.m_columns.contains(field)) {
            return Error{
                QCoreApplication::translate("agglomap::io::CsvTable",
                                            "%1: the column \"%2\" is missing from the header.")
                    .arg(QDir::toNativeSeparators(path), field)};
        }
    }
    for (std::size_t r = 1; r < records.value().size(); ++r) {
        const QStringList& row = records.value()[r];
        if (row.size() != header.size()) {
            return Error{
                //: %1 is the file, %2 the row, %3 and %4 numbers of fields
                QCoreApplication::translate("agglomap::io::CsvTable",
                                            "%1, row %2: has %3 fields where the header has %4.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(r + 1)
                    .arg(row.size())
                    .arg(header.size())};
        }
        table.m_rows.push_back(row);
    }
    return table;
}

CsvTable CsvTable::fromRows(QString location, const QStringList& header,
                            std::vector<QStringList> rows, std::vector<qint64> rowNumbers) {
    Q_ASSERT(rowNumbers.empty() || rowNumbers.size() == rows.size());
    CsvTable table;
    table.m_path = std::move(location);
    for (int i = 0; i < header.size(); ++i) {
        table.m_columns.insert(header[i], i);
    }
    table.m_rows = std::move(rows);
    table.m_rowNumbers = std::move(rowNumbers);
    return table;
}

QString CsvTable::text(int row, const QString& field) const {
    return m_rows[static_cast<std::size_t>(row)].value(m_columns.value(field, -1)).trimmed();
}

Error CsvTable::error(int row, const QString& field, const QString& what) const {
    return Error{
        //: %1 is the file, %2 the row, %3 the column, %4 the problem
        QCoreApplication::translate("agglomap::io::CsvTable", "%1, row %2, field \"%3\": %4")
            .arg(QDir::toNativeSeparators(m_path))
            .arg(rowNumber(row))
            .arg(field, what)};
}

qint64 CsvTable::rowNumber(int row) const {
    return m_rowNumbers.empty() ? row + 2 : m_rowNumbers[static_cast<std::size_t>(row)];
}

Result<double> CsvTable::number(int row, const QString& field) const {
    const QString value = text(row, field);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        return error(
            row, field,
            QCoreApplication::translate("agglomap::io::CsvTable", "\"%1\" is not a number.")
                .arg(value));
    }
    return number;
}

Result<int> CsvTable::integer(int row, const QString& field) const {
    const QString value = text(row, field);
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok) {
        return error(
            row, field,
            QCoreApplication::translate("agglomap::io::CsvTable", "\"%1\" is not a whole number.")
                .arg(value));
    }
    return number;
}

} // namespace agglomap::io
