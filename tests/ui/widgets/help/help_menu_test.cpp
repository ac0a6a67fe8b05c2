#include "ui/widgets/window_fixture.h"
#include "widgets/help/help_actions.h"
#include "widgets/help/keyboard_shortcuts.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

using namespace agglomap;
using HelpMenu = test::WindowTest;

TEST_F(HelpMenu, IsTheLastMenuWithTheHelpActionsInOrder) {
    const QList<QAction*> menus = m_window->menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    const QMenu* help = menus.last()->menu();
    ASSERT_EQ(help, m_window->helpActions()->menu());
    EXPECT_EQ(widgets::plainActionText(help->title()), QStringLiteral("Help"));

    QStringList items;
    for (const QAction* action : help->actions()) {
        items << (action->isSeparator() ? QStringLiteral("-")
                                        : widgets::plainActionText(action->text()));
    }
    EXPECT_EQ(items, (QStringList{QStringLiteral("User Guide"), QStringLiteral("Getting Started"),
                                  QStringLiteral("Keyboard Shortcuts"), QStringLiteral("-"),
                                  QStringLiteral("About Agglomap"), QStringLiteral("About Qt")}));
}

TEST_F(HelpMenu, UserGuideIsOnF1AndShortcutsOnCtrlSlash) {
    const widgets::HelpActions* help = m_window->helpActions();
    EXPECT_EQ(help->userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    EXPECT_EQ(help->userGuideAction()->shortcut(), QKeySequence(Qt::Key_F1));
    EXPECT_EQ(help->shortcutsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
}

TEST_F(HelpMenu, ItsShortcutsAreTakenByNoOtherAction) {
    const widgets::HelpActions* help = m_window->helpActions();
    for (const QAction* own : {help->userGuideAction(), help->shortcutsAction()}) {
        for (const QAction* other : m_window->findChildren<QAction*>()) {
            if (other != own) {
                EXPECT_FALSE(other->shortcuts().contains(own->shortcut()))
                    << other->text().toStdString() << " also takes "
                    << own->shortcut().toString().toStdString();
            }
        }
    }
}
