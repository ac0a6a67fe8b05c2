#include "io/project/scenario_tables.h"

#include <QCoreApplication>

#include "io/project/plan_tables.h"
#include "io/project/project_schema.h"

namespace agglomap::io::project {

ScenarioTables::ScenarioTables(const ProjectTables& tables, QString path, int scenarioCount,
                               int scenario, QString scenarioName)
    : m_tables(tables)
    , m_path(std::move(path))
    , m_scenarioCount(scenarioCount)
    , m_scenario(scenario)
    , m_scenarioName(std::move(scenarioName)) {}

Result<CsvTable> ScenarioTables::table(const QString& name,
                                       const QStringList& requiredFields) const {
    auto rows = select(name, requiredFields);
    if (!rows) {
        return rows.error();
    }
    return std::move(rows).value().table;
}

QString ScenarioTables::tableLabel(const QString& name) const {
    return m_scenario == 0
               //: %1 is a table's name; fills %2 of "no district has id %1 in %2."
               ? QCoreApplication::translate("agglomap::io::ProjectFile", "the %1 table").arg(name)
               : QCoreApplication::translate("agglomap::io::ProjectFile",
                                             "the %1 table of scenario \"%2\"")
                     .arg(name, m_scenarioName);
}

Result<ScenarioTables::Selection> ScenarioTables::select(const QString& name,
                                                         QStringList requiredFields) const {
    const bool districts = name == QLatin1String(kDistrictsTable);
    const QStringList location{QStringLiteral("lon"), QStringLiteral("lat")};
    if (districts) {
        requiredFields.removeIf([&](const QString& f) { return location.contains(f); });
    }
    requiredFields.prepend(QLatin1String(kScenarioColumn));
    const auto raw = requireTable(m_tables, m_path, name, requiredFields);
    if (!raw) {
        return raw.error();
    }
    const RawTable& t = *raw.value();
    QStringList header = t.columns;
    if (districts) {
        header << location;
    }
    std::vector<QStringList> rows;
    std::vector<qint64> fids;
    Selection selection;
    const CsvTable all = locatedTable(m_path, name, t);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const int row = static_cast<int>(i);
        const auto scenario = all.integer(row, QLatin1String(kScenarioColumn));
        if (!scenario) {
            return scenario.error();
        }
        if (scenario.value() < 0 || scenario.value() >= m_scenarioCount) {
            return all.error(
                row, QLatin1String(kScenarioColumn),
                QCoreApplication::translate("agglomap::io::ProjectFile",
                                            "there is no scenario %1 in the scenarios table.")
                    .arg(scenario.value()));
        }
        if (scenario.value() != m_scenario) {
            continue;
        }
        QStringList values = t.rows[i];
        if (districts) {
            const auto* point = dynamic_cast<const OGRPoint*>(t.geometries[i].get());
            if (!point || point->IsEmpty()) {
                return Error{
                    //: %1 is the plan file and table, %2 the row
                    QCoreApplication::translate("agglomap::io::ProjectFile",
                                                "%1, row %2: the district has no point location; "
                                                "place it (e.g. in QGIS) or open a backup copy.")
                        .arg(tableLocation(m_path, name))
                        .arg(t.fids[i])};
            }
            values << exactNumber(point->getX()) << exactNumber(point->getY());
        }
        rows.push_back(std::move(values));
        fids.push_back(t.fids[i]);
        selection.geometries.push_back(t.geometries[i].get());
    }
    selection.table =
        CsvTable::fromRows(tableLocation(m_path, name), header, std::move(rows), std::move(fids));
    return selection;
}

} // namespace agglomap::io::project
