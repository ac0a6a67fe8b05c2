// The Preferences dialog's effect on the window.
#include "widgets/choropleth_toolbar.h"
#include "widgets/inspector/district_inspector.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/preferences/app_preferences.h"
#include "widgets/preferences/preferences_dialog.h"
#include "widgets/project/project_actions.h"
#include "widgets/workspace_docks.h"

#include <QComboBox>
#include <QSettings>

namespace agglomap::widgets {

void MainWindow::showPreferences() {
    AppPreferences current = AppPreferences::load(QSettings());
    current.labelLanguage = language();
    PreferencesDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const AppPreferences chosen = dialog.preferences();
    QSettings settings;
    chosen.save(settings);
    applyPreferences(chosen);
}

void MainWindow::applyPreferences(const AppPreferences& preferences) {
    setLabelLanguage(preferences.labelLanguage);
    m_docks->inspector()->setAreaUnit(preferences.areaUnit);
    m_projectActions->setAutosaveMinutes(preferences.autosaveMinutes);
    // The export dialogs need nothing here: they start from the saved preferences each time
    // they open. The interface language is installed at start (interface_translation.h).
}

void MainWindow::setLabelLanguage(geo::LabelLanguage labels) {
    m_languageBox->setCurrentIndex(m_languageBox->findData(static_cast<int>(labels)));
    // The box and the preference are one setting: whichever changes it, both read the same.
    QSettings settings;
    saveLabelLanguage(settings, labels);
    m_canvas->setLabelLanguage(labels);
    m_docks->setLanguage(labels);
    m_symbologyBar->setLanguage(labels);
    updateTrail();
    refreshOverlays();
}

} // namespace agglomap::widgets
