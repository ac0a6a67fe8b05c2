#include "widgets/import/import_mapping_table.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace agglomap::widgets {

namespace {

// Enough rows to find a sample in a column that is mostly empty, few enough to stay instant.
constexpr int kSampleRows = 100;

QString sampleOf(const io::DataTable& table, int column) {
    const int rows = std::min(table.rowCount(), kSampleRows);
    for (int row = 0; row < rows; ++row) {
        const QStringList& cells = table.rows[static_cast<std::size_t>(row)];
        if (column < cells.size() && !cells[column].trimmed().isEmpty()) {
            return cells[column].trimmed();
        }
    }
    return {};
}

} // namespace

ImportMappingTable::ImportMappingTable(std::vector<io::ImportTarget> targets,
                                       geo::LabelLanguage language, QWidget* parent)
    : QTableWidget(parent)
    , m_targets(std::move(targets))
    , m_language(language) {
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Column"), tr("Sample"), tr("Imports into")});
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ImportMappingTable::setColumns(const io::DataTable& table,
                                    const std::map<QString, QString>& targets,
                                    const QString& keyColumn) {
    const QSignalBlocker blocker(this);
    clearContents();
    setRowCount(static_cast<int>(table.columns.size()));
    m_keyColumn = keyColumn;
    for (int row = 0; row < rowCount(); ++row) {
        const QString& column = table.columns[row];
        auto* name = new QTableWidgetItem(column);
        auto* sample = new QTableWidgetItem(sampleOf(table, row));
        sample->setToolTip(sample->text());
        setItem(row, NameColumn, name);
        setItem(row, SampleColumn, sample);
        auto* box = new QComboBox(this);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        setCellWidget(row, TargetColumn, box);
        fillTargetBox(box);
        if (const auto it = targets.find(column); it != targets.end()) {
            box->setCurrentIndex(std::max(box->findData(it->second), 0));
        }
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingTable::targetsChanged);
    }
    setKeyColumn(keyColumn);
    horizontalHeader()->resizeSection(SampleColumn, 140);
}

void ImportMappingTable::fillTargetBox(QComboBox* box) const {
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("(ignore)"), QString());
    for (const io::ImportTarget& target : m_targets) {
        box->addItem(m_language == geo::LabelLanguage::Chinese ? target.labelZh : target.labelEn,
                     target.key);
        box->setItemData(box->count() - 1, target.key, Qt::ToolTipRole);
    }
}

void ImportMappingTable::setKeyColumn(const QString& column) {
    const int oldRow = rowOf(m_keyColumn);
    m_keyColumn = column;
    if (QComboBox* box = oldRow >= 0 ? targetBox(oldRow) : nullptr; box && !box->isEnabled()) {
        fillTargetBox(box);
        box->setEnabled(true);
    }
    const int row = rowOf(column);
    if (QComboBox* box = row >= 0 ? targetBox(row) : nullptr) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(finds the district)"), QString());
        box->setEnabled(false);
    }
    emit targetsChanged();
}

bool ImportMappingTable::setTarget(const QString& column, const QString& targetKey) {
    const int row = rowOf(column);
    QComboBox* box = row >= 0 ? targetBox(row) : nullptr;
    if (!box || !box->isEnabled()) {
        return false;
    }
    const int index = box->findData(targetKey);
    if (index < 0) {
        return false;
    }
    box->setCurrentIndex(index);
    return true;
}

std::map<QString, QString> ImportMappingTable::columnTargets() const {
    std::map<QString, QString> result;
    for (int row = 0; row < rowCount(); ++row) {
        if (const QComboBox* box = targetBox(row); box->isEnabled()) {
            result.emplace(item(row, NameColumn)->text(), box->currentData().toString());
        }
    }
    return result;
}

QString ImportMappingTable::targetLabel(const QString& targetKey) const {
    for (const io::ImportTarget& target : m_targets) {
        if (target.key == targetKey) {
            return m_language == geo::LabelLanguage::Chinese ? target.labelZh : target.labelEn;
        }
    }
    return targetKey;
}

QComboBox* ImportMappingTable::targetBox(int row) const {
    return qobject_cast<QComboBox*>(cellWidget(row, TargetColumn));
}

int ImportMappingTable::rowOf(const QString& column) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, NameColumn)->text() == column) {
            return row;
        }
    }
    return -1;
}

} // namespace agglomap::widgets
