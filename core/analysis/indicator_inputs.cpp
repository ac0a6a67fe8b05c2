#include "analysis/indicator_inputs.h"

#include "model/plan.h"

#include <algorithm>

namespace agglomap::analysis {

bool IndicatorInput::isIllustrative(const model::District& district,
                                    const model::Plan& plan) const {
    switch (m_kind) {
    case Kind::Value:
        return district.provenance.anyIllustrative(static_cast<model::ValueField>(m_value));
    case Kind::Group:
        return district.provenance.anyIllustrative(static_cast<model::DistrictField>(m_value));
    case Kind::Table:
        return m_value == 0
                   ? plan.inputOutputIllustrative()
                   : plan.referenceEconomy().outputIllustrative(plan.regions().province().code);
    }
    return false;
}

IndicatorInputs clusterStageInputs() {
    // The organized conditions and the paper's four innovative conditions read output shares,
    // links, R&D, enterprises, finance and the service infrastructure.
    using model::DistrictField;
    return {DistrictField::Industries, DistrictField::LeadingIndustries,
            DistrictField::Linkages,   DistrictField::Innovation,
            DistrictField::Finance,    DistrictField::Infrastructure};
}

IndicatorInputs innovationModeInputs() {
    using model::ValueField;
    return {ValueField::SectorOutput, ValueField::RdSpending, ValueField::BusinessIncome,
            ValueField::LeadingIndustries};
}

bool restsOnIllustrative(const model::District& district, const IndicatorInputs& inputs,
                         const model::Plan& plan) {
    return std::any_of(inputs.begin(), inputs.end(), [&](const IndicatorInput& input) {
        return input.isIllustrative(district, plan);
    });
}

} // namespace agglomap::analysis
