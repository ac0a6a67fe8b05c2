#include "ui/widgets/window_fixture.h"
#include "widgets/help/help_actions.h"
#include "widgets/help/keyboard_shortcuts.h"
#include "widgets/help/shortcuts_dialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include <algorithm>

using namespace agglomap;
using widgets::ShortcutsDialog;

namespace {

class ShortcutsDialogTest : public test::WindowTest {
protected:
    ShortcutsDialog* open() const {
        m_window->helpActions()->shortcutsAction()->trigger();
        return m_window->helpActions()->shortcutsDialog();
    }
    static QString native(const QKeySequence& keys) {
        return keys.toString(QKeySequence::NativeText);
    }
    static QString row(const QString& group, const QString& action, const QKeySequence& keys) {
        return QStringLiteral("%1|%2|%3").arg(group, action, native(keys));
    }
    static void filter(ShortcutsDialog& dialog, const QString& text) {
        dialog.findChild<QLineEdit*>(QStringLiteral("shortcutFilter"))->setText(text);
    }
};

} // namespace

TEST_F(ShortcutsDialogTest, ListsTheWindowsActionsByMenu) {
    ShortcutsDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QStringList rows = dialog->visibleRows();
    // Undo lists the platform's other keys after Ctrl+Z.
    const QString undo =
        row(QStringLiteral("Edit"), QStringLiteral("Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z));
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [&undo](const QString& line) {
        return line == undo || line.startsWith(undo + QStringLiteral(", "));
    })) << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(rows.contains(
        row(QStringLiteral("File"), QStringLiteral("Save"), QKeySequence(Qt::CTRL | Qt::Key_S))));
    EXPECT_TRUE(rows.contains(row(QStringLiteral("Help"), QStringLiteral("Keyboard Shortcuts"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Slash))));
    // An action with several shortcuts shows them all.
    const QString back = native(QKeySequence::Back);
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [&back](const QString& line) {
        return line.startsWith(QStringLiteral("View|Back to Province|")) && line.contains(back) &&
               line.contains(QStringLiteral("Backspace"));
    }));
}

TEST_F(ShortcutsDialogTest, TheFilterNarrowsTheListToMatchingActionsOrKeys) {
    ShortcutsDialog* dialog = open();
    const qsizetype all = dialog->visibleRows().size();

    filter(*dialog, native(QKeySequence(Qt::CTRL | Qt::Key_S)));
    EXPECT_EQ(dialog->visibleRows(), QStringList{row(QStringLiteral("File"), QStringLiteral("Save"),
                                                     QKeySequence(Qt::CTRL | Qt::Key_S))});

    filter(*dialog, QStringLiteral("export"));
    const QStringList exports = dialog->visibleRows();
    EXPECT_GE(exports.size(), 2);
    EXPECT_LT(exports.size(), all);
    for (const QString& line : exports) {
        EXPECT_TRUE(line.contains(QStringLiteral("Export"))) << line.toStdString();
    }

    filter(*dialog, QString());
    EXPECT_EQ(dialog->visibleRows().size(), all);
}

TEST_F(ShortcutsDialogTest, ShowsActionsThatOnlyAToolbarOffersAndNewOnesWhenOpenedAgain) {
    ShortcutsDialog* dialog = open();
    auto* bar = m_window->addToolBar(QStringLiteral("Measure"));
    QAction* measure = bar->addAction(QStringLiteral("&Measure Distance"));
    measure->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    QAction* extra =
        m_window->menuBar()->actions().first()->menu()->addAction(QStringLiteral("Print…"));
    extra->setShortcut(QKeySequence::Print);
    dialog->close();

    EXPECT_EQ(open(), dialog);
    const QStringList rows = dialog->visibleRows();
    EXPECT_TRUE(rows.contains(
        row(QStringLiteral("Measure"), QStringLiteral("Measure Distance"), measure->shortcut())));
    EXPECT_TRUE(
        rows.contains(row(QStringLiteral("File"), QStringLiteral("Print"), QKeySequence::Print)));
}

TEST(PlainActionText, DropsMnemonicsAndEllipsisButKeepsLiteralAmpersands) {
    EXPECT_EQ(widgets::plainActionText(QStringLiteral("Save &As…")), QStringLiteral("Save As"));
    EXPECT_EQ(widgets::plainActionText(QStringLiteral("&Open...")), QStringLiteral("Open"));
    EXPECT_EQ(widgets::plainActionText(QStringLiteral("导出地图(&E)…")),
              QStringLiteral("导出地图"));
    EXPECT_EQ(widgets::plainActionText(QStringLiteral("Roads && Rail")),
              QStringLiteral("Roads & Rail"));
}
