#pragma once

#include "widgets/inspector/inspector_tab.h"

#include <array>
#include <functional>

class QDoubleSpinBox;
class QLabel;

namespace agglomap::widgets {

class GapBar;

// Infrastructure and services: for each of the 13 items, grouped by category, the current and
// required provision (0-100) as spin boxes and a bar showing the gap between them.
class InfrastructureTab : public InspectorTab {
    Q_OBJECT
    Q_DISABLE_COPY(InfrastructureTab)

public:
    explicit InfrastructureTab(const InspectorContext& context, QWidget* parent = nullptr);

    void refresh() override;

private:
    struct Row {
        QDoubleSpinBox* current = nullptr;
        QDoubleSpinBox* required = nullptr;
        GapBar* gap = nullptr;
    };
    // Starts from the model's provision and changes one side of it.
    void sendProvision(model::InfrastructureItem item,
                       const std::function<void(model::Provision&)>& change);

    std::array<Row, model::kInfrastructureItemCount> m_rows{};
    QLabel* m_summary = nullptr;
};

} // namespace agglomap::widgets
