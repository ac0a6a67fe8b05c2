#include "io/csv_table.h"

#include "util/quoted_text.h"

#include "io/csv_records.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <cmath>

namespace agglomap::io {

namespace {

constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;

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
    // The whole file is checked first: a GBK file fails at its first Chinese character, and
    // one message for the file says more than one for that cell.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    // The decoder works when its result becomes a QString.
    [[maybe_unused]] const QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::CsvTable",
                         "%1: is not UTF-8 text (perhaps GBK); save it as UTF-8 and try again.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    CsvRecordReader reader(bytes, path, ',');
    auto header = reader.next();
    if (!header) {
        return header.error();
    }
    if (!header.value()) {
        return Error{QCoreApplication::translate("agglomap::io::CsvTable",
                                                 "%1: is empty; it needs a header row.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    CsvTable table;
    table.m_path = path;
    const QList<QByteArray>& names = header.value()->fields;
    for (int i = 0; i < names.size(); ++i) {
        table.m_columns.insert(QString::fromUtf8(names[i]).trimmed(), i);
    }
    for (const QString& field : requiredFields) {
        if (!table.m_columns.contains(field)) {
            return Error{
                QCoreApplication::translate("agglomap::io::CsvTable",
                                            "%1: the column \"%2\" is missing from the header.")
                    .arg(QDir::toNativeSeparators(path), field)};
        }
    }
    const Status read = reader.forEach([&](const CsvRecord& record) -> Status {
        QStringList row;
        row.reserve(record.fields.size());
        for (const QByteArray& field : record.fields) {
            row.append(QString::fromUtf8(field));
        }
        table.m_rows.push_back(std::move(row));
        table.m_rowNumbers.push_back(record.line);
        return {};
    });
    if (!read) {
        return read.error();
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
                .arg(elided(value)));
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
                .arg(elided(value)));
    }
    return number;
}

} // namespace agglomap::io
