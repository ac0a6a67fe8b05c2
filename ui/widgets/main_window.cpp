#include "widgets/main_window.h"

#include "io/maps_directory.h"
#include "widgets/breadcrumb_bar.h"
#include "widgets/choropleth_toolbar.h"
#include "widgets/export/export_actions.h"
#include "widgets/help/help_actions.h"
#include "widgets/inspector/district_inspector.h"
#include "widgets/layer_panel.h"
#include "widgets/legend_widget.h"
#include "widgets/long_tooltips.h"
#include "widgets/map_canvas.h"
#include "widgets/plan_workspace.h"
#include "widgets/preferences/app_preferences.h"
#include "widgets/project/project_actions.h"
#include "widgets/project/workspace_loader.h"
#include "widgets/region_tooltip.h"
#include "widgets/scenario_comparison_dialog.h"
#include "widgets/symbology_settings.h"
#include "widgets/workspace_docks.h"
#include "widgets/workspace_selection.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace agglomap::widgets {

MainWindow::MainWindow(QString mapsDirectory, QWidget* parent)
    : QMainWindow(parent)
    , m_mapsDirectory(std::move(mapsDirectory)) {
    setWindowTitle(tr("Agglomap"));
    QCoreApplication::instance()->installEventFilter(new LongTooltips(this));
    m_canvas = new MapCanvas(this);
    setCentralWidget(m_canvas);
    m_breadcrumb = new BreadcrumbBar(this);
    m_selection = new WorkspaceSelection(this);
    m_undoGroup = new QUndoGroup(this);
    createActions();
    createToolBars();
    m_docks = new WorkspaceDocks(*this, *m_selection);
    m_exportActions = new ExportActions(*this);
    m_projectActions = new ProjectActions(*this);
    m_helpActions = new HelpActions(*this);
    createMenus();
    setAcceptDrops(true);

    m_positionLabel = new QLabel(this);
    m_scaleLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_scaleLabel);

    connect(m_canvas, &MapCanvas::focusChanged, this, [this] {
        updateTrail();
        refreshOverlays();
    });
    connect(m_canvas, &MapCanvas::viewChanged, this, [this] { updateScaleReadout(); });
    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](const QGeoCoordinate& position) {
        m_positionLabel->setText(
            tr("Lat/Lon %1").arg(position.toString(QGeoCoordinate::DegreesWithHemisphere)));
    });
    connect(m_breadcrumb, &BreadcrumbBar::provinceActivated, m_canvas, &MapCanvas::back);
    connect(m_symbologyBar, &ChoroplethToolBar::symbologyChanged, this,
            [this] { refreshOverlays(); });
    connect(m_docks->layers(), &LayerPanel::layersChanged, m_canvas, &MapCanvas::setLayers);
    connectSelection();
    resize(1400, 900);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_backAction = new QAction(tr("&Back to Province"), this);
    m_backAction->setShortcuts({QKeySequence::Back, QKeySequence(Qt::Key_Backspace)});
    m_backAction->setToolTip(tr("Return to the province overview (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, m_canvas, &MapCanvas::back);

    m_fullExtentAction = new QAction(tr("Zoom to &Full Extent"), this);
    m_fullExtentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_fullExtentAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToFocus);
    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_canvas, [this] { m_canvas->zoomBy(1.5); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_canvas,
            [this] { m_canvas->zoomBy(1.0 / 1.5); });
    m_zoomToSelectionAction = new QAction(tr("Zoom to &Selection"), this);
    m_zoomToSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_zoomToSelectionAction, &QAction::triggered, m_selection,
            &WorkspaceSelection::requestZoom);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));

    m_newScenarioAction = new QAction(tr("&New Scenario…"), this);
    m_newScenarioAction->setToolTip(tr("Duplicate the plan shown as a named scenario to edit"));
    connect(m_newScenarioAction, &QAction::triggered, this, [this] {
        if (!workspace()) {
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("New Scenario"), tr("Name of the scenario:"), QLineEdit::Normal,
            tr("Scenario %1").arg(workspace()->scenarioCount()), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            createScenario(name.trimmed());
        }
    });
    m_deleteScenarioAction = new QAction(tr("&Delete Scenario"), this);
    connect(m_deleteScenarioAction, &QAction::triggered, this, [this] {
        if (PlanWorkspace* space = workspace(); space && space->activeIndex() > 0) {
            space->removeScenario(space->activeIndex());
        }
    });
    m_compareAction = new QAction(tr("&Compare with Baseline…"), this);
    m_compareAction->setToolTip(tr("Side-by-side maps, a difference map and the changes"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareScenarios);
}

