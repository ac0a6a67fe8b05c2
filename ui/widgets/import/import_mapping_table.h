#pragma once

#include "geo/region.h"
#include "io/import/district_import.h"

#include <QComboBox>
#include <QTableWidget>

#include <map>
#include <vector>

namespace agglomap::widgets {

// One row per column of an imported file: its name, a sample value and what it imports into
// ("(ignore)" or one of the import targets), chosen in a combo box.
class ImportMappingTable : public QTableWidget {
    Q_OBJECT
    Q_DISABLE_COPY(ImportMappingTable)

public:
    ImportMappingTable(std::vector<io::ImportTarget> targets, geo::LabelLanguage language,
                       QWidget* parent = nullptr);

    // Shows the table's columns, each importing into the target given for it (column ->
    // target key; absent: ignored). The key column finds districts and imports nothing.
    void setColumns(const io::DataTable& table, const std::map<QString, QString>& targets,
                    const QString& keyColumn);
    void setKeyColumn(const QString& column);
    // False when there is no such column or target.
    bool setTarget(const QString& column, const QString& targetKey);

    // Column -> target key ("" when ignored), for every column but the key column.
    [[nodiscard]] std::map<QString, QString> columnTargets() const;
    [[nodiscard]] QString targetLabel(const QString& targetKey) const;

signals:
    void targetsChanged();

private:
    enum Column { NameColumn, SampleColumn, TargetColumn };

    [[nodiscard]] QComboBox* targetBox(int row) const;
    [[nodiscard]] int rowOf(const QString& column) const;
    void fillTargetBox(QComboBox* box) const;

    std::vector<io::ImportTarget> m_targets;
    geo::LabelLanguage m_language;
    QString m_keyColumn;
};

} // namespace agglomap::widgets
