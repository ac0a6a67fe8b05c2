#include "widgets/help/help_actions.h"

#include "widgets/help/about_dialog.h"
#include "widgets/help/first_run_guide.h"
#include "widgets/help/shortcuts_dialog.h"
#include "widgets/help/user_guide_location.h"
#include "widgets/help/user_guide_window.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>

namespace agglomap::widgets {

HelpActions::HelpActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_docsDirectory(defaultDocsDirectory()) {
    m_menu = new QMenu(&window);
    m_menu->setObjectName(QStringLiteral("helpMenu"));

    m_userGuide = m_menu->addAction(QString(), this, &HelpActions::showUserGuide);
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_gettingStarted = m_menu->addAction(QString(), this, &HelpActions::showGuide);
    m_gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    m_shortcuts = m_menu->addAction(QString(), this, &HelpActions::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    // Ctrl+/ is where many desktop applications list their shortcuts.
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_menu->addSeparator();
    m_about = m_menu->addAction(QString(), this, &HelpActions::showAbout);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_menu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    setTexts();
}

void HelpActions::setTexts() {
    m_menu->setTitle(tr("&Help"));
    m_userGuide->setText(tr("&User Guide"));
    m_userGuide->setToolTip(tr("Open the user guide in a window beside the map"));
    m_gettingStarted->setText(tr("&Getting Started"));
    m_gettingStarted->setToolTip(tr("Show the short guide to the main actions again"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Agglomap"));
    m_aboutQt->setText(tr("About &Qt"));
}

void HelpActions::showGuideIfFirstRun() {
    if (!QSettings().value(QLatin1String(kGuideDismissedKey), false).toBool()) {
        showGuide();
    }
}

void HelpActions::showGuide() {
    if (!m_guide) {
        m_guide = new FirstRunGuide(m_window);
        connect(m_guide, &FirstRunGuide::dismissed, this, [](bool dontShowAgain) {
            QSettings().setValue(QLatin1String(kGuideDismissedKey), dontShowAgain);
        });
    }
    m_guide->start();
}

void HelpActions::showUserGuide() {
    if (!m_userGuideWindow) {
        m_userGuideWindow = new UserGuideWindow(m_docsDirectory, &m_window);
    }
    m_userGuideWindow->showGuide();
}

void HelpActions::showShortcuts() {
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(m_window, &m_window);
    } else {
        m_shortcutsDialog->refresh();
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void HelpActions::showAbout() {
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(m_window.mapsDirectory(), &m_window);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

FirstRunGuide* HelpActions::guide() const {
    return m_guide;
}

UserGuideWindow* HelpActions::userGuideWindow() const {
    return m_userGuideWindow;
}

ShortcutsDialog* HelpActions::shortcutsDialog() const {
    return m_shortcutsDialog;
}

AboutDialog* HelpActions::aboutDialog() const {
    return m_aboutDialog;
}

void HelpActions::setDocsDirectory(const QString& directory) {
    m_docsDirectory = directory;
    if (m_userGuideWindow) {
        m_userGuideWindow->setDocsDirectory(directory);
    }
}

} // namespace agglomap::widgets
