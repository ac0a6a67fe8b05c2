#pragma once

#include "io/import/district_import.h"
#include "option_reader.h"

#include <map>
#include <optional>

namespace agglomap::app {

// The options `import` and `validate` share for reading a data file and matching its rows to
// districts. What is not given is suggested from the column names, as the Import dialog does.
struct DataImportOptions {
    io::DataTableOptions table;
    std::optional<io::JoinKey> join;
    QString keyColumn;
    std::map<QString, QString> columns; // target key -> column, from --map target=column
    std::optional<geo::LonLatDatum> datum;
    bool usePoints = false;
    bool addUnmatched = false;
};

// --layer, --encoding, --join, --key, --map (repeatable), --datum, --use-geometry,
// --add-unmatched.
void addDataImportOptions(OptionReader& reader, DataImportOptions& options);
[[nodiscard]] QString dataImportUsage();

// The mapping for a table: suggested, then overridden by the options. Unknown targets and
// columns are errors naming them.
[[nodiscard]] Result<io::ImportMapping> importMapping(const io::DataTable& table,
                                                      const model::Plan& plan,
                                                      const DataImportOptions& options);

// "stats.csv: 170 rows matched (5 districts changed, 2 added); 3 rows matched no district:\n
//   row 5 "Foo": no district has id 999" — what the user reads after an import or a check.
// The unmatched rows an import lists before a count of the rest; validate lists them all.
inline constexpr std::size_t kAllRows = static_cast<std::size_t>(-1);
inline constexpr std::size_t kRowsListedByImport = 20;
[[nodiscard]] QString importReport(const io::DataTable& table, const io::ImportOutcome& outcome,
                                   std::size_t rowsListed = kAllRows);

} // namespace agglomap::app
