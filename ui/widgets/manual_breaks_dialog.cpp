#include "widgets/manual_breaks_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agglomap::widgets {

ManualBreaksDialog::ManualBreaksDialog(const std::vector<double>& thresholds, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Manual Class Breaks"));
    setObjectName(QStringLiteral("manualBreaksDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Upper bound of each class, in ascending order. Values above the last bound form "
           "the top class."),
        this));
    m_table = new QTableWidget(0, 1, this);
    m_table->setHorizontalHeaderLabels({tr("Upper bound")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    for (const double value : thresholds) {
        addRow(QLocale().toString(value, 'g', 10));
    }

    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add Break"), this);
    auto* remove = new QPushButton(tr("Remove Break"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString());
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            validate();
        }
    });

    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b"));
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &ManualBreaksDialog::validate);
    validate();
}

void ManualBreaksDialog::addRow(const QString& text) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(text));
}

void ManualBreaksDialog::validate() {
    std::vector<double> values;
    QString problem;
    for (int row = 0; row < m_table->rowCount() && problem.isEmpty(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        const QString text = item ? item->text().trimmed() : QString();
        bool ok = false;
        double value = QLocale().toDouble(text, &ok);
        if (!ok) {
            value = text.toDouble(&ok);
        }
        if (!ok) {
            problem = tr("Row %1: \"%2\" is not a number.").arg(row + 1).arg(text);
        } else if (!values.empty() && value <= values.back()) {
            problem = tr("Row %1: %2 is not above the break before it.").arg(row + 1).arg(text);
        } else {
            values.push_back(value);
        }
    }
    if (problem.isEmpty() && values.empty()) {
        problem = tr("Add at least one break.");
    }
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (problem.isEmpty()) {
        m_thresholds = std::move(values);
    }
}

} // namespace agglomap::widgets
