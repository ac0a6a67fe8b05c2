#pragma once

#include "util/result.h"
#include "util/status.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace agglomap::io {

// The most columns a table Agglomap reads may have (an import's data file of any format, a plan
// folder's CSV). More is a wrong file; a reader refuses it rather than drop what lies beyond.
inline constexpr int kMaxColumns = 2000;

// One record of a CSV file: its fields as the file's bytes (the quotes around a field removed,
// a doubled quote inside one made single), and the line of the file it starts on.
struct CsvRecord {
    // Counted from 1 as a text editor counts: blank lines and the line breaks inside quoted
    // fields count, so that a message points at the line to look at.
    int line = 0;
    QList<QByteArray> fields;
};

// Reads a CSV file's records one at a time (RFC 4180: quoted fields may hold separators,
// doubled quotes and line breaks; lines end in LF, CRLF or CR), strictly: the file is refused
// at the first record that could only be read by guessing. It works on bytes, before any text
// is decoded: in UTF-8 and GB18030 alike the separators, quotes and line breaks are single
// bytes that never occur inside a multi-byte character.
//
// The first record is the header; every later one must have exactly as many fields. No
// trailing empty field is tolerated: Excel, WPS and LibreOffice write every row of a sheet as
// wide as its widest row, the header's included, so a row of another width is never what a
// spreadsheet exported but a lost or extra separator, and reading it would put its values
// under the wrong columns. A fully blank line is skipped (it still counts as a line).
class CsvRecordReader {
public:
    // `path` is only for messages. A UTF-8 byte-order mark at the start is skipped.
    CsvRecordReader(QByteArray bytes, QString path, char separator);

    // The next record; nothing at the end of the file. An error, naming the file, the line and
    // the column, for an unterminated quoted field, text after a closing quote, a NUL byte, a
    // record wider than kMaxColumns, and a record not as wide as the header.
    [[nodiscard]] Result<std::optional<CsvRecord>> next();
    // Hands each remaining record to `take` in order, stopping at the first error of the file
    // or of `take`.
    template <typename Take> [[nodiscard]] Status forEach(Take take) {
        for (;;) {
            auto record = next();
            if (!record) {
                return record.error();
            }
            if (!record.value()) {
                return {};
            }
            if (Status status = take(*record.value()); !status) {
                return status;
            }
        }
    }

private:
    [[nodiscard]] bool atLineBreak() const;
    void skipLineBreak();
    [[nodiscard]] Result<QByteArray> quotedField(int column);
    [[nodiscard]] Result<QByteArray> plainField(int column);
    [[nodiscard]] Error error(int line, int column, const QString& what) const;
    [[nodiscard]] Error nulByte(int column) const;
    [[nodiscard]] Status checkWidth(const CsvRecord& record);

    QByteArray m_bytes;
    QString m_path;
    char m_separator;
    qsizetype m_position = 0;
    int m_line = 1;
    // The header's width and line, once read.
    std::optional<int> m_width;
    int m_headerLine = 0;
};

// The separator of a data file's CSV: the first comma, semicolon (Excel's in locales that
// write decimal commas) or tab outside quotes on its first line; a comma when the line holds
// none of them or more than one kind.
[[nodiscard]] char detectCsvSeparator(const QByteArray& bytes);

// "A", "B", ... "Z", "AA": a column as spreadsheets letter it, counted from 0 as `index`.
[[nodiscard]] QString spreadsheetColumnName(int index);

} // namespace agglomap::io