void MainWindow::createToolBars() {
    QToolBar* bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));

    m_provinceBox = new QComboBox(bar);
    m_provinceBox->addItem(tr("Henan 河南"), QStringLiteral("henan"));
    m_provinceBox->addItem(tr("Ningxia 宁夏"), QStringLiteral("ningxia"));
    m_provinceBox->setToolTip(tr("Province"));
    connect(m_provinceBox, &QComboBox::activated, this, [this](int index) {
        if (const Status status = openProvince(m_provinceBox->itemData(index).toString());
            !status) {
            QMessageBox::warning(this, tr("Cannot open the map"), status.error().message);
        }
    });
    bar->addWidget(m_provinceBox);
    bar->addAction(m_backAction);
    bar->addAction(m_fullExtentAction);
    bar->addAction(m_zoomInAction);
    bar->addAction(m_zoomOutAction);
    bar->addSeparator();

    m_levelBox = new QComboBox(bar);
    m_levelBox->setObjectName(QStringLiteral("levelBox"));
    m_levelBox->addItem(tr("Cities"), static_cast<int>(geo::RegionLevel::City));
    m_levelBox->addItem(tr("Counties"), static_cast<int>(geo::RegionLevel::County));
    m_levelBox->setToolTip(tr("Units drawn in the province overview"));
    connect(m_levelBox, &QComboBox::activated, this, [this](int index) {
        m_canvas->setOverviewLevel(
            static_cast<geo::RegionLevel>(m_levelBox->itemData(index).toInt()));
        refreshOverlays();
    });
    bar->addWidget(m_levelBox);

    m_languageBox = new QComboBox(bar);
    m_languageBox->addItem(QStringLiteral("中文"), static_cast<int>(geo::LabelLanguage::Chinese));
    m_languageBox->addItem(QStringLiteral("English"),
                           static_cast<int>(geo::LabelLanguage::English));
    m_languageBox->setToolTip(tr("Language of map labels and names"));
    connect(m_languageBox, &QComboBox::activated, this, [this] { setLabelLanguage(language()); });
    bar->addWidget(m_languageBox);
    bar->addSeparator();
    bar->addWidget(m_breadcrumb);

    QToolBar* edit = addToolBar(tr("Edit"));
    edit->setObjectName(QStringLiteral("editToolBar"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_scenarioBox = new QComboBox(edit);
    m_scenarioBox->setObjectName(QStringLiteral("scenarioBox"));
    m_scenarioBox->setToolTip(tr("Plan version shown and edited"));
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_scenarioBox, &QComboBox::activated, this, &MainWindow::showScenario);
    edit->addWidget(m_scenarioBox);
    edit->addAction(m_newScenarioAction);
    edit->addAction(m_compareAction);

    addToolBarBreak();
    m_symbologyBar = new ChoroplethToolBar(this);
    addToolBar(m_symbologyBar);
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_projectActions->newAction());
    fileMenu->addAction(m_projectActions->openAction());
    fileMenu->addMenu(m_projectActions->samplesMenu());
    fileMenu->addMenu(m_projectActions->recentMenu());
    fileMenu->addSeparator();
    fileMenu->addAction(m_projectActions->saveAction());
    fileMenu->addAction(m_projectActions->saveAsAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_projectActions->importDataAction());
    fileMenu->addAction(m_projectActions->replaceBoundariesAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportActions->exportMapAction());
    fileMenu->addAction(m_exportActions->copyMapAction());
    fileMenu->addAction(m_exportActions->exportProfilesAction());
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    m_preferencesAction =
        editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_backAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_fullExtentAction);
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_zoomToSelectionAction);
    viewMenu->addSeparator();
    QMenu* panels = viewMenu->addMenu(tr("&Panels"));
    panels->addActions(m_docks->toggleActions());

    QMenu* mapMenu = menuBar()->addMenu(tr("&Map"));
    mapMenu->addAction(m_symbologyBar->editBreaksAction());

    QMenu* scenarioMenu = menuBar()->addMenu(tr("&Scenarios"));
    scenarioMenu->addAction(m_newScenarioAction);
    scenarioMenu->addAction(m_deleteScenarioAction);
    scenarioMenu->addSeparator();
    scenarioMenu->addAction(m_compareAction);

    menuBar()->addMenu(m_helpActions->menu());
}

