#include "widgets/export/export_actions.h"

#include "render/briefing/briefing_text.h"
#include "widgets/export/map_export_dialog.h"
#include "widgets/export/profile_export_dialog.h"
#include "widgets/legend_widget.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/plan_workspace.h"
#include "widgets/workspace_docks.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QStatusBar>

namespace agglomap::widgets {

ExportActions::ExportActions(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    m_exportMap = new QAction(tr("&Export Map…"), this);
    m_exportMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportMap->setStatusTip(
        tr("Save the map in view as a briefing page: PNG, SVG or PDF with legend and sources"));
    connect(m_exportMap, &QAction::triggered, this, &ExportActions::exportMap);

    m_copyMap = new QAction(tr("&Copy Map"), this);
    m_copyMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyMap->setStatusTip(tr("Copy the briefing page of the map in view to the clipboard"));
    connect(m_copyMap, &QAction::triggered, this, &ExportActions::copyMap);

    m_exportProfiles = new QAction(tr("Export District &Profiles…"), this);
    m_exportProfiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportProfiles->setStatusTip(
        tr("Write district profiles to PDF: one district, a city, the province or a selection"));
    connect(m_exportProfiles, &QAction::triggered, this, &ExportActions::exportProfiles);
}

render::MapBriefing ExportActions::currentBriefing() const {
    render::MapBriefing briefing;
    PlanWorkspace* space = m_window.workspace();
    const MapCanvas& canvas = *m_window.canvas();
    if (!space || !canvas.mapScene()) {
        return briefing;
    }
    briefing.scene = canvas.mapScene();
    briefing.state = canvas.viewState();
    // Hover is a pointer effect, not part of the map.
    briefing.state.hovered.reset();
    briefing.sceneRect = canvas.visibleSceneRect();
    briefing.legend = m_window.docks()->legend()->content();
    briefing.title = render::briefingTitle(*briefing.scene, briefing.state);
    briefing.subtitle = render::briefingSubtitle(briefing.state);
    briefing.credits = render::briefingCredits(space->active().plan->info(),
                                               space->boundaryDescription(), briefing.state);
    briefing.date = QDate::currentDate();
    return briefing;
}

void ExportActions::exportMap() {
    if (!m_window.workspace()) {
        return;
    }
    MapExportDialog dialog(currentBriefing(), &m_window);
    dialog.exec();
}

void ExportActions::copyMap() {
    if (!m_window.workspace()) {
        return;
    }
    QApplication::clipboard()->setImage(
        render::renderBriefingImage(currentBriefing(), MapExportDialog::savedPage()));
    m_window.statusBar()->showMessage(tr("Map copied to the clipboard"), 4000);
}

void ExportActions::exportProfiles() {
    if (!m_window.workspace()) {
        return;
    }
    ProfileExportDialog dialog(m_window);
    dialog.exec();
}

} // namespace agglomap::widgets
