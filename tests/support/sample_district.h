#pragma once

#include "analysis/district_indicators.h"
#include "model/district.h"
#include "model/sector.h"

namespace agglomap::test {

// Four sectors, one of each kind the indicators tell apart.
inline const model::SectorCatalogue& fourSectors() {
    static const model::SectorCatalogue catalogue({
        {"F", "食品", "Food", model::SectorCategory::Traditional},
        {"C", "化工", "Chemicals", model::SectorCategory::ResourceDependent},
        {"E", "电子", "Electronics", model::SectorCategory::HighTech},
        {"N", "新材料", "New materials", model::SectorCategory::Emerging},
    });
    return catalogue;
}
inline constexpr model::SectorIndex kFood = 0, kChemicals = 1, kElectronics = 2, kNewMaterials = 3;

inline model::Provision& provision(model::District& d, model::InfrastructureItem item) {
    return d.infrastructure[static_cast<std::size_t>(item)];
}

// The hand-worked district: food leads with 60 of 100, chemicals and electronics 20 each; two
// links into food; R&D 1.2 on an income of 100; water half provided, power met, banks a quarter
// of what is required, R&D institutions half.
inline model::District handWorkedDistrict() {
    model::District d;
    d.nameZh = QStringLiteral("示例");
    d.industries = {{kFood, 60, 9000, 50, 45, 0},
                    {kChemicals, 20, 2000, 10, 8, 0},
                    {kElectronics, 20, 3000, 10, 5, 15}};
    d.leadingIndustries = {kFood};
    d.links = {{kChemicals, kFood, 3.0}, {kElectronics, kFood, 1.0}};
    d.innovation.rdSpending = 1.2;
    d.finance.businessIncome = 100;
    provision(d, model::InfrastructureItem::Water) = {50, 100};
    provision(d, model::InfrastructureItem::Power) = {100, 100};
    provision(d, model::InfrastructureItem::Banks) = {20, 80};
    provision(d, model::InfrastructureItem::RAndDInstitutions) = {30, 60};
    return d;
}

// The province around it: output 100, 300, 100 and 500 in the four sectors.
inline analysis::IndicatorContext handWorkedContext() {
    analysis::IndicatorContext c;
    c.sectors = &fourSectors();
    c.provinceOutputBySector = {100, 300, 100, 500};
    return c;
}

} // namespace agglomap::test
