#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"

#include <QWidget>

#include <optional>

class QTreeView;

namespace agglomap::widgets {

class RegionTreeModel;
class WorkspaceSelection;

// The province's cities and counties as a tree with their district counts. Selecting a region
// selects it in the workspace; a region selected elsewhere is selected, expanded to and
// scrolled to here; a double-click asks the map to zoom to it.
class RegionTreePanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(RegionTreePanel)

public:
    explicit RegionTreePanel(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis = nullptr);
    void setLanguage(geo::LabelLanguage language);

    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] RegionTreeModel* model() const { return m_model; }

private:
    void showRegion(std::optional<geo::RegionCode> code);
    void onCurrentChanged(const QModelIndex& current);

    WorkspaceSelection* m_selection;
    RegionTreeModel* m_model;
    QTreeView* m_view;
    // Set while the view follows the selection, so its own signals are not sent back.
    bool m_following = false;
};

} // namespace agglomap::widgets
