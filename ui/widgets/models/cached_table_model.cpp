#include "widgets/models/cached_table_model.h"

#include "widgets/models/item_roles.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace agglomap::widgets {

bool TableCell::sameAs(const TableCell& other) const {
    const auto sameNumber = [](const std::optional<double>& a, const std::optional<double>& b) {
        if (a.has_value() != b.has_value()) {
            return false;
        }
        // NaN is the same "undefined" as NaN here, or every refresh would report a change.
        return !a || (std::isnan(*a) && std::isnan(*b)) || *a == *b;
    };
    return text == other.text && sameNumber(number, other.number) &&
           illustrative == other.illustrative && toolTip == other.toolTip;
}

TableCell numberCell(double value, const QString& text, bool illustrative) {
    TableCell cell;
    cell.text = std::isnan(value) ? QStringLiteral("—") : text;
    cell.number = value;
    cell.illustrative = illustrative;
    return cell;
}

TableCell textCell(const QString& text, bool illustrative) {
    TableCell cell;
    cell.text = text;
    cell.illustrative = illustrative;
    return cell;
}

CachedTableModel::CachedTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int CachedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CachedTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TableRow& row = m_rows[static_cast<std::size_t>(index.row())];
    if (const auto it = row.roles.find(role); it != row.roles.end()) {
        return it.value();
    }
    const auto column = static_cast<std::size_t>(index.column());
    if (column >= row.cells.size()) {
        return {};
    }
    const TableCell& cell = row.cells[column];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::EditRole:
    case SortRole:
        return cell.number ? QVariant(*cell.number) : QVariant(cell.text);
    case IllustrativeRole:
        return cell.illustrative;
    case Qt::FontRole:
        if (cell.illustrative) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (cell.illustrative) {
            const QString note = tr("Illustrative value: no source gives it");
            return cell.toolTip.isEmpty() ? note : cell.toolTip + QLatin1Char('\n') + note;
        }
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return cell.number ? QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                           : QVariant(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

int CachedTableModel::rowOfKey(int key) const {
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [key](const TableRow& row) { return row.key == key; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int CachedTableModel::keyAt(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].key : 0;
}

void CachedTableModel::replaceRows(const std::vector<int>& keys) {
    m_rows.clear();
    m_rows.reserve(keys.size());
    for (int key : keys) {
        m_rows.push_back(buildRow(key));
    }
}

void CachedTableModel::refreshRows(const QList<int>& keys) {
    for (int key : keys) {
        if (const int row = rowOfKey(key); row >= 0) {
            refreshRow(row);
        }
    }
}

void CachedTableModel::refreshAllRows() {
    for (int row = 0; row < rowCount(); ++row) {
        refreshRow(row);
    }
}

void CachedTableModel::refreshRow(int row) {
    TableRow& old = m_rows[static_cast<std::size_t>(row)];
    TableRow fresh = buildRow(old.key);
    const int columns = columnCount();
    int first = -1;
    int last = -1;
    if (fresh.roles != old.roles) {
        // Row-wide roles are answered by every cell.
        first = 0;
        last = columns - 1;
    } else {
        for (std::size_t c = 0; c < fresh.cells.size(); ++c) {
            if (c >= old.cells.size() || !fresh.cells[c].sameAs(old.cells[c])) {
                first = first < 0 ? static_cast<int>(c) : first;
                last = static_cast<int>(c);
            }
        }
    }
    old = std::move(fresh);
    if (first >= 0 && columns > 0) {
        emit dataChanged(index(row, first), index(row, std::min(last, columns - 1)));
    }
}

void CachedTableModel::insertKey(int key) {
    if (rowOfKey(key) >= 0) {
        return;
    }
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [key](const TableRow& row) { return row.key > key; });
    const int row = static_cast<int>(it - m_rows.begin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(it, buildRow(key));
    endInsertRows();
}

void CachedTableModel::removeKey(int key) {
    const int row = rowOfKey(key);
    if (row < 0) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

} // namespace agglomap::widgets
