#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"
#include "widgets/preferences/area_units.h"

#include <QPointer>
#include <QUndoStack>

#include <optional>

namespace agglomap::widgets {

// What every tab of the district inspector reads: the plan and its analysis, the stack edits go
// onto, the district shown, the language names are shown in and the unit of areas. The inspector
// owns it; tabs keep a reference. QPointer so a plan deleted behind the inspector's back reads as
// "no plan".
struct InspectorContext {
    QPointer<model::Plan> plan;
    QPointer<analysis::PlanAnalysis> analysis;
    QPointer<QUndoStack> stack;
    std::optional<model::DistrictId> districtId;
    geo::LabelLanguage language = geo::LabelLanguage::Chinese;
    AreaUnit areaUnit = AreaUnit::SquareKilometres;

    [[nodiscard]] const model::District* district() const {
        return plan && districtId ? plan->district(*districtId) : nullptr;
    }
    [[nodiscard]] const analysis::DistrictIndicators* indicators() const {
        return analysis && districtId ? analysis->indicators(*districtId) : nullptr;
    }
};

} // namespace agglomap::widgets