void MainWindow::connectSelection() {
    connect(m_canvas, &MapCanvas::selectionChanged, this, [this](int code) {
        m_selection->setRegion(code ? std::optional(code) : std::nullopt);
        const geo::Region* region =
            m_canvas->mapScene() ? m_canvas->mapScene()->hierarchy().find(code) : nullptr;
        if (region) {
            statusBar()->showMessage(
                tr("Selected: %1 (%2)").arg(bilingualName(*region, language())).arg(code));
        } else {
            statusBar()->clearMessage();
        }
    });
    connect(m_canvas, &MapCanvas::districtClicked, this, [this](int id) {
        if (id) {
            m_selection->setDistrict(model::DistrictId{id});
        }
    });
    connect(m_selection, &WorkspaceSelection::districtSelected, this,
            [this](std::optional<model::DistrictId> id) { m_canvas->selectDistrict(id); });
    connect(m_selection, &WorkspaceSelection::regionSelected, this,
            [this](std::optional<geo::RegionCode> code) {
                const render::MapScene* scene = m_canvas->mapScene();
                const geo::Region* region =
                    code && scene ? scene->hierarchy().find(*code) : nullptr;
                if (region && region->level == m_canvas->viewState().activeLevel()) {
                    m_canvas->select(*code);
                }
            });
    connect(m_selection, &WorkspaceSelection::zoomRequested, this, [this] {
        const render::MapScene* scene = m_canvas->mapScene();
        if (!scene) {
            return;
        }
        if (const auto id = m_selection->district()) {
            const model::District* district = plan() ? plan()->district(*id) : nullptr;
            if (district && m_canvas->viewState().focusCity &&
                *m_canvas->viewState().focusCity != district->hostCity) {
                m_canvas->drillInto(district->hostCity);
            }
            m_canvas->showDistrict(*id);
            return;
        }
        if (const auto code = m_selection->region()) {
            const geo::Region* region = scene->hierarchy().find(*code);
            if (!region) {
                return;
            }
            if (region->level == geo::RegionLevel::County &&
                m_canvas->viewState().activeLevel() != geo::RegionLevel::County) {
                m_canvas->drillInto(region->parentCode);
            }
            if (region->level == m_canvas->viewState().activeLevel()) {
                m_canvas->select(*code);
            }
            m_canvas->showRegion(*code);
        }
    });
}

PlanWorkspace* MainWindow::workspace() const {
    const auto it = m_workspaces.find(m_currentKey);
    return it == m_workspaces.end() ? nullptr : it->second.get();
}

model::Plan* MainWindow::plan() const {
    PlanWorkspace* space = workspace();
    return space ? space->active().plan.get() : nullptr;
}

geo::LabelLanguage MainWindow::language() const {
    return static_cast<geo::LabelLanguage>(m_languageBox->currentData().toInt());
}

Status MainWindow::openProvince(const QString& key) {
    if (!m_workspaces.contains(key)) {
        auto space = loadSampleWorkspace(m_mapsDirectory, key);
        if (!space) {
            m_provinceBox->setCurrentIndex(m_provinceBox->findData(m_currentKey));
            return space.error();
        }
        addDocument(key, QString(), std::move(space).value());
    }
    showDocument(key);
    return {};
}

Status MainWindow::openProjectFile(const QString& path) {
    const QString key = QFileInfo(path).absoluteFilePath();
    if (!m_workspaces.contains(key)) {
        auto space = loadProjectWorkspace(m_mapsDirectory, key);
        if (!space) {
            return space.error();
        }
        const QJsonObject settings = space.value()->openedSettings();
        addDocument(key, QFileInfo(key).fileName(), std::move(space).value());
        applyProjectSettings(settings);
    }
    showDocument(key);
    return {};
}

Status MainWindow::newPlan(const QString& province) {
    auto space = newPlanWorkspace(m_mapsDirectory, province);
    if (!space) {
        return space.error();
    }
    const QString key = QStringLiteral("untitled:%1").arg(++m_untitledCount);
    addDocument(key, tr("Untitled %1").arg(m_untitledCount), std::move(space).value());
    showDocument(key);
    return {};
}

