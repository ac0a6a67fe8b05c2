#pragma once

#include "util/result.h"
#include "util/status.h"
#include "widgets/project/recovery_store.h"

#include <QMessageBox>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QTimer;

namespace agglomap::widgets {

class MainWindow;
class PlanWorkspace;

// The window's File commands for documents: new, open (files, samples, recent), save, save as,
// import of data and boundaries, autosave with recovery after a crash, and the question about
// unsaved changes on close. Kept apart from MainWindow, which places the actions in its menus.
class ProjectActions : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(ProjectActions)

public:
    explicit ProjectActions(MainWindow& window, RecoveryStore recovery = RecoveryStore());

    [[nodiscard]] QAction* newAction() const { return m_new; }
    [[nodiscard]] QAction* openAction() const { return m_open; }
    [[nodiscard]] QAction* saveAction() const { return m_save; }
    [[nodiscard]] QAction* saveAsAction() const { return m_saveAs; }
    [[nodiscard]] QAction* importDataAction() const { return m_importData; }
    [[nodiscard]] QAction* replaceBoundariesAction() const { return m_replaceBoundaries; }
    [[nodiscard]] QMenu* samplesMenu() const { return m_samplesMenu; }
    [[nodiscard]] QMenu* recentMenu() const { return m_recentMenu; }

    // Opens a project file, or imports a data file into the plan shown (a dialog asks how).
    [[nodiscard]] Status open(const QString& path);
    // Saves the plan shown: to its file, or where the user chooses if it has none. False when
    // the user cancelled or the save failed (the user has been told why).
    bool save();
    bool saveAs();
    [[nodiscard]] Status saveTo(PlanWorkspace& space, const QString& path);
    [[nodiscard]] QStringList recentFiles() const;

    // Every document with unsaved changes is copied to the recovery folder; the copies of
    // documents without them are removed.
    void autosaveNow();
    // How often autosaveNow runs; 0 stops it. Restarts the interval from now.
    void setAutosaveMinutes(int minutes);
    [[nodiscard]] int autosaveMinutes() const;
    [[nodiscard]] const RecoveryStore& recovery() const { return m_recovery; }
    // Offers to restore what the recovery folder holds (left by a crash); returns how many
    // documents were restored.
    int offerRecovery();

    // Asks about each document with unsaved changes (save, discard or cancel). True when the
    // window may close; the recovery copies are then removed.
    bool confirmClose();

    // For tests and scripted use: what the questions answer, and where Save As saves.
    using Question = std::function<QMessageBox::StandardButton(const QString& text)>;
    void setQuestion(Question question) { m_question = std::move(question); }
    using Reporter = std::function<void(const QString& message)>;
    void setReporter(Reporter reporter) { m_reporter = std::move(reporter); }
    using SavePathChooser = std::function<QString(const QString& suggested)>;
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

private:
    void createActions();
    void newPlan();
    void openWithDialog();
    void importData(const QString& path);
    void importDataWithDialog();
    void replaceBoundariesWithDialog();
    void addRecent(const QString& path);
    void updateRecentMenu();
    void updateActions();
    void report(const QString& title, const Error& error);
    [[nodiscard]] QMessageBox::StandardButton ask(const QString& text,
                                                  QMessageBox::StandardButtons buttons);

    MainWindow& m_window;
    RecoveryStore m_recovery;
    QTimer* m_autosaveTimer = nullptr;
    Question m_question;
    Reporter m_reporter;
    SavePathChooser m_chooseSavePath;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_importData = nullptr;
    QAction* m_replaceBoundaries = nullptr;
    QMenu* m_samplesMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace agglomap::widgets
