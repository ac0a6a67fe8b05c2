#include "io/csv_writer.h"

#include "io/output_file.h"

#include <QCoreApplication>
#include <QDir>

namespace agglomap::io {

namespace {

QString quoted(const QString& cell) {
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n'))) {
        return cell;
    }
    QString escaped = cell;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray line(const QStringList& cells) {
    QStringList out;
    for (const QString& cell : cells) {
        out << quoted(cell);
    }
    return out.join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace

QByteArray csvText(const QStringList& header, const std::vector<QStringList>& rows) {
    QByteArray text = line(header);
    for (const QStringList& row : rows) {
        text += line(row);
    }
    return text;
}

Status writeCsvFile(const QString& path, const QStringList& header,
                    const std::vector<QStringList>& rows) {
    OutputFile file(path);
    if (const Status opened = file.begin(); !opened) {
        return opened;
    }
    file.write("\xEF\xBB\xBF");
    file.write(csvText(header, rows));
    return file.commit();
}

} // namespace agglomap::io