Status MainWindow::restoreRecovered(const QString& recoveryFile, const QString& originalPath,
                                    const QString& name) {
    auto space = loadProjectWorkspace(m_mapsDirectory, recoveryFile);
    if (!space) {
        return space.error();
    }
    space.value()->setFilePath(originalPath);
    // Restored changes are not saved anywhere yet: the document says so until it is.
    space.value()->setSettingsModified();
    const QJsonObject settings = space.value()->openedSettings();
    const QString key = originalPath.isEmpty()
                            ? QStringLiteral("recovered:%1").arg(++m_untitledCount)
                            : QFileInfo(originalPath).absoluteFilePath();
    if (m_workspaces.contains(key)) {
        return Error{
            tr("\"%1\" is open already; close it before restoring its autosaved copy.").arg(name)};
    }
    addDocument(key, tr("%1 (recovered)").arg(name), std::move(space).value());
    applyProjectSettings(settings);
    showDocument(key);
    return {};
}

void MainWindow::addDocument(const QString& key, const QString& label,
                             std::unique_ptr<PlanWorkspace> space) {
    connect(space.get(), &PlanWorkspace::activeScenarioChanged, this,
            [this] { showActiveScenario(); });
    connect(space.get(), &PlanWorkspace::scenariosChanged, this, [this] { updateScenarioBox(); });
    connect(space.get(), &PlanWorkspace::modifiedChanged, this, [this] { updateTitle(); });
    PlanWorkspace* added = space.get();
    connect(space.get(), &PlanWorkspace::regionsReplaced, this, [this, added] {
        if (workspace() == added) {
            showRegions();
            refreshOverlays();
        }
    });
    m_workspaces.emplace(key, std::move(space));
    m_documentOrder.push_back(key);
    if (m_provinceBox->findData(key) < 0) {
        m_provinceBox->addItem(label, key);
    }
}

void MainWindow::showDocument(const QString& key) {
    if (!m_workspaces.contains(key)) {
        return;
    }
    m_currentKey = key;
    m_provinceBox->setCurrentIndex(m_provinceBox->findData(key));
    m_selection->setDistrict(std::nullopt);
    m_selection->setRegion(std::nullopt);
    showRegions();
    showActiveScenario();
    updateTrail();
    emit documentChanged();
}

void MainWindow::showRegions() {
    PlanWorkspace* space = workspace();
    m_canvas->setMapScene(space->scene());
    m_canvas->setContextLayers(space->contextLayers());
    for (const auto id : {render::MapLayerId::Rivers, render::MapLayerId::Towns}) {
        m_docks->layers()->setProvenance(id, space->contextLayers()->provenance(id));
    }
    m_docks->layers()->setProvenance(render::MapLayerId::Regions, space->boundaryDescription());
}

Status MainWindow::saveWorkspace(PlanWorkspace& space, const QString& path) {
    const QString oldKey = documentKey(space);
    if (const Status status = io::saveProject(space.contents(projectSettings()), path); !status) {
        return status.error();
    }
    space.setFilePath(path);
    space.markSaved();
    const QString newKey = QFileInfo(path).absoluteFilePath();
    if (newKey != oldKey) {
        // Saved under another name, the document is that file's from now on; a sample stays
        // available as it was bundled.
        auto node = m_workspaces.extract(oldKey);
        node.key() = newKey;
        m_workspaces.insert(std::move(node));
        std::replace(m_documentOrder.begin(), m_documentOrder.end(), oldKey, newKey);
        const int index = m_provinceBox->findData(oldKey);
        const bool sample = io::bundledProvinceKeys().contains(oldKey);
        if (index >= 0 && !sample) {
            m_provinceBox->removeItem(index);
        }
        m_provinceBox->addItem(QFileInfo(path).fileName(), newKey);
        if (m_currentKey == oldKey) {
            m_currentKey = newKey;
            m_provinceBox->setCurrentIndex(m_provinceBox->findData(newKey));
        }
    }
    updateTitle();
    emit documentChanged();
    return {};
}

std::vector<PlanWorkspace*> MainWindow::workspaces() const {
    std::vector<PlanWorkspace*> spaces;
    for (const QString& key : m_documentOrder) {
        spaces.push_back(m_workspaces.at(key).get());
    }
    return spaces;
}

QString MainWindow::documentKey(const PlanWorkspace& space) const {
    for (const auto& [key, candidate] : m_workspaces) {
        if (candidate.get() == &space) {
            return key;
        }
    }
    return {};
}

