#include "io/project/project_tables.h"

#include <QCoreApplication>
#include <QDir>

namespace agglomap::io::project {

QString RawTable::verbatim(std::size_t row, const char* column) const {
    return rows[row].value(columns.indexOf(QLatin1String(column)));
}

QString tableLocation(const QString& path, const QString& table) {
    //: %1 is the plan file, %2 a table's name
    return QCoreApplication::translate("agglomap::io::ProjectFile", "%1, table %2")
        .arg(QDir::toNativeSeparators(path), table);
}

Result<const RawTable*> requireTable(const ProjectTables& tables, const QString& path,
                                     const QString& name, const QStringList& columns) {
    const auto it = tables.find(name);
    if (it == tables.end()) {
        return Error{
            QCoreApplication::translate("agglomap::io::ProjectFile",
                                        "%1: the table \"%2\" is missing; the file was changed "
                                        "outside Agglomap. Open a backup copy.")
                .arg(QDir::toNativeSeparators(path), name)};
    }
    for (const QString& column : columns) {
        if (!it->second.columns.contains(column)) {
            return Error{QCoreApplication::translate(
                             "agglomap::io::ProjectFile",
                             "%1: the column \"%2\" is missing; the file was changed outside "
                             "Agglomap. Restore the column or open a backup copy.")
                             .arg(tableLocation(path, name), column)};
        }
    }
    return &it->second;
}

CsvTable locatedTable(const QString& path, const QString& name, const RawTable& table) {
    return CsvTable::fromRows(tableLocation(path, name), table.columns, table.rows, table.fids);
}

} // namespace agglomap::io::project
