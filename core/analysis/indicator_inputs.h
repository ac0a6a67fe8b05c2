#pragma once

#include "model/district.h"

#include <initializer_list>
#include <vector>

namespace agglomap::model {
class Plan;
}

namespace agglomap::analysis {

// One kind of stored value an indicator reads: every value of a field (all sectors' output, all
// items' current provision), every value of a group, or a plan-wide table.
class IndicatorInput {
public:
    IndicatorInput(model::ValueField field)
        : m_kind(Kind::Value)
        , m_value(static_cast<int>(field)) {}
    IndicatorInput(model::DistrictField group)
        : m_kind(Kind::Group)
        , m_value(static_cast<int>(group)) {}
    // The plan's input-output coefficients.
    [[nodiscard]] static IndicatorInput inputOutputTable() {
        return IndicatorInput(Kind::Table, 0);
    }
    // The reference economy's output by sector (location quotients, Krugman).
    [[nodiscard]] static IndicatorInput referenceOutput() { return IndicatorInput(Kind::Table, 1); }

    [[nodiscard]] bool isIllustrative(const model::District& district,
                                      const model::Plan& plan) const;

private:
    enum class Kind { Value, Group, Table };
    IndicatorInput(Kind kind, int value)
        : m_kind(kind)
        , m_value(value) {}

    Kind m_kind;
    int m_value;
};

using IndicatorInputs = std::vector<IndicatorInput>;

// What the cluster stage and the innovation mode are decided from: shares of output, the
// designated leading industries, local links, R&D and income.
[[nodiscard]] IndicatorInputs clusterStageInputs();
[[nodiscard]] IndicatorInputs innovationModeInputs();

// The one rule for every view and export: a value derived from a district is illustrative when
// any stored value it reads is.
[[nodiscard]] bool restsOnIllustrative(const model::District& district,
                                       const IndicatorInputs& inputs, const model::Plan& plan);

} // namespace agglomap::analysis
