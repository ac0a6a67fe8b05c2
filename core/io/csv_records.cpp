#include "io/csv_records.h"

#include <QCoreApplication>
#include <QDir>

#include <utility>

namespace agglomap::io {

namespace {

constexpr char kQuote = '"';

bool isLineBreak(char c) {
    return c == '\n' || c == '\r';
}

} // namespace

CsvRecordReader::CsvRecordReader(QByteArray bytes, QString path, char separator)
    : m_bytes(std::move(bytes))
    , m_path(std::move(path))
    , m_separator(separator) {
    if (m_bytes.startsWith("\xef\xbb\xbf")) {
        m_position = 3; // a byte-order mark, as Excel writes before "CSV UTF-8"
    }
}

bool CsvRecordReader::atLineBreak() const {
    return m_position < m_bytes.size() && isLineBreak(m_bytes.at(m_position));
}

// LF, CRLF or a lone CR (old Mac files) end a line; each counts once.
void CsvRecordReader::skipLineBreak() {
    if (m_bytes.at(m_position) == '\r' && m_position + 1 < m_bytes.size() &&
        m_bytes.at(m_position + 1) == '\n') {
        ++m_position;
    }
    ++m_position;
    ++m_line;
}

Error CsvRecordReader::error(int line, int column, const QString& what) const {
    //: %1 is the file, %2 a line number, %3 a column letter (A, B, ...), %4 the problem
    return Error{QCoreApplication::translate("agglomap::io::Csv", "%1, line %2, column %3: %4")
                     .arg(QDir::toNativeSeparators(m_path), QString::number(line),
                          spreadsheetColumnName(column), what)};
}

Result<QByteArray> CsvRecordReader::quotedField(int column) {
    const int openingLine = m_line;
    ++m_position; // the opening quote
    QByteArray field;
    for (;;) {
        if (m_position >= m_bytes.size()) {
            // Reporting where the quote opened points at the cause; the end of the file does not.
            return error(openingLine, column,
                         QCoreApplication::translate(
                             "agglomap::io::Csv",
                             "the quoted field that opens here is never closed; add the missing "
                             "quote (\"), or save the file again if it was cut short."));
        }
        const char c = m_bytes.at(m_position);
        if (c == kQuote) {
            if (m_position + 1 < m_bytes.size() && m_bytes.at(m_position + 1) == kQuote) {
                field.append(kQuote);
                m_position += 2;
                continue;
            }
            ++m_position;
            break;
        }
        if (c == '\0') {
            return nulByte(column);
        }
        if (isLineBreak(c)) {
            const qsizetype start = m_position;
            skipLineBreak();
            field.append(m_bytes.mid(start, m_position - start));
            continue;
        }
        field.append(c);
        ++m_position;
    }
    if (m_position < m_bytes.size() && m_bytes.at(m_position) != m_separator && !atLineBreak()) {
        // Excel would append the text to the field; it is more often a quote that should have
        // been doubled, which leaves the rest of the row, or file, misread.
        return error(m_line, column,
                     QCoreApplication::translate(
                         "agglomap::io::Csv",
                         "text follows the closing quote of a quoted field; write a quote inside "
                         "a quoted field twice (\"\")."));
    }
    return field;
}

// A quote inside an unquoted field (5" pipe) is kept as written, as spreadsheets read it.
Result<QByteArray> CsvRecordReader::plainField(int column) {
    const qsizetype start = m_position;
    while (m_position < m_bytes.size()) {
        const char c = m_bytes.at(m_position);
        if (c == m_separator || isLineBreak(c) || c == '\0') {
            break;
        }
        ++m_position;
    }
    if (m_position < m_bytes.size() && m_bytes.at(m_position) == '\0') {
        return nulByte(column);
    }
    return m_bytes.mid(start, m_position - start);
}

Error CsvRecordReader::nulByte(int column) const {
    // GDAL ended the line at a NUL, silently dropping the rest of the row.
    return error(m_line, column,
                 QCoreApplication::translate(
                     "agglomap::io::Csv",
                     "holds a NUL byte, which text never does: the file is damaged or not CSV "
                     "text (a UTF-16 \"Unicode text\" file is full of them); save it again as "
                     "CSV UTF-8."));
}

Result<std::optional<CsvRecord>> CsvRecordReader::next() {
    while (atLineBreak()) {
        skipLineBreak(); // a blank line
    }
    if (m_position >= m_bytes.size()) {
        return std::optional<CsvRecord>();
    }
    CsvRecord record;
    record.line = m_line;
    for (;;) {
        const int column = static_cast<int>(record.fields.size());
        if (m_width && column == *m_width) {
            //: Completes "<file>, line 7, column E: ..."; %1 is the header's line, %2 its last
            //: column (a letter)
            return error(
                m_line, column,
                QCoreApplication::translate(
                    "agglomap::io::Csv",
                    "lies beyond the header on line %1, which ends at column %2; a "
                    "separator is extra, or a value holding one is not quoted.")
                    .arg(QString::number(m_headerLine), spreadsheetColumnName(column - 1)));
        }
        if (column == kMaxColumns) {
            //: Completes "<file>, line 1, column BXY: ..."; %1 is the most columns read
            return error(m_line, column,
                         QCoreApplication::translate(
                             "agglomap::io::Csv",
                             "lies beyond the %1 columns a table may have; check that this is "
                             "the right file, or split its columns over two files.")
                             .arg(kMaxColumns));
        }
        Result<QByteArray> field = m_position < m_bytes.size() && m_bytes.at(m_position) == kQuote
                                       ? quotedField(column)
                                       : plainField(column);
        if (!field) {
            return field.error();
        }
        record.fields.append(std::move(field).value());
        if (m_position < m_bytes.size() && m_bytes.at(m_position) == m_separator) {
            ++m_position;
            continue;
        }
        if (atLineBreak()) {
            skipLineBreak();
        }
        break;
    }
    if (const Status width = checkWidth(record); !width) {
        return width.error();
    }
    return std::optional<CsvRecord>(std::move(record));
}

// A record wider than the header was refused at its first extra field; this finds short ones.
Status CsvRecordReader::checkWidth(const CsvRecord& record) {
    const int width = static_cast<int>(record.fields.size());
    if (!m_width) {
        m_width = width;
        m_headerLine = record.line;
        return {};
    }
    if (width == *m_width) {
        return {};
    }
    //: %1 is the file, %2 a line number, %3 the row's last column (a letter), %4 the header's
    //: line, %5 the header's last column
    return Error{QCoreApplication::translate(
                     "agglomap::io::Csv",
                     "%1, line %2: ends after column %3 while the header on line %4 runs to "
                     "column %5; a separator is missing, or a line break splits the row.")
                     .arg(QDir::toNativeSeparators(m_path), QString::number(record.line),
                          spreadsheetColumnName(width - 1), QString::number(m_headerLine),
                          spreadsheetColumnName(*m_width - 1))};
}

char detectCsvSeparator(const QByteArray& bytes) {
    char found = 0;
    bool quoted = false;
    bool lineStarted = false; // blank lines before the header do not end the search
    for (const char c : bytes) {
        if (c == kQuote) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (isLineBreak(c)) {
            if (lineStarted) {
                break;
            }
            continue;
        } else if (c == ',' || c == ';' || c == '\t') {
            if (found != 0 && found != c) {
                return ',';
            }
            found = c;
        }
        lineStarted = true;
    }
    return found != 0 ? found : ',';
}

QString spreadsheetColumnName(int index) {
    QString letters;
    for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
        letters.prepend(QChar(u'A' + (rest - 1) % 26));
    }
    return letters;
}

} // namespace agglomap::io
