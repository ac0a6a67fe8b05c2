#include "widgets/help/shortcuts_dialog.h"

#include "widgets/help/keyboard_shortcuts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace agglomap::widgets {

namespace {

// Matches an action by its name, menu or keys. Keys match whole: "Ctrl+S" finds Save, not
// every Ctrl+Shift shortcut; "Ctrl+Shift+" or "Shift" find all that contain them.
class ShortcutFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text) {
        m_text = text.trimmed();
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (m_text.isEmpty()) {
            return true;
        }
        const QString name = sourceModel()->index(row, 0, parent).data().toString();
        if (name.contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
        const QString keys = sourceModel()->index(row, 1, parent).data().toString();
        const bool partialKey =
            !m_text.contains(QLatin1Char('+')) || m_text.endsWith(QLatin1Char('+'));
        for (const QString& key : keys.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (key.compare(m_text, Qt::CaseInsensitive) == 0 ||
                (partialKey && key.contains(m_text, Qt::CaseInsensitive))) {
                return true;
            }
        }
        return false;
    }

private:
    QString m_text;
};

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMainWindow& window, QWidget* parent)
    : QDialog(parent)
    , m_window(window) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filterBox = new QLineEdit(this);
    m_filterBox->setObjectName(QStringLiteral("shortcutFilter"));
    m_filterBox->setPlaceholderText(tr("Filter by action or key, e.g. \"export\" or \"Ctrl+S\""));
    m_filterBox->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(this);
    auto* filter = new ShortcutFilter(this);
    m_filter = filter;
    m_filter->setSourceModel(m_model);
    // A match shows its menu; a menu's name shows all of it.
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    connect(m_filterBox, &QLineEdit::textChanged, this, [this, filter](const QString& text) {
        filter->setText(text);
        showGroups();
    });

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("shortcutList"));
    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBox);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(560, 620);
    refresh();
}

void ShortcutsDialog::refresh() {
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    QStandardItem* group = nullptr;
    for (const ShortcutEntry& entry : collectShortcuts(m_window)) {
        if (!group || group->text() != entry.group) {
            group = new QStandardItem(entry.group);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            // The group's row spans both columns: an empty cell keeps the model rectangular.
            m_model->appendRow({group, new QStandardItem()});
        }
        auto* action = new QStandardItem(entry.action);
        action->setToolTip(entry.toolTip);
        auto* keys = new QStandardItem(entry.keys);
        group->appendRow({action, keys});
    }
    showGroups();
}

void ShortcutsDialog::showGroups() {
    // Spans belong to the view's rows, which the filter renumbers.
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    }
    m_view->expandAll();
}

QStringList ShortcutsDialog::visibleRows() const {
    QStringList rows;
    for (int g = 0; g < m_filter->rowCount(); ++g) {
        const QModelIndex group = m_filter->index(g, 0);
        for (int r = 0; r < m_filter->rowCount(group); ++r) {
            rows << QStringLiteral("%1|%2|%3")
                        .arg(group.data().toString(),
                             m_filter->index(r, 0, group).data().toString(),
                             m_filter->index(r, 1, group).data().toString());
        }
    }
    return rows;
}

} // namespace agglomap::widgets
