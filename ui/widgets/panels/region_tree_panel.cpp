#include "widgets/panels/region_tree_panel.h"

#include "widgets/models/item_roles.h"
#include "widgets/models/region_tree_model.h"
#include "widgets/workspace_selection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace agglomap::widgets {

RegionTreePanel::RegionTreePanel(WorkspaceSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new RegionTreeModel(this))
    , m_view(new QTreeView(this)) {
    setObjectName(QStringLiteral("regionTreePanel"));
    m_view->setObjectName(QStringLiteral("regionTreeView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            m_selection->setRegion(index.data(RegionCodeRole).toInt());
            m_selection->requestZoom();
        }
    });
    connect(m_selection, &WorkspaceSelection::regionSelected, this,
            [this](std::optional<geo::RegionCode> code) { showRegion(code); });
}

void RegionTreePanel::setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis) {
    m_model->setPlan(plan, analysis);
    // The province is open from the start: its cities are what a planner looks for.
    m_view->expand(m_model->index(0, 0));
    showRegion(m_selection->region());
}

void RegionTreePanel::setLanguage(geo::LabelLanguage language) {
    m_model->setLanguage(language);
}

void RegionTreePanel::onCurrentChanged(const QModelIndex& current) {
    if (m_following || !current.isValid()) {
        return;
    }
    m_selection->setRegion(current.data(RegionCodeRole).toInt());
}

void RegionTreePanel::showRegion(std::optional<geo::RegionCode> code) {
    const QModelIndex index = code ? m_model->indexOf(*code) : QModelIndex();
    if (index == m_view->currentIndex().siblingAtColumn(0) && index.isValid()) {
        return;
    }
    m_following = true;
    if (index.isValid()) {
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent()) {
            m_view->expand(up);
        }
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_following = false;
}

} // namespace agglomap::widgets
