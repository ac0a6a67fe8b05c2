#pragma once

#include "widgets/preferences/app_preferences.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace agglomap::widgets {

// Edit › Preferences: the settings a planner chooses once, in sections as desktop GIS keep
// them (General, Map, Export, Files): languages, the unit areas are shown in, where exports
// start, and how often unsaved work is copied for recovery. It edits a copy: OK hands back what
// was chosen, Cancel leaves everything as it was, Restore Defaults fills in the defaults.
class PreferencesDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(PreferencesDialog)

public:
    enum class Section { General, Map, Export, Files };

    // `system` is the locale "System default" resolves against (shown in its entry).
    explicit PreferencesDialog(const AppPreferences& preferences, QWidget* parent = nullptr,
                               const QLocale& system = QLocale::system());

    // What the fields say now.
    [[nodiscard]] AppPreferences preferences() const;
    void setPreferences(const AppPreferences& preferences);
    void restoreDefaults();

    void showSection(Section section);
    [[nodiscard]] Section currentSection() const;
    [[nodiscard]] QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QWidget* createGeneralPage();
    QWidget* createMapPage();
    QWidget* createExportPage();
    QWidget* createFilesPage();
    void updateRestartNote();

    // The interface language the window runs in now, to tell when a change needs a restart.
    InterfaceLanguage m_runningLanguage;
    QLocale m_system;
    QListWidget* m_sections = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_interfaceLanguage = nullptr;
    QLabel* m_restartNote = nullptr;
    QComboBox* m_labelLanguage = nullptr;
    QComboBox* m_areaUnit = nullptr;
    QSpinBox* m_exportDpi = nullptr;
    QComboBox* m_exportPageSize = nullptr;
    QSpinBox* m_autosave = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace agglomap::widgets
