#include "io/import/csv_raw_table.h"

#include "io/csv_records.h"

#include <QFile>
#include <QFileInfo>

namespace agglomap::io::detail {

Result<RawTable> readCsvTable(const DataTable& naming, const DataTableOptions& options) {
    RawTable raw;
    raw.layers = QStringList{QFileInfo(naming.path).completeBaseName()};
    if (!options.layer.isEmpty() && options.layer != raw.layers.front()) {
        return noSuchLayer(naming.path, options.layer, raw.layers);
    }
    raw.layer = raw.layers.front();

    QFile file(naming.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return unreadable(naming.path, DataFormat::Csv, file.errorString());
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return unreadable(naming.path, DataFormat::Csv, file.errorString());
    }
    file.close();

    const bool tabSeparated =
        QFileInfo(naming.path).suffix().compare(QLatin1String("tsv"), Qt::CaseInsensitive) == 0;
    CsvRecordReader reader(bytes, naming.path, tabSeparated ? '\t' : detectCsvSeparator(bytes));
    bool headerRead = false;
    const Status read = reader.forEach([&](const CsvRecord& record) -> Status {
        if (!headerRead) {
            // The first line is the header, decoded like the cells so that empty or repeated
            // names can be reported.
            raw.columnCount = static_cast<int>(record.fields.size());
            raw.header = joinCells(record.fields);
            headerRead = true;
            return {};
        }
        if (static_cast<int>(raw.rows.size()) >= options.maxRows) {
            return tooManyRows(naming, options.maxRows);
        }
        raw.rows.push_back(joinCells(record.fields));
        raw.lines.push_back(record.line);
        return {};
    });
    if (!read) {
        return read.error();
    }
    return raw;
}

} // namespace agglomap::io::detail
