#include "widgets/help/keyboard_shortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QToolBar>

namespace agglomap::widgets {

namespace {

class ShortcutCollector {
public:
    void addMenu(const QMenu& menu, const QString& group) {
        for (QAction* action : menu.actions()) {
            if (action->isSeparator()) {
                continue;
            }
            if (const QMenu* submenu = action->menu()) {
                addMenu(*submenu,
                        QStringLiteral("%1 › %2").arg(group, plainActionText(submenu->title())));
            } else {
                add(*action, group);
            }
        }
    }

    void add(QAction& action, const QString& group) {
        if (action.shortcuts().isEmpty() || m_seen.contains(&action)) {
            return;
        }
        m_seen.insert(&action);
        QStringList keys;
        for (const QKeySequence& sequence : action.shortcuts()) {
            keys << sequence.toString(QKeySequence::NativeText);
        }
        const QString text = plainActionText(action.text());
        const QString tip = plainActionText(action.toolTip());
        m_entries.append({group, text, keys.join(QStringLiteral(", ")),
                          tip == text ? QString() : action.toolTip()});
    }

    [[nodiscard]] QList<ShortcutEntry> entries() const { return m_entries; }

private:
    QSet<const QAction*> m_seen;
    QList<ShortcutEntry> m_entries;
};

} // namespace

QString plainActionText(QString text) {
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    // Chinese and Japanese put the mnemonic after the text: "保存(&S)".
    static const QRegularExpression trailingMnemonic(QStringLiteral(R"(\s*\(&[^&)]\))"));
    text.remove(trailingMnemonic);
    static const QRegularExpression mnemonic(QStringLiteral("&(.)"));
    text.replace(mnemonic, QStringLiteral("\\1"));
    for (const QString& ellipsis : {QStringLiteral("…"), QStringLiteral("...")}) {
        if (text.endsWith(ellipsis)) {
            text.chop(ellipsis.size());
        }
    }
    return text.trimmed();
}

QList<ShortcutEntry> collectShortcuts(const QMainWindow& window) {
    ShortcutCollector collector;
    if (const QMenuBar* bar = window.menuBar()) {
        for (QAction* action : bar->actions()) {
            if (const QMenu* menu = action->menu()) {
                collector.addMenu(*menu, plainActionText(menu->title()));
            }
        }
    }
    // Only the window's own toolbars: windows it owns (the user guide) have theirs.
    for (QToolBar* toolBar : window.findChildren<QToolBar*>(Qt::FindDirectChildrenOnly)) {
        for (QAction* action : toolBar->actions()) {
            collector.add(*action, plainActionText(toolBar->windowTitle()));
        }
    }
    for (QAction* action : window.actions()) {
        collector.add(*action,
                      QCoreApplication::translate("agglomap::widgets::ShortcutsDialog", "Window"));
    }
    return collector.entries();
}

} // namespace agglomap::widgets
