#pragma once

#include "geo/region.h"

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QUndoStack;

namespace agglomap::model {
class Plan;
}
namespace agglomap::analysis {
class PlanAnalysis;
}

namespace agglomap::widgets {

class DistrictInspector;
class DistrictListPanel;
class IndicatorTablePanel;
class LayerPanel;
class LegendWidget;
class RecommendationsPanel;
class RegionTreePanel;
class WorkspaceSelection;

// The panels around the map, each in a dock the planner can move, tab, float or close:
// regions and districts on the left, inspector and recommendations on the right, legend and
// layers beside them, the indicator table below.
class WorkspaceDocks : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(WorkspaceDocks)

public:
    WorkspaceDocks(QMainWindow& window, WorkspaceSelection& selection);

    // The plan version the panels show and edit (nullptrs: none).
    void setPlan(model::Plan* plan, analysis::PlanAnalysis* analysis, QUndoStack* stack);
    void setLanguage(geo::LabelLanguage language);
    // Show/hide actions for the View menu.
    [[nodiscard]] QList<QAction*> toggleActions() const;

    [[nodiscard]] RegionTreePanel* regionTree() const { return m_regionTree; }
    [[nodiscard]] DistrictListPanel* districtList() const { return m_districtList; }
    [[nodiscard]] DistrictInspector* inspector() const { return m_inspector; }
    [[nodiscard]] RecommendationsPanel* recommendations() const { return m_recommendations; }
    [[nodiscard]] IndicatorTablePanel* indicatorTable() const { return m_indicatorTable; }
    [[nodiscard]] LegendWidget* legend() const { return m_legend; }
    [[nodiscard]] LayerPanel* layers() const { return m_layers; }

private:
    QDockWidget* addDock(QWidget* content, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area);

    QMainWindow& m_window;
    QList<QDockWidget*> m_docks;
    RegionTreePanel* m_regionTree = nullptr;
    DistrictListPanel* m_districtList = nullptr;
    DistrictInspector* m_inspector = nullptr;
    RecommendationsPanel* m_recommendations = nullptr;
    IndicatorTablePanel* m_indicatorTable = nullptr;
    LegendWidget* m_legend = nullptr;
    LayerPanel* m_layers = nullptr;
};

} // namespace agglomap::widgets
