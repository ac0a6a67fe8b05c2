#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace agglomap::widgets {

// Help › Keyboard Shortcuts: every action of the window that has a shortcut, grouped by menu,
// with a filter box. Read from the window each time it is shown, so it is always current.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMainWindow& window, QWidget* parent = nullptr);

    // Reads the window's actions again.
    void refresh();
    // The rows the filter lets through, as "group|action|keys" lines (for tests and copying).
    [[nodiscard]] QStringList visibleRows() const;

private:
    void showGroups();

    const QMainWindow& m_window;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    QLineEdit* m_filterBox = nullptr;
};

} // namespace agglomap::widgets
