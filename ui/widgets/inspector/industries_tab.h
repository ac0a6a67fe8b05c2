#pragma once

#include "widgets/inspector/inspector_tab.h"

#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace agglomap::widgets {

// The district's sector activities as an editable table (output, employment, enterprises, SMEs,
// high-tech output) with the location quotient the analysis gives each; sectors can be added
// from the catalogue and removed. Below it, the leading industries in order of priority.
class IndustriesTab : public InspectorTab {
    Q_OBJECT
    Q_DISABLE_COPY(IndustriesTab)

public:
    enum Column { SectorColumn, Output, Employment, Enterprises, Smes, HighTechOutput, Quotient };

    explicit IndustriesTab(const InspectorContext& context, QWidget* parent = nullptr);

    void refresh() override;
    // The sector shown in a table row, or -1.
    [[nodiscard]] model::SectorIndex sectorAt(int row) const;
    [[nodiscard]] int rowOf(model::SectorIndex sector) const;

private:
    void rebuildRows(const model::District& district);
    void fillRow(int row, const model::SectorActivity& activity, const model::District& district);
    void refreshAddableSectors(const model::District& district);
    void refreshLeading(const model::District& district);
    void updateActions();
    void sendCell(QTableWidgetItem* item);
    void addSector();
    void removeSector();
    void makeLeading();
    void raiseLeading();
    void dropLeading();
    void sendLeading(const std::vector<model::SectorIndex>& sectors);

    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_addSector = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_makeLeadingButton = nullptr;
    QListWidget* m_leading = nullptr;
    QPushButton* m_raiseButton = nullptr;
    QPushButton* m_dropButton = nullptr;
    std::vector<model::SectorIndex> m_rowSectors;
};

} // namespace agglomap::widgets
