#pragma once

#include <QList>
#include <QString>

class QMainWindow;

namespace agglomap::widgets {

// One action that has a keyboard shortcut, as the Keyboard Shortcuts dialog lists it.
struct ShortcutEntry {
    QString group;   // the menu it is in ("View › Panels"), or the toolbar that alone shows it
    QString action;  // its text without mnemonics or ellipsis: "Save As"
    QString keys;    // every shortcut in the platform's notation: "Ctrl+Y, Ctrl+Shift+Z"
    QString toolTip; // what the action does, where it says more than its text
};

// Every action of `window` with a shortcut: the menus from left to right, depth first, then
// actions only a toolbar shows, then those only the window holds. Read from the live window,
// so it is always what the keys do now.
[[nodiscard]] QList<ShortcutEntry> collectShortcuts(const QMainWindow& window);

// An action's or menu's text as a list shows it: "&Save As…" → "Save As".
[[nodiscard]] QString plainActionText(QString text);

} // namespace agglomap::widgets
