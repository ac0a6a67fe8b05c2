#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace agglomap::widgets {

class DistrictListModel;
class ItemFilterProxyModel;
class ModelChangeGuard;
class WorkspaceSelection;

// The plan's districts as a sortable list with a search field and filters by city, type and
// cluster stage, and a count of what the filters leave ("12 of 175 districts"). Selecting a
// row selects the district (and its host county) in the workspace; a district selected
// elsewhere is selected and scrolled to here when the filters show it.
class DistrictListPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(DistrictListPanel)

public:
    explicit DistrictListPanel(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis);
    void setLanguage(geo::LabelLanguage language);

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QComboBox* cityFilter() const { return m_cityBox; }
    [[nodiscard]] QComboBox* typeFilter() const { return m_typeBox; }
    [[nodiscard]] QComboBox* stageFilter() const { return m_stageBox; }
    [[nodiscard]] QLabel* countLabel() const { return m_countLabel; }
    [[nodiscard]] DistrictListModel* model() const { return m_model; }
    [[nodiscard]] ItemFilterProxyModel* proxy() const { return m_proxy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCityFilter();
    void fillTypeAndStageFilters();
    void applyFilters();
    void updateCount();
    void showDistrict(std::optional<model::DistrictId> id);
    void onCurrentChanged(const QModelIndex& current);

    WorkspaceSelection* m_selection;
    DistrictListModel* m_model;
    ItemFilterProxyModel* m_proxy;
    ModelChangeGuard* m_guard;
    QLineEdit* m_search;
    QComboBox* m_cityBox;
    QComboBox* m_typeBox;
    QComboBox* m_stageBox;
    QTableView* m_view;
    QLabel* m_countLabel;
    // Set while the view follows the workspace selection, so it is not sent back.
    bool m_following = false;
};

} // namespace agglomap::widgets
