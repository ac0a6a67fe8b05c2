#include "widgets/project/project_actions.h"

#include "commands/import_commands.h"
#include "io/project/project_file.h"
#include "widgets/import/import_dialog.h"
#include "widgets/main_window.h"
#include "widgets/plan_workspace.h"
#include "widgets/preferences/app_preferences.h"
#include "widgets/project/boundary_replacement_dialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace agglomap::widgets {

namespace {

const QString kRecentKey = QStringLiteral("files/recent");
constexpr int kRecentCount = 10;
constexpr int kMillisecondsPerMinute = 60 * 1000;

QStringList dataSuffixes() {
    return {QStringLiteral("csv"),  QStringLiteral("xlsx"),    QStringLiteral("ods"),
            QStringLiteral("json"), QStringLiteral("geojson"), QStringLiteral("shp"),
            QStringLiteral("gpkg")};
}

} // namespace

ProjectActions::ProjectActions(MainWindow& window, RecoveryStore recovery)
    : QObject(&window)
    , m_window(window)
    , m_recovery(std::move(recovery)) {
    createActions();
    m_autosaveTimer = new QTimer(this);
    setAutosaveMinutes(AppPreferences::load(QSettings()).autosaveMinutes);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ProjectActions::autosaveNow);
    connect(&m_window, &MainWindow::documentChanged, this, &ProjectActions::updateActions);
    updateActions();
}

void ProjectActions::createActions() {
    m_new = new QAction(tr("&New Plan…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Start an empty plan on a province's boundaries"));
    connect(m_new, &QAction::triggered, this, &ProjectActions::newPlan);

    m_open = new QAction(tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &ProjectActions::openWithDialog);

    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });

    m_importData = new QAction(tr("&Import Data…"), this);
    m_importData->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importData->setToolTip(
        tr("Districts and statistics from CSV, Excel, ODS, GeoJSON, Shapefile or GeoPackage"));
    connect(m_importData, &QAction::triggered, this, &ProjectActions::importDataWithDialog);
    m_replaceBoundaries = new QAction(tr("Replace &Boundaries…"), this);
    m_replaceBoundaries->setToolTip(
        tr("Put official boundaries in place of the bundled ones, matched by administrative code"));
    connect(m_replaceBoundaries, &QAction::triggered, this,
            &ProjectActions::replaceBoundariesWithDialog);

    m_samplesMenu = new QMenu(tr("Open &Sample Plan"), &m_window);
    m_samplesMenu->addAction(tr("Henan 河南 (2009)"), this, [this] {
        if (const Status status = m_window.openProvince(QStringLiteral("henan")); !status) {
            report(tr("Cannot open the sample plan"), status.error());
        }
    });
    m_samplesMenu->addAction(tr("Ningxia 宁夏 (2008)"), this, [this] {
        if (const Status status = m_window.openProvince(QStringLiteral("ningxia")); !status) {
            report(tr("Cannot open the sample plan"), status.error());
        }
    });
    m_recentMenu = new QMenu(tr("Open &Recent"), &m_window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ProjectActions::updateRecentMenu);
    updateRecentMenu();
}

void ProjectActions::updateActions() {
    const bool open = m_window.workspace() != nullptr;
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    m_importData->setEnabled(open);
    m_replaceBoundaries->setEnabled(open);
}

void ProjectActions::report(const QString& title, const Error& error) {
    if (m_reporter) {
        m_reporter(error.message);
        return;
    }
    QMessageBox::warning(&m_window, title, error.message);
}

QMessageBox::StandardButton ProjectActions::ask(const QString& text,
                                                QMessageBox::StandardButtons buttons) {
    if (m_question) {
        return m_question(text);
    }
    return QMessageBox::question(&m_window, tr("Agglomap"), text, buttons);
}

void ProjectActions::newPlan() {
    const QStringList provinces = {tr("Henan 河南"), tr("Ningxia 宁夏")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        &m_window, tr("New Plan"), tr("Boundaries of the province:"), provinces, 0, false, &ok);
    if (!ok) {
        return;
    }
    const QString key =
        chosen == provinces[0] ? QStringLiteral("henan") : QStringLiteral("ningxia");
    if (const Status status = m_window.newPlan(key); !status) {
        report(tr("Cannot start a new plan"), status.error());
    }
}

Status ProjectActions::open(const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile()) {
        return Error{tr("%1: the file does not exist.").arg(QDir::toNativeSeparators(path))};
    }
    if (io::isProjectFile(path)) {
        if (const Status status = m_window.openProjectFile(path); !status) {
            return status;
        }
        addRecent(info.absoluteFilePath());
        return {};
    }
    if (!dataSuffixes().contains(info.suffix().toLower())) {
        return Error{tr("%1: is neither an Agglomap plan nor a data file Agglomap imports "
                        "(CSV, XLSX, ODS, GeoJSON, Shapefile, GeoPackage).")
                         .arg(QDir::toNativeSeparators(path))};
    }
    importData(path);
    return {};
}

