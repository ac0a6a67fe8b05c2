#include "widgets/workspace_docks.h"

#include "widgets/inspector/district_inspector.h"
#include "widgets/layer_panel.h"
#include "widgets/legend_widget.h"
#include "widgets/panels/district_list_panel.h"
#include "widgets/panels/indicator_table_panel.h"
#include "widgets/panels/recommendations_panel.h"
#include "widgets/panels/region_tree_panel.h"
#include "widgets/workspace_selection.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace agglomap::widgets {

WorkspaceDocks::WorkspaceDocks(QMainWindow& window, WorkspaceSelection& selection)
    : QObject(&window)
    , m_window(window) {
    window.setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                          QMainWindow::AllowNestedDocks);
    window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_regionTree = new RegionTreePanel(&selection, &window);
    m_districtList = new DistrictListPanel(&selection, &window);
    QDockWidget* regions =
        addDock(m_regionTree, tr("Regions"), QStringLiteral("regionsDock"), Qt::LeftDockWidgetArea);
    QDockWidget* districts = addDock(m_districtList, tr("Districts"),
                                     QStringLiteral("districtsDock"), Qt::LeftDockWidgetArea);
    window.tabifyDockWidget(regions, districts);
    districts->raise();

    m_inspector = new DistrictInspector(&window);
    QDockWidget* inspector = addDock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"),
                                     Qt::RightDockWidgetArea);
    m_recommendations = new RecommendationsPanel(&selection, &window);
    QDockWidget* advice = addDock(m_recommendations, tr("Recommendations"),
                                  QStringLiteral("recommendationsDock"), Qt::RightDockWidgetArea);
    window.tabifyDockWidget(inspector, advice);
    inspector->raise();

    m_legend = new LegendWidget(&window);
    auto* legendScroll = new QScrollArea(&window);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    QDockWidget* legend =
        addDock(legendScroll, tr("Legend"), QStringLiteral("legendDock"), Qt::RightDockWidgetArea);
    m_layers = new LayerPanel(&window);
    QDockWidget* layers =
        addDock(m_layers, tr("Layers"), QStringLiteral("layersDock"), Qt::RightDockWidgetArea);
    window.tabifyDockWidget(legend, layers);
    legend->raise();
    window.resizeDocks({inspector, legend}, {560, 260}, Qt::Vertical);

    m_indicatorTable = new IndicatorTablePanel(&selection, &window);
    QDockWidget* table = addDock(m_indicatorTable, tr("Indicator Table"),
                                 QStringLiteral("indicatorTableDock"), Qt::BottomDockWidgetArea);
    window.resizeDocks({table}, {220}, Qt::Vertical);
    window.resizeDocks({districts, inspector}, {300, 400}, Qt::Horizontal);

    connect(&selection, &WorkspaceSelection::districtSelected, m_inspector,
            [this](std::optional<model::DistrictId> id) { m_inspector->setDistrict(id); });
}

QDockWidget* WorkspaceDocks::addDock(QWidget* content, const QString& title,
                                     const QString& objectName, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, &m_window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    m_window.addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void WorkspaceDocks::setPlan(model::Plan* plan, analysis::PlanAnalysis* analysis,
                             QUndoStack* stack) {
    m_regionTree->setPlan(plan);
    m_districtList->setPlan(plan, analysis);
    m_recommendations->setPlan(plan, analysis);
    m_indicatorTable->setPlan(plan, analysis);
    m_inspector->setContext(plan, analysis, stack);
}

void WorkspaceDocks::setLanguage(geo::LabelLanguage language) {
    m_regionTree->setLanguage(language);
    m_districtList->setLanguage(language);
    m_recommendations->setLanguage(language);
    m_indicatorTable->setLanguage(language);
    m_inspector->setLanguage(language);
}

QList<QAction*> WorkspaceDocks::toggleActions() const {
    QList<QAction*> actions;
    for (QDockWidget* dock : m_docks) {
        actions << dock->toggleViewAction();
    }
    return actions;
}

} // namespace agglomap::widgets
