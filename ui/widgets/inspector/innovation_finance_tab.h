#pragma once

#include "widgets/inspector/inspector_tab.h"

#include <functional>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace agglomap::widgets {

// Innovation (R&D spending and staff, patents, high-tech enterprises) and finance (investment,
// business income, listed companies, venture funds) as spin boxes, with the R&D intensity and
// income tier they give.
class InnovationFinanceTab : public InspectorTab {
    Q_OBJECT
    Q_DISABLE_COPY(InnovationFinanceTab)

public:
    explicit InnovationFinanceTab(const InspectorContext& context, QWidget* parent = nullptr);

    void refresh() override;

private:
    // Edits start from the model's values and change one field, so a value the spin box shows
    // rounded is not written back rounded.
    void sendInnovation(const std::function<void(model::Innovation&)>& change);
    void sendFinance(const std::function<void(model::Finance&)>& change);

    QGroupBox* m_innovationGroup = nullptr;
    QDoubleSpinBox* m_rdSpending = nullptr;
    QSpinBox* m_rdStaff = nullptr;
    QSpinBox* m_patents = nullptr;
    QSpinBox* m_highTechEnterprises = nullptr;
    QGroupBox* m_financeGroup = nullptr;
    QDoubleSpinBox* m_fixedInvestment = nullptr;
    QDoubleSpinBox* m_businessIncome = nullptr;
    QSpinBox* m_listedCompanies = nullptr;
    QSpinBox* m_ventureFunds = nullptr;
    QLabel* m_derived = nullptr;
};

} // namespace agglomap::widgets