void ProjectActions::openWithDialog() {
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Open Plan"),
        QSettings().value(QStringLiteral("files/lastFolder")).toString(),
        tr("Agglomap plans (*.gpkg);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
    if (const Status status = open(path); !status) {
        report(tr("Cannot open the plan"), status.error());
    }
}

Status ProjectActions::saveTo(PlanWorkspace& space, const QString& path) {
    if (const Status status = m_window.saveWorkspace(space, path); !status) {
        return status;
    }
    m_recovery.discard(m_window.documentKey(space));
    addRecent(QFileInfo(path).absoluteFilePath());
    m_window.statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return {};
}

bool ProjectActions::save() {
    PlanWorkspace* space = m_window.workspace();
    if (!space) {
        return false;
    }
    if (space->filePath().isEmpty()) {
        return saveAs();
    }
    if (const Status status = saveTo(*space, space->filePath()); !status) {
        report(tr("Cannot save the plan"), status.error());
        return false;
    }
    return true;
}

bool ProjectActions::saveAs() {
    PlanWorkspace* space = m_window.workspace();
    if (!space) {
        return false;
    }
    const QString folder = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    const QString stem = space->province().isEmpty() ? QStringLiteral("plan")
                                                     : space->province() + QStringLiteral("-plan");
    const QString suggested = space->filePath().isEmpty()
                                  ? QDir(folder).filePath(stem + QStringLiteral(".gpkg"))
                                  : space->filePath();
    QString path = m_chooseSavePath
                       ? m_chooseSavePath(suggested)
                       : QFileDialog::getSaveFileName(&m_window, tr("Save Plan As"), suggested,
                                                      tr("Agglomap plans (*.gpkg)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".gpkg");
    }
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
    if (const Status status = saveTo(*space, path); !status) {
        report(tr("Cannot save the plan"), status.error());
        return false;
    }
    return true;
}

void ProjectActions::importData(const QString& path) {
    PlanWorkspace* space = m_window.workspace();
    if (!space) {
        return;
    }
    Scenario& version = space->active();
    ImportDialog dialog(*version.plan, path, m_window.labelLanguage(), &m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome()) {
        return;
    }
    const Status status = commands::importDistricts(*version.undoStack, *version.plan,
                                                    *dialog.outcome(), QFileInfo(path).fileName());
    if (!status) {
        report(tr("Cannot import the data"), status.error());
        return;
    }
    m_window.statusBar()->showMessage(version.undoStack->text(version.undoStack->index() - 1),
                                      8000);
}

void ProjectActions::importDataWithDialog() {
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Import Data"),
        QSettings().value(QStringLiteral("files/lastFolder")).toString(),
        tr("Data files (*.csv *.xlsx *.ods *.geojson *.json *.shp *.gpkg);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
    importData(path);
}

void ProjectActions::replaceBoundariesWithDialog() {
    if (PlanWorkspace* space = m_window.workspace()) {
        BoundaryReplacementDialog dialog(m_window, *space);
        dialog.exec();
    }
}

QStringList ProjectActions::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void ProjectActions::addRecent(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kRecentCount) {
        files.removeLast();
    }
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void ProjectActions::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (const Status status = open(path); !status) {
                report(tr("Cannot open the plan"), status.error());
            }
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(kRecentKey);
        updateRecentMenu();
    });
}

void ProjectActions::setAutosaveMinutes(int minutes) {
    if (minutes <= 0) {
        m_autosaveTimer->stop();
        return;
    }
    m_autosaveTimer->start(std::min(minutes, AppPreferences::kMaximumAutosaveMinutes) *
                           kMillisecondsPerMinute);
}

int ProjectActions::autosaveMinutes() const {
    return m_autosaveTimer->isActive() ? m_autosaveTimer->interval() / kMillisecondsPerMinute : 0;
}

void ProjectActions::autosaveNow() {
    for (PlanWorkspace* space : m_window.workspaces()) {
        const QString key = m_window.documentKey(*space);
        if (!space->isModified()) {
            m_recovery.discard(key);
            continue;
        }
        const RecoveryStore::Entry entry{key,
                                         space->filePath(),
                                         m_window.documentName(*space),
                                         QDateTime::currentDateTime(),
                                         {}};
        if (const Status status =
                m_recovery.write(space->contents(m_window.projectSettings()), entry);
            !status) {
            m_window.statusBar()->showMessage(tr("Autosave failed: %1").arg(status.error().message),
                                              10000);
        }
    }
}

int ProjectActions::offerRecovery() {
    int restored = 0;
    for (const RecoveryStore::Entry& entry : m_recovery.entries()) {
        const QString text =
            tr("Agglomap closed without saving the changes to \"%1\". An autosaved copy from %2 "
               "was kept.\n\nRestore it? (No discards the copy.)")
                .arg(entry.name, QLocale().toString(entry.saved, QLocale::ShortFormat));
        const auto answer = ask(text, QMessageBox::Yes | QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            if (const Status status =
                    m_window.restoreRecovered(entry.recoveryFile, entry.filePath, entry.name);
                !status) {
                report(tr("Cannot restore the autosaved copy"), status.error());
                continue;
            }
            ++restored;
        }
        m_recovery.discard(entry.documentKey);
    }
    return restored;
}

bool ProjectActions::confirmClose() {
    for (PlanWorkspace* space : m_window.workspaces()) {
        if (!space->isModified()) {
            continue;
        }
        m_window.showDocument(m_window.documentKey(*space));
        const auto answer = ask(tr("\"%1\" has unsaved changes. Save them before closing?")
                                    .arg(m_window.documentName(*space)),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel) {
            return false;
        }
        if (answer == QMessageBox::Save && !save()) {
            return false;
        }
    }
    m_recovery.discardAll();
    return true;
}

} // namespace agglomap::widgets
