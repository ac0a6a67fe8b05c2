#pragma once

#include "io/plan_folder_reader.h"
#include "io/project/project_tables.h"

namespace agglomap::io::project {

// One scenario's rows of a project file's plan tables, for the plan reader. The districts'
// points become their lon and lat columns. Every row's scenario must be one of the file's.
class ScenarioTables final : public PlanTableSource {
public:
    ScenarioTables(const ProjectTables& tables, QString path, int scenarioCount, int scenario,
                   QString scenarioName);

    [[nodiscard]] Result<CsvTable> table(const QString& name,
                                         const QStringList& requiredFields) const override;
    [[nodiscard]] bool hasTable(const QString& name) const override {
        return m_tables.contains(name);
    }
    [[nodiscard]] QString tableLabel(const QString& name) const override;

    struct Selection {
        CsvTable table;
        std::vector<const OGRGeometry*> geometries; // one per row, owned by the raw table
    };
    // The table's rows of this scenario, with their geometries.
    [[nodiscard]] Result<Selection> select(const QString& name, QStringList requiredFields) const;

private:
    const ProjectTables& m_tables;
    QString m_path;
    int m_scenarioCount = 0;
    int m_scenario = 0;
    QString m_scenarioName;
};

} // namespace agglomap::io::project