QString MainWindow::documentName(const PlanWorkspace& space) const {
    if (!space.filePath().isEmpty()) {
        return QFileInfo(space.filePath()).fileName();
    }
    const int index = m_provinceBox->findData(documentKey(space));
    return index >= 0 ? m_provinceBox->itemText(index) : tr("Untitled");
}

QJsonObject MainWindow::projectSettings() const {
    QJsonObject settings;
    settings.insert(QStringLiteral("symbology"), symbologyToJson(m_symbologyBar->symbology()));
    settings.insert(QStringLiteral("layers"), m_docks->layers()->layers().toText());
    settings.insert(QStringLiteral("language"), m_languageBox->currentData().toInt());
    settings.insert(QStringLiteral("overviewLevel"), m_levelBox->currentData().toInt());
    return settings;
}

void MainWindow::applyProjectSettings(const QJsonObject& settings) {
    if (settings.contains(QStringLiteral("symbology"))) {
        m_symbologyBar->setSymbology(
            symbologyFromJson(settings.value(QStringLiteral("symbology")).toObject()));
    }
    if (const auto layers =
            render::MapLayerStack::fromText(settings.value(QStringLiteral("layers")).toString())) {
        m_docks->layers()->setLayers(*layers);
        m_canvas->setLayers(*layers);
    }
    if (const int index =
            m_languageBox->findData(settings.value(QStringLiteral("language")).toInt());
        settings.contains(QStringLiteral("language")) && index >= 0) {
        setLabelLanguage(static_cast<geo::LabelLanguage>(m_languageBox->itemData(index).toInt()));
    }
    if (const int index =
            m_levelBox->findData(settings.value(QStringLiteral("overviewLevel")).toInt());
        settings.contains(QStringLiteral("overviewLevel")) && index >= 0) {
        m_levelBox->setCurrentIndex(index);
        m_canvas->setOverviewLevel(
            static_cast<geo::RegionLevel>(m_levelBox->currentData().toInt()));
    }
    updateTrail();
    refreshOverlays();
}

void MainWindow::setSymbology(const render::MapSymbology& symbology) {
    m_symbologyBar->setSymbology(symbology);
    refreshOverlays();
}

void MainWindow::createScenario(const QString& name) {
    if (PlanWorkspace* space = workspace()) {
        space->duplicateActive(name);
    }
}

void MainWindow::showScenario(int index) {
    if (PlanWorkspace* space = workspace()) {
        space->setActive(index);
    }
}

void MainWindow::showActiveScenario() {
    PlanWorkspace* space = workspace();
    if (!space) {
        return;
    }
    Scenario& shown = space->active();
    for (QUndoStack* stack : m_undoGroup->stacks()) {
        m_undoGroup->removeStack(stack);
    }
    for (int i = 0; i < space->scenarioCount(); ++i) {
        m_undoGroup->addStack(space->scenario(i).undoStack.get());
    }
    m_undoGroup->setActiveStack(shown.undoStack.get());
    // Each version's analysis refreshes itself on the plan's signals before these run.
    for (int i = 0; i < space->scenarioCount(); ++i) {
        Scenario& version = space->scenario(i);
        disconnect(version.analysis.get(), nullptr, this, nullptr);
        disconnect(version.plan.get(), nullptr, this, nullptr);
    }
    connect(shown.analysis.get(), &analysis::PlanAnalysis::analysisChanged, this,
            &MainWindow::refreshOverlays);
    connect(shown.plan.get(), &model::Plan::districtLinksChanged, this,
            &MainWindow::refreshOverlays);
    connect(shown.plan.get(), &model::Plan::districtRemoved, this, [this](model::DistrictId id) {
        if (m_selection->district() == id) {
            m_selection->setDistrict(std::nullopt);
        }
    });
    m_docks->setPlan(shown.plan.get(), shown.analysis.get(), shown.undoStack.get());
    m_docks->setLanguage(language());
    if (const auto id = m_selection->district(); id && !shown.plan->district(*id)) {
        m_selection->setDistrict(std::nullopt);
    }
    m_docks->inspector()->setDistrict(m_selection->district());
    m_docks->layers()->setProvenance(render::MapLayerId::Districts, shown.plan->info().source);
    m_docks->layers()->setProvenance(render::MapLayerId::Linkages, shown.plan->info().source);
    updateScenarioBox();
    refreshOverlays();
}

