#include "io/csv_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{
            QCoreApplication::translate("agglomap::io::CsvWriter", "%1: cannot be written (%2).")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    file.write("\xEF\xBB\xBF");
    file.write(csvText(header, rows));
    if (!file.commit()) {
        return Error{QCoreApplication::translate(
                         "agglomap::io::CsvWriter",
                         "%1: could not be saved (%2); the previous file, if any, is unchanged.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace agglomap::io
