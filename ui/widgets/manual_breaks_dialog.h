#pragma once

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace agglomap::widgets {

// Edits the upper bounds of a choropleth's classes; values above the last bound form the top
// class. Accepts only numbers in strictly ascending order, and says which row is wrong.
class ManualBreaksDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(ManualBreaksDialog)

public:
    explicit ManualBreaksDialog(const std::vector<double>& thresholds, QWidget* parent = nullptr);

    [[nodiscard]] std::vector<double> thresholds() const { return m_thresholds; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    void addRow(const QString& text);
    void validate();

    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::vector<double> m_thresholds;
};

} // namespace agglomap::widgets
