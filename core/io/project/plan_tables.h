#pragma once

#include "model/plan.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace agglomap::io {

// How a column's text is typed where the table is stored with types (a GeoPackage), so that
// other programs see numbers as numbers.
enum class ColumnType { Integer, Real, Text };

struct TableColumn {
    QString name;
    ColumnType type = ColumnType::Text;
};

// One of a plan's tables as the plan reader reads it (io/plan_folder_reader.h): a header and
// rows of text, named without a suffix ("districts").
struct PlanTable {
    QString name;
    std::vector<TableColumn> columns;
    std::vector<QStringList> rows;

    [[nodiscard]] QStringList header() const;
};

// A number as the shortest text that reads back as the same double: tables carry no rounding.
[[nodiscard]] QString exactNumber(double value);

// The plan's tables, the inverse of readPlanTables: reading them back (with the plan's info,
// sector catalogue and input-output flag) gives an equal plan: the same ids, industries and
// links in the same order, the same illustrative flags. Districts come in the order of their
// ids; infrastructure has a row for every item; io_coefficients lists the nonzero ones.
[[nodiscard]] std::vector<PlanTable> planTables(const model::Plan& plan);

// The sector catalogue (code, name_zh, name_en, category), in the order of its indices.
[[nodiscard]] PlanTable sectorTable(const model::SectorCatalogue& sectors);

} // namespace agglomap::io
