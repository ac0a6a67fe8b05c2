#pragma once

#include "io/import/district_import.h"
#include "io/plan_source.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

#include <ostream>
#include <stdexcept>

// Failed expectations print messages as text, not as bytes.
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}

namespace agglomap::test {

// The bundled Henan plan, read once: 175 districts, all with real names and locations and
// illustrative figures.
inline const model::Plan& henanPlan() {
    static const io::OpenedPlan opened = [] {
        auto result = io::openPlan(QStringLiteral("henan"), mapsDirectory());
        if (!result) {
            throw std::runtime_error(result.error().message.toStdString());
        }
        return std::move(result).value();
    }();
    return *opened.plan;
}

inline const model::District& henanDistrict(int id) {
    return *henanPlan().district(model::DistrictId{id});
}

// A table as the reader hands it over from a CSV file (rows numbered as a spreadsheet does).
inline io::DataTable dataTable(const QStringList& columns, std::vector<QStringList> rows) {
    io::DataTable table;
    table.path = QStringLiteral("/data/parks.csv");
    table.columns = columns;
    table.rows = std::move(rows);
    return table;
}

inline io::ImportMapping mappingById(const QString& keyColumn, std::map<QString, QString> columns) {
    io::ImportMapping mapping;
    mapping.join = io::JoinKey::Id;
    mapping.keyColumn = keyColumn;
    mapping.columns = std::move(columns);
    return mapping;
}

// The outcome, failing the test with the message when there is none.
inline io::ImportOutcome prepared(const io::DataTable& table, const io::ImportMapping& mapping,
                                  const model::Plan& plan = henanPlan()) {
    auto outcome = io::prepareImport(plan, table, mapping);
    if (!outcome) {
        ADD_FAILURE() << outcome.error().message.toStdString();
        return {};
    }
    return std::move(outcome).value();
}

// The message, failing the test when the import was accepted.
inline QString refusal(const io::DataTable& table, const io::ImportMapping& mapping,
                       const model::Plan& plan = henanPlan()) {
    const auto outcome = io::prepareImport(plan, table, mapping);
    if (outcome) {
        ADD_FAILURE() << "the import was accepted";
        return {};
    }
    return outcome.error().message;
}

} // namespace agglomap::test
