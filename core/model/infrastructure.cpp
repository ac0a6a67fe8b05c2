#include "model/infrastructure.h"

namespace agglomap::model {

const std::array<InfrastructureItemInfo, kInfrastructureItemCount>& infrastructureItems() {
    using I = InfrastructureItem;
    using C = InfrastructureCategory;
    static constexpr std::array<InfrastructureItemInfo, kInfrastructureItemCount> kItems{{
        {I::Water, "water", "供水", "Water supply", C::Utilities},
        {I::Power, "power", "供电", "Power supply", C::Utilities},
        {I::Gas, "gas", "供气", "Gas supply", C::Utilities},
        {I::WasteWater, "waste-water", "污水处理", "Waste-water treatment", C::Utilities},
        {I::Roads, "roads", "道路", "Roads", C::Transport},
        {I::RailLogistics, "rail-logistics", "铁路与物流", "Rail and logistics", C::Transport},
        {I::Broadband, "broadband", "宽带通信", "Broadband", C::Utilities},
        {I::StandardFactorySpace, "factory-space", "标准化厂房", "Standard factory space",
         C::Utilities},
        {I::Banks, "banks", "四大行以外的银行", "Banks beyond the big four", C::Finance},
        {I::RAndDInstitutions, "rd-institutions", "研发机构与工程中心",
         "R&D institutions and engineering centres", C::Services},
        {I::Incubators, "incubators", "孵化器", "Incubators", C::Services},
        {I::Training, "training", "职业培训", "Vocational training", C::Services},
        {I::MarketingServices, "marketing", "营销服务", "Marketing services", C::Services},
    }};
    return kItems;
}

const InfrastructureItemInfo& infoOf(InfrastructureItem item) {
    return infrastructureItems()[static_cast<std::size_t>(item)];
}

std::optional<InfrastructureItem> infrastructureItemFromKey(const QString& key) {
    for (const auto& info : infrastructureItems()) {
        if (key == QLatin1String(info.key)) {
            return info.item;
        }
    }
    return std::nullopt;
}

QString categoryKey(InfrastructureCategory category) {
    switch (category) {
    case InfrastructureCategory::Utilities:
        return QStringLiteral("utilities");
    case InfrastructureCategory::Transport:
        return QStringLiteral("transport");
    case InfrastructureCategory::Services:
        return QStringLiteral("services");
    case InfrastructureCategory::Finance:
        return QStringLiteral("finance");
    }
    return {};
}

} // namespace agglomap::model
