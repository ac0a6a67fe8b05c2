#pragma once

#include "render/map_overlays.h"
#include "util/result.h"

#include <QMainWindow>

#include <map>
#include <memory>
#include <optional>

class QActionGroup;
class QComboBox;
class QLabel;
class QUndoGroup;

namespace agglomap::widgets {

class BreadcrumbBar;
class ChoroplethToolBar;
class ExportActions;
class MapCanvas;
class PlanWorkspace;
class WorkspaceDocks;
class WorkspaceSelection;

// The planner's window: the map of a province with its plan, the panels around it, the
// symbology and edit tools, scenarios, and navigation. The composition root of the widgets.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY(MainWindow)

public:
    // mapsDirectory holds one folder per bundled province (henan, ningxia).
    explicit MainWindow(QString mapsDirectory, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a bundled province. On failure the current map stays and the error says why;
    // the caller decides how to tell the user.
    [[nodiscard]] std::optional<Error> openProvince(const QString& key);
    [[nodiscard]] MapCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] BreadcrumbBar* breadcrumb() const { return m_breadcrumb; }
    [[nodiscard]] QAction* backAction() const { return m_backAction; }
    [[nodiscard]] QAction* undoAction() const { return m_undoAction; }
    [[nodiscard]] QAction* redoAction() const { return m_redoAction; }
    [[nodiscard]] WorkspaceDocks* docks() const { return m_docks; }
    [[nodiscard]] WorkspaceSelection* selection() const { return m_selection; }
    [[nodiscard]] ChoroplethToolBar* symbologyToolBar() const { return m_symbologyBar; }
    [[nodiscard]] ExportActions* exportActions() const { return m_exportActions; }
    // The province open now, with its plan versions.
    [[nodiscard]] PlanWorkspace* workspace() const;
    // The plan version shown now, if a province is open.
    [[nodiscard]] model::Plan* plan() const;
    [[nodiscard]] const render::MapOverlays& overlays() const { return m_overlays; }

    // Shows the plan with another symbology, as the symbology toolbar does.
    void setSymbology(const render::MapSymbology& symbology);

    // Duplicates the shown version as a named scenario and shows it.
    void createScenario(const QString& name);
    void showScenario(int index);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createToolBars();
    void createMenus();
    void connectSelection();
    void updateTrail();
    void updateScaleReadout();
    void updateScenarioBox();
    void showActiveScenario();
    // Derives choropleth, symbols, linkages and legend again from the shown version.
    void refreshOverlays();
    void compareScenarios();
    void restoreSettings();
    void saveSettings() const;
    [[nodiscard]] geo::LabelLanguage language() const;

    QString m_mapsDirectory;
    QString m_currentKey;
    std::map<QString, std::unique_ptr<PlanWorkspace>> m_workspaces;
    render::MapOverlays m_overlays;
    MapCanvas* m_canvas = nullptr;
    BreadcrumbBar* m_breadcrumb = nullptr;
    WorkspaceSelection* m_selection = nullptr;
    WorkspaceDocks* m_docks = nullptr;
    ChoroplethToolBar* m_symbologyBar = nullptr;
    ExportActions* m_exportActions = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QComboBox* m_provinceBox = nullptr;
    QComboBox* m_languageBox = nullptr;
    QComboBox* m_levelBox = nullptr;
    QComboBox* m_scenarioBox = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_scaleLabel = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_fullExtentAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newScenarioAction = nullptr;
    QAction* m_deleteScenarioAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_zoomToSelectionAction = nullptr;
};

} // namespace agglomap::widgets
