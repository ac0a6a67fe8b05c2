#pragma once

#include "io/csv_table.h"
#include "model/plan.h"
#include "util/result.h"

#include <memory>

namespace agglomap::io {

// The file names of a plan kept as text (maps/<province>/plan/): plan.json and CSV tables.
// See maps/README.md for their columns.
[[nodiscard]] QStringList planFolderFiles();

// Reads a plan folder into a new Plan over the given regions. Any error (missing file or column,
// a value that is not a number, an unknown sector, county or district) names the file, row and
// field, and no plan is returned: nothing half-read ever reaches the user.
[[nodiscard]] Result<std::unique_ptr<model::Plan>>
readPlanFolder(const QString& folder, std::shared_ptr<const geo::RegionHierarchy> regions);

// Where a plan's tables come from: the CSV files of a plan folder, or one scenario's rows in a
// project file. Tables are named without a suffix: "districts", "industries", "infrastructure",
// "innovation_finance", "links", "district_links", "io_coefficients" (columns: maps/README.md).
class PlanTableSource {
public:
    virtual ~PlanTableSource() = default;
    // The table, or why not (missing, unreadable, a required column missing), located.
    [[nodiscard]] virtual Result<CsvTable> table(const QString& name,
                                                 const QStringList& requiredFields) const = 0;
    // Whether the source holds the table at all (tables added in later formats are optional).
    [[nodiscard]] virtual bool hasTable(const QString& name) const = 0;
    // How messages refer to a table: "districts.csv", "the districts table".
    [[nodiscard]] virtual QString tableLabel(const QString& name) const = 0;
};

// What a plan holds besides its tables.
struct PlanHeader {
    model::PlanInfo info;
    model::SectorCatalogue sectors = model::SectorCatalogue::standard();
    // No statistical table is bundled: the sample plans' coefficients are illustrative.
    bool inputOutputIllustrative = true;
    // How each group's illustrative values were generated (plan.json's "illustrative_methods"),
    // for sources that mark illustrative values by group only.
    std::map<QString, QString> illustrativeMethods;
};

// Reads a plan's tables through the Plan API, so every value passes the checks an edit would;
// the first error is returned, located by the source, and no plan.
[[nodiscard]] Result<std::unique_ptr<model::Plan>>
readPlanTables(const PlanTableSource& source, std::shared_ptr<const geo::RegionHierarchy> regions,
               PlanHeader header);

} // namespace agglomap::io
