#pragma once

#include "io/csv_table.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <ogr_geometry.h>

#include <map>
#include <vector>

namespace agglomap::io::project {

// One table of a project file as read, before its values are checked: each value as text
// (numbers in their shortest exact form, nulls empty) and each row's geometry, if any.
struct RawTable {
    QStringList columns;
    std::vector<qint64> fids;
    std::vector<QStringList> rows;
    std::vector<OGRGeometryUniquePtr> geometries; // one per row, null where there is none

    // The value as stored, untrimmed (CsvTable::text trims).
    [[nodiscard]] QString verbatim(std::size_t row, const char* column) const;
};

// The tables of a project file by name: what migrations rewrite and the reader then checks.
using ProjectTables = std::map<QString, RawTable>;

// Where messages say a table's rows are: "FILE, table districts".
[[nodiscard]] QString tableLocation(const QString& path, const QString& table);

// The table with the given columns, or a message naming the file and the missing table or
// column and what to do.
[[nodiscard]] Result<const RawTable*> requireTable(const ProjectTables& tables, const QString& path,
                                                   const QString& name, const QStringList& columns);

// The table for typed, located reading; its row numbers are the feature ids QGIS shows.
[[nodiscard]] CsvTable locatedTable(const QString& path, const QString& name,
                                    const RawTable& table);

} // namespace agglomap::io::project
