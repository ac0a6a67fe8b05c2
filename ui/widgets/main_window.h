#pragma once

#include "render/map_overlays.h"
#include "util/result.h"
#include "util/status.h"

#include <QJsonObject>
#include <QMainWindow>

#include <map>
#include <memory>
#include <vector>

class QActionGroup;
class QComboBox;
class QLabel;
class QUndoGroup;

namespace agglomap::widgets {

class BreadcrumbBar;
class ChoroplethToolBar;
class ExportActions;
class HelpActions;
struct AppPreferences;
class MapCanvas;
class PlanWorkspace;
class ProjectActions;
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

    // Shows a bundled sample plan ("henan", "ningxia"). On failure the current map stays and
    // the error says why; the caller decides how to tell the user.
    [[nodiscard]] Status openProvince(const QString& key);
    // Opens an Agglomap project file, or shows it if it is open already.
    [[nodiscard]] Status openProjectFile(const QString& path);
    // Starts an empty plan on a bundled province's boundaries.
    [[nodiscard]] Status newPlan(const QString& province);
    // Opens an autosaved copy as a document with unsaved changes; saving writes `originalPath`
    // when it has one.
    [[nodiscard]] Status restoreRecovered(const QString& recoveryFile, const QString& originalPath,
                                          const QString& name);
    // Saves a document (atomically) with the window's map style; it is then that file's document.
    [[nodiscard]] Status saveWorkspace(PlanWorkspace& space, const QString& path);
    // Every open document, in the order they were opened.
    [[nodiscard]] std::vector<PlanWorkspace*> workspaces() const;
    [[nodiscard]] QString documentKey(const PlanWorkspace& space) const;
    // As the title bar and the document box name it: the file's name, or the sample's.
    [[nodiscard]] QString documentName(const PlanWorkspace& space) const;
    void showDocument(const QString& key);
    [[nodiscard]] const QString& mapsDirectory() const { return m_mapsDirectory; }
    [[nodiscard]] ProjectActions* projectActions() const { return m_projectActions; }
    // The map style and view a project file keeps, and putting them back.
    [[nodiscard]] QJsonObject projectSettings() const;
    void applyProjectSettings(const QJsonObject& settings);
    [[nodiscard]] geo::LabelLanguage labelLanguage() const { return language(); }
    [[nodiscard]] MapCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] BreadcrumbBar* breadcrumb() const { return m_breadcrumb; }
    [[nodiscard]] QAction* backAction() const { return m_backAction; }
    [[nodiscard]] QAction* undoAction() const { return m_undoAction; }
    [[nodiscard]] QAction* redoAction() const { return m_redoAction; }
    [[nodiscard]] WorkspaceDocks* docks() const { return m_docks; }
    [[nodiscard]] WorkspaceSelection* selection() const { return m_selection; }
    [[nodiscard]] ChoroplethToolBar* symbologyToolBar() const { return m_symbologyBar; }
    [[nodiscard]] ExportActions* exportActions() const { return m_exportActions; }
    [[nodiscard]] HelpActions* helpActions() const { return m_helpActions; }
    // Edit › Preferences…; the dialog applies what the planner chose to this window.
    [[nodiscard]] QAction* preferencesAction() const { return m_preferencesAction; }
    // Puts preferences into effect in this window at once (label language, area unit,
    // autosave); the export dialogs read the saved export defaults whenever they open. Defined
    // in main_window_preferences.cpp.
    void applyPreferences(const AppPreferences& preferences);
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

signals:
    // Another document is shown, or the one shown was saved under another name.
    void documentChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addDocument(const QString& key, const QString& label,
                     std::unique_ptr<PlanWorkspace> space);
    void showRegions();
    void updateTitle();
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
    void showPreferences(); // main_window_preferences.cpp
    // Shows labels and names in the language everywhere, as choosing it in the toolbar box
    // does, and keeps it as the preference (main_window_preferences.cpp).
    void setLabelLanguage(geo::LabelLanguage labels);
    [[nodiscard]] geo::LabelLanguage language() const;

    QString m_mapsDirectory;
    QString m_currentKey;
    std::map<QString, std::unique_ptr<PlanWorkspace>> m_workspaces;
    std::vector<QString> m_documentOrder;
    int m_untitledCount = 0;
    render::MapOverlays m_overlays;
    MapCanvas* m_canvas = nullptr;
    BreadcrumbBar* m_breadcrumb = nullptr;
    WorkspaceSelection* m_selection = nullptr;
    WorkspaceDocks* m_docks = nullptr;
    ChoroplethToolBar* m_symbologyBar = nullptr;
    ExportActions* m_exportActions = nullptr;
    ProjectActions* m_projectActions = nullptr;
    HelpActions* m_helpActions = nullptr;
    QAction* m_preferencesAction = nullptr;
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
