#include "io/import/data_table_text.h"

#include "io/csv_records.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <utility>
#include <variant>

namespace agglomap::io::detail {

namespace {

struct DecodedText {
    QStringList columns;
    std::vector<QStringList> rows;
};

// Where decoding stopped: the row (-1 for the column names) and column of the first cell whose
// bytes are not valid in the encoding.
struct UndecodableCell {
    int row = -1;
    int column = 0;
};

std::optional<QStringList> decodeRow(const QByteArray& bytes, int columnCount,
                                     TextEncoding encoding) {
    if (columnCount == 0) {
        return QStringList{};
    }
    const std::optional<QString> text = decodeText(bytes, encoding);
    if (!text) {
        return std::nullopt;
    }
    QStringList cells = text->split(QChar(u'\0'));
    if (cells.size() != columnCount) {
        return std::nullopt;
    }
    return cells;
}

int firstUndecodableColumn(const QByteArray& bytes, int columnCount, TextEncoding encoding) {
    const QList<QByteArray> cells = splitCells(bytes, columnCount);
    for (int column = 0; column < static_cast<int>(cells.size()); ++column) {
        if (!decodeText(cells.at(column), encoding)) {
            return column;
        }
    }
    return 0;
}

std::variant<DecodedText, UndecodableCell> decodeAll(const RawTable& raw, TextEncoding encoding) {
    DecodedText text;
    std::optional<QStringList> names = decodeRow(raw.header, raw.columnCount, encoding);
    if (!names) {
        return UndecodableCell{-1, firstUndecodableColumn(raw.header, raw.columnCount, encoding)};
    }
    text.columns = std::move(*names);
    text.rows.reserve(raw.rows.size());
    for (const QByteArray& bytes : raw.rows) {
        std::optional<QStringList> cells = decodeRow(bytes, raw.columnCount, encoding);
        if (!cells) {
            return UndecodableCell{static_cast<int>(text.rows.size()),
                                   firstUndecodableColumn(bytes, raw.columnCount, encoding)};
        }
        text.rows.push_back(std::move(*cells));
    }
    return text;
}

QString undecodableWhat(DataFormat format, const EncodingChoice& choice) {
    const QString name = choice.encoding ? encodingName(*choice.encoding) : QString();
    switch (choice.source) {
    case EncodingSource::Chosen:
        //: Completes "<file>, row 5, field "x": ..."; %1 is an encoding name
        return QCoreApplication::translate(
                   "agglomap::io::DataTable",
                   "is not valid %1 text; choose the encoding the file was saved in.")
            .arg(name);
    case EncodingSource::CpgFile:
        return QCoreApplication::translate(
                   "agglomap::io::DataTable",
                   "is not valid %1 text, the encoding its .cpg file names; choose "
                   "the encoding the file was saved in.")
            .arg(name);
    case EncodingSource::Format:
        //: %1 is a file format, e.g. GeoJSON
        return QCoreApplication::translate(
                   "agglomap::io::DataTable",
                   "is not valid UTF-8 text, which every %1 file must be; save it "
                   "again from the program that made it.")
            .arg(dataFormatName(format));
    case EncodingSource::Detected:
        return QCoreApplication::translate(
            "agglomap::io::DataTable",
            "is neither UTF-8 nor GB18030 (GBK) text; save the file as UTF-8 "
            "and import it again.");
    }
    return {};
}

} // namespace

EncodingChoice chooseEncoding(const QString& path, DataFormat format,
                              const DataTableOptions& options) {
    if (!hasOwnEncoding(format)) {
        return {TextEncoding::Utf8, EncodingSource::Format};
    }
    if (options.encoding) {
        return {options.encoding, EncodingSource::Chosen};
    }
    if (format == DataFormat::Shapefile) {
        // An empty .cpg, or one naming an encoding Chinese data does not come in ("1252"),
        // says nothing useful: the bytes decide then.
        QFile cpg(sidecarFile(path, QStringLiteral(".cpg")));
        constexpr qint64 longestName = 64;
        if (cpg.fileName().size() > 0 && cpg.open(QIODevice::ReadOnly)) {
            if (auto named = encodingFromName(QString::fromLatin1(cpg.read(longestName)))) {
                return {named, EncodingSource::CpgFile};
            }
        }
    }
    return {std::nullopt, EncodingSource::Detected};
}

QString columnLabel(const DataTable& table, int index) {
    return table.spreadsheetRows
               //: %1 is a spreadsheet column letter (A, B, ...)
               ? QCoreApplication::translate("agglomap::io::DataTable", "column %1")
                     .arg(spreadsheetColumnName(index))
               //: %1 is a field's position, counted from 1
               : QCoreApplication::translate("agglomap::io::DataTable", "field %1").arg(index + 1);
}

QString columnPairLabel(const DataTable& table, int first, int second) {
    return table.spreadsheetRows
               //: %1 and %2 are spreadsheet column letters
               ? QCoreApplication::translate("agglomap::io::DataTable", "columns %1 and %2")
                     .arg(spreadsheetColumnName(first), spreadsheetColumnName(second))
               : QCoreApplication::translate("agglomap::io::DataTable", "fields %1 and %2")
                     .arg(first + 1)
                     .arg(second + 1);
}

Result<DataTable> decodeTable(DataTable table, const RawTable& raw, DataFormat format,
                              const EncodingChoice& choice) {
    std::variant<DecodedText, UndecodableCell> decoded = UndecodableCell{};
    TextEncoding encoding = TextEncoding::Utf8;
    if (choice.encoding) {
        encoding = *choice.encoding;
        decoded = decodeAll(raw, encoding);
    } else {
        // Of two failures, the one further into the file names the damaged cell: a UTF-8 file
        // fails as GB18030 at its first Chinese character, a GBK file as UTF-8.
        std::optional<std::pair<UndecodableCell, TextEncoding>> furthest;
        for (const TextEncoding candidate : {TextEncoding::Utf8, TextEncoding::Gb18030}) {
            decoded = decodeAll(raw, candidate);
            encoding = candidate;
            const auto* failure = std::get_if<UndecodableCell>(&decoded);
            if (!failure) {
                break;
            }
            if (!furthest || std::pair(failure->row, failure->column) >
                                 std::pair(furthest->first.row, furthest->first.column)) {
                furthest.emplace(*failure, candidate);
            }
        }
        if (std::holds_alternative<UndecodableCell>(decoded)) {
            decoded = furthest->first;
            encoding = furthest->second;
        }
    }
    if (const auto* failure = std::get_if<UndecodableCell>(&decoded)) {
        const QString what = undecodableWhat(format, choice);
        if (failure->row < 0) {
            return Error{
                //: %1 is the file, %2 a column or field, %3 the problem
                QCoreApplication::translate("agglomap::io::DataTable", "%1, name of %2: %3")
                    .arg(QDir::toNativeSeparators(table.path), columnLabel(table, failure->column),
                         what)};
        }
        // The names decoded, or decoding would have stopped there.
        const QStringList names = *decodeRow(raw.header, raw.columnCount, encoding);
        return Error{table.locate(failure->row, names.value(failure->column), what)};
    }
    auto& text = std::get<DecodedText>(decoded);
    table.columns = std::move(text.columns);
    table.rows = std::move(text.rows);
    table.encoding = encoding;
    table.encodingSource = choice.source;
    return table;
}

} // namespace agglomap::io::detail
