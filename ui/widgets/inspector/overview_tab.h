#pragma once

#include "widgets/inspector/inspector_tab.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace agglomap::widgets {

// The district at a glance: its names (editable), where it is, its zone and type, size and
// income, and the key indicators the analysis gives it, with the conditions behind its cluster
// stage. Values resting on illustrative fields
// are set in italics with an "illustrative" tag and a tooltip saying so.
class OverviewTab : public InspectorTab {
    Q_OBJECT
    Q_DISABLE_COPY(OverviewTab)

public:
    explicit OverviewTab(const InspectorContext& context, QWidget* parent = nullptr);

    void refresh() override;

private:
    QLabel* addValue(QFormLayout* form, const QString& label, const QString& objectName,
                     const QString& tooltip = {});
    void sendName();
    void refreshIndicators(const model::District& district);

    QLineEdit* m_nameZh = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QLabel* m_nameNote = nullptr;
    QLabel* m_host = nullptr;
    QLabel* m_zoneLevel = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_year = nullptr;
    QLabel* m_area = nullptr;
    QLabel* m_totalOutput = nullptr;
    QLabel* m_businessIncome = nullptr;
    QLabel* m_leadingIndustries = nullptr;
    QLabel* m_leadingShare = nullptr;
    QLabel* m_leadingClarity = nullptr;
    QLabel* m_infrastructureGap = nullptr;
    QLabel* m_linkageDensity = nullptr;
    QLabel* m_chainCompleteness = nullptr;
    QLabel* m_rdIntensity = nullptr;
    QLabel* m_incomeTier = nullptr;
    QLabel* m_clusterStage = nullptr;
    // The Ningxia paper's four conditions for an innovative cluster, each marked met or not.
    QLabel* m_conditions = nullptr;
    QLabel* m_innovationMode = nullptr;
    // What each value label explains when hovered, before any illustrative note.
    QHash<QLabel*, QString> m_tooltips;
};

} // namespace agglomap::widgets
