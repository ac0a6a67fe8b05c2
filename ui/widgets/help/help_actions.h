#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace agglomap::widgets {

class AboutDialog;
class FirstRunGuide;
class MainWindow;
class ShortcutsDialog;
class UserGuideWindow;

// The Help menu: the user guide, the first-run guide, keyboard shortcuts and the About box.
// Each window it opens is made once and shown again on later requests.
class HelpActions : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(HelpActions)

public:
    explicit HelpActions(MainWindow& window);

    [[nodiscard]] QMenu* menu() const { return m_menu; }
    // Shows the short guide to the main actions unless the planner has dismissed it before.
    void showGuideIfFirstRun();
    // Help › Getting Started: the guide from its first step, whatever was chosen before.
    void showGuide();
    void showUserGuide();
    void showShortcuts();
    void showAbout();

    // Where the user guide is looked for; by default where Agglomap installs it.
    void setDocsDirectory(const QString& directory);

    [[nodiscard]] QAction* userGuideAction() const { return m_userGuide; }
    [[nodiscard]] QAction* gettingStartedAction() const { return m_gettingStarted; }
    [[nodiscard]] QAction* shortcutsAction() const { return m_shortcuts; }
    [[nodiscard]] QAction* aboutAction() const { return m_about; }
    [[nodiscard]] QAction* aboutQtAction() const { return m_aboutQt; }
    // The windows made so far; nullptr before first use.
    [[nodiscard]] FirstRunGuide* guide() const;
    [[nodiscard]] UserGuideWindow* userGuideWindow() const;
    [[nodiscard]] ShortcutsDialog* shortcutsDialog() const;
    [[nodiscard]] AboutDialog* aboutDialog() const;

    // The setting that records that the planner closed the guide with "Don't show this again".
    static constexpr const char* kGuideDismissedKey = "help/guideDismissed";

private:
    void setTexts();

    MainWindow& m_window;
    QString m_docsDirectory;
    QMenu* m_menu = nullptr;
    QAction* m_userGuide = nullptr;
    QAction* m_gettingStarted = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QPointer<FirstRunGuide> m_guide;
    QPointer<UserGuideWindow> m_userGuideWindow;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace agglomap::widgets