void MainWindow::updateScenarioBox() {
    PlanWorkspace* space = workspace();
    m_scenarioBox->clear();
    if (!space) {
        return;
    }
    m_scenarioBox->addItems(space->scenarioNames());
    m_scenarioBox->setCurrentIndex(space->activeIndex());
    m_deleteScenarioAction->setEnabled(space->activeIndex() > 0);
    m_compareAction->setEnabled(space->scenarioCount() > 1);
}

void MainWindow::refreshOverlays() {
    PlanWorkspace* space = workspace();
    if (!space) {
        return;
    }
    Scenario& shown = space->active();
    const render::MapViewState& view = m_canvas->viewState();
    m_overlays =
        render::buildOverlays(*shown.plan, *shown.analysis, *space->scene(),
                              m_symbologyBar->symbology(), view.activeLevel(), view.focusCity);
    m_canvas->setOverlays(m_overlays);
    m_symbologyBar->setCurrentBreaks(m_overlays.choropleth->classification().breaks());
    m_docks->legend()->setContent(
        render::legendContent(m_overlays.choropleth.get(), m_overlays.districts.get(), language()));
}

void MainWindow::compareScenarios() {
    PlanWorkspace* space = workspace();
    if (!space || space->scenarioCount() < 2) {
        return;
    }
    const int index = space->activeIndex() > 0 ? space->activeIndex() : space->scenarioCount() - 1;
    auto* dialog =
        new ScenarioComparisonDialog(*space, index, m_symbologyBar->symbology(),
                                     m_canvas->viewState().activeLevel(), language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateTrail() {
    const render::MapScene* scene = m_canvas->mapScene();
    if (!scene) {
        return;
    }
    const auto& state = m_canvas->viewState();
    const geo::LabelLanguage lang = language();
    const QString province = scene->hierarchy().province().name(lang);
    const geo::Region* city = state.focusCity ? scene->hierarchy().find(*state.focusCity) : nullptr;
    m_breadcrumb->setTrail(province, city ? city->name(lang) : QString());
    m_backAction->setEnabled(city != nullptr);
    m_levelBox->setEnabled(city == nullptr);
    updateTitle();
}

void MainWindow::updateTitle() {
    PlanWorkspace* space = workspace();
    const render::MapScene* scene = m_canvas->mapScene();
    if (!space || !scene) {
        setWindowTitle(tr("Agglomap"));
        return;
    }
    const geo::LabelLanguage lang = language();
    const auto& state = m_canvas->viewState();
    const QString province = scene->hierarchy().province().name(lang);
    const geo::Region* city = state.focusCity ? scene->hierarchy().find(*state.focusCity) : nullptr;
    const QString place = city ? tr("%1 › %2").arg(province, city->name(lang)) : province;
    // "[*]" is where Qt shows the unsaved-changes marker.
    setWindowTitle(tr("%1[*] — %2 — Agglomap").arg(documentName(*space), place));
    setWindowModified(space->isModified());
}

void MainWindow::updateScaleReadout() {
    // 1:N at the screen's physical resolution, as QGIS reports it.
    const double dpi = screen() ? screen()->physicalDotsPerInch() : 96.0;
    const double denominator = m_canvas->metresPerPixel() * dpi / 0.0254;
    m_scaleLabel->setText(tr("Scale 1:%L1").arg(qRound64(denominator / 1000.0) * 1000));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_projectActions->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile()) {
        return;
    }
    event->acceptProposedAction();
    const QString path = urls.front().toLocalFile();
    // The drop's event loop must finish before a dialog opens.
    QTimer::singleShot(0, this, [this, path] {
        if (const Status status = m_projectActions->open(path); !status) {
            QMessageBox::warning(this, tr("Cannot open the file"), status.error().message);
        }
    });
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_symbologyBar->setSymbology(readSymbology(settings));
    if (const auto layers = render::MapLayerStack::fromText(
            settings.value(QStringLiteral("map/layers")).toString())) {
        m_docks->layers()->setLayers(*layers);
        m_canvas->setLayers(*layers);
    } else {
        m_canvas->setLayers(m_docks->layers()->layers());
    }
    applyPreferences(AppPreferences::load(settings));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    writeSymbology(settings, m_symbologyBar->symbology());
    settings.setValue(QStringLiteral("map/layers"), m_docks->layers()->layers().toText());
    settings.setValue(QStringLiteral("map/language"), m_languageBox->currentData());
}

} // namespace agglomap::widgets
