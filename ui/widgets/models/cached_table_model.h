#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace agglomap::widgets {

// One cell as the views show it.
struct TableCell {
    QString text;
    // The raw value of a numeric cell (NaN where undefined), given for sorting and editing.
    std::optional<double> number;
    // The value rests on a field no source gave.
    bool illustrative = false;
    QString toolTip;

    [[nodiscard]] bool sameAs(const TableCell& other) const;
};

// One row: a stable key (a district id or a region code), its cells, and roles every cell of
// the row answers (the district id, the host city, ...).
struct TableRow {
    int key = 0;
    std::vector<TableCell> cells;
    QHash<int, QVariant> roles;
};

// A table whose rows are built from the plan by the subclass and kept as the views saw them, so
// that a refresh can compare and tell the views about exactly the cells that changed: edits
// touch a row or two, never the whole table.
class CachedTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY(CachedTableModel)

public:
    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

    // The row showing the key, or -1.
    [[nodiscard]] int rowOfKey(int key) const;
    [[nodiscard]] int keyAt(int row) const;

protected:
    explicit CachedTableModel(QObject* parent = nullptr);

    // The row of the key as it should look now; called for keys the subclass has given.
    [[nodiscard]] virtual TableRow buildRow(int key) const = 0;

    // Replaces every row; call between beginResetModel() and endResetModel(), after the
    // change that needs the reset (another plan, other columns).
    void replaceRows(const std::vector<int>& keys);
    // Rebuilds the rows of the keys and emits dataChanged for the cells that differ; keys
    // without a row are ignored.
    void refreshRows(const QList<int>& keys);
    void refreshAllRows();
    // Rows are kept ordered by key.
    void insertKey(int key);
    void removeKey(int key);

private:
    void refreshRow(int row);

    std::vector<TableRow> m_rows;
};

// A cell of a number: NaN shows as "—", sorts by the raw value.
[[nodiscard]] TableCell numberCell(double value, const QString& text, bool illustrative);
[[nodiscard]] TableCell textCell(const QString& text, bool illustrative);

} // namespace agglomap::widgets
