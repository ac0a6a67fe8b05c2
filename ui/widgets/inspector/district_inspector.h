#pragma once

#include "widgets/inspector/inspector_context.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace agglomap::widgets {

class InspectorTab;
class SectorNetworkView;

// Where a planner reads and edits one district: its overview and key indicators, industries,
// infrastructure and services, innovation and finance, and linkages, one tab each. Every edit
// goes through the commands onto the undo stack; the inspector shows the model's values again
// whenever the plan or its analysis report a change to the district (an edit, an undo, another
// view's edit), and a refused edit's reason in red below the tabs.
class DistrictInspector : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(DistrictInspector)

public:
    enum class Tab { Overview, Industries, Infrastructure, InnovationFinance, Linkages };

    explicit DistrictInspector(QWidget* parent = nullptr);
    ~DistrictInspector() override;

    // Any of them may be null: without a plan nothing is shown, without an analysis indicators
    // are missing, without a stack edits are refused.
    void setContext(model::Plan* plan, analysis::PlanAnalysis* analysis, QUndoStack* stack);
    void setDistrict(std::optional<model::DistrictId> id);
    void setLanguage(geo::LabelLanguage language);
    void setAreaUnit(AreaUnit unit);

    [[nodiscard]] std::optional<model::DistrictId> districtId() const;
    // Whether a district is shown (false: the "No district selected" state).
    [[nodiscard]] bool showsDistrict() const;
    // The last refused edit's reason, empty after a successful edit or a new district.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    void showTab(Tab tab);
    [[nodiscard]] SectorNetworkView* networkView() const;

signals:
    // The district shown changed (it was selected, cleared, or removed from the plan).
    void districtChanged(std::optional<agglomap::model::DistrictId> id);

private:
    void connectContext();
    void refresh();
    void refreshHeader();
    void showStatus(const QString& message);

    InspectorContext m_context;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    std::vector<InspectorTab*> m_tabPages;
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace agglomap::widgets
