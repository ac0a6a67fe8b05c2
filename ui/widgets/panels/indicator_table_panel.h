#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"
#include "widgets/models/indicator_table_model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace agglomap::widgets {

class ItemFilterProxyModel;
class ModelChangeGuard;
class WorkspaceSelection;

// Every indicator of the districts, or the summaries of the counties or cities, in a sortable
// table with a name filter. Values resting on illustrative fields are in italics, as the
// legend line says. District rows mirror the workspace's district, region rows its region.
class IndicatorTablePanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(IndicatorTablePanel)

public:
    explicit IndicatorTablePanel(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis);
    void setLanguage(geo::LabelLanguage language);
    void setLevel(IndicatorLevel level);
    [[nodiscard]] IndicatorLevel level() const;

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QComboBox* levelBox() const { return m_levelBox; }
    [[nodiscard]] QLineEdit* filterField() const { return m_filter; }
    [[nodiscard]] QLabel* legend() const { return m_legend; }
    [[nodiscard]] IndicatorTableModel* model() const { return m_model; }
    [[nodiscard]] ItemFilterProxyModel* proxy() const { return m_proxy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSelection();
    void select(const QModelIndex& sourceIndex);
    void onCurrentChanged(const QModelIndex& current);

    WorkspaceSelection* m_selection;
    IndicatorTableModel* m_model;
    ItemFilterProxyModel* m_proxy;
    ModelChangeGuard* m_guard;
    QComboBox* m_levelBox;
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_legend;
    // Set while the view follows the workspace selection, so it is not sent back.
    bool m_following = false;
};

} // namespace agglomap::widgets
