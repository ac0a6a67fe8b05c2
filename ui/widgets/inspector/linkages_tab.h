#pragma once

#include "widgets/inspector/inspector_tab.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace agglomap::widgets {

class SectorNetworkView;

// The district's linkages: its sector network drawn with the leading chain's gaps, the supply
// links between its sectors, and its links with other districts, each with add and remove.
class LinkagesTab : public InspectorTab {
    Q_OBJECT
    Q_DISABLE_COPY(LinkagesTab)

public:
    explicit LinkagesTab(const InspectorContext& context, QWidget* parent = nullptr);

    void refresh() override;
    [[nodiscard]] SectorNetworkView* networkView() const { return m_network; }

private:
    QWidget* createSectorLinksPage();
    QWidget* createDistrictLinksPage();
    void refreshNetwork(const model::District& district);
    void refreshSectorLinks(const model::District& district);
    void refreshDistrictLinks(const model::District& district);
    void updateActions();
    void addSectorLink();
    void removeSectorLink();
    void addDistrictLink();
    void removeDistrictLink();

    SectorNetworkView* m_network = nullptr;
    QLabel* m_note = nullptr;
    QListWidget* m_sectorLinks = nullptr;
    QComboBox* m_linkFrom = nullptr;
    QComboBox* m_linkTo = nullptr;
    QDoubleSpinBox* m_linkValue = nullptr;
    QPushButton* m_addSectorLink = nullptr;
    QPushButton* m_removeSectorLink = nullptr;
    QListWidget* m_districtLinks = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_otherDistrict = nullptr;
    QComboBox* m_linkSector = nullptr;
    QDoubleSpinBox* m_districtLinkValue = nullptr;
    QPushButton* m_addDistrictLink = nullptr;
    QPushButton* m_removeDistrictLink = nullptr;
};

} // namespace agglomap::widgets
