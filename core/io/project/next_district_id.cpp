#include "io/project/next_district_id.h"

namespace agglomap::io::project {

namespace {

// Any county will do for a district that exists only for a moment.
const geo::Region* anyCounty(const model::Plan& plan) {
    const auto counties = plan.regions().regionsAt(geo::RegionLevel::County);
    return counties.empty() ? nullptr : counties.front();
}

int highestId(const model::Plan& plan) {
    const auto districts = plan.districts();
    return districts.empty() ? 0 : districts.back()->id.value; // ordered by id
}

} // namespace

int nextDistrictId(const model::Plan& plan) {
    const geo::Region* county = anyCounty(plan);
    if (!county) {
        return highestId(plan) + 1; // no district can exist without a county
    }
    const auto probe = plan.clone();
    model::District district;
    district.nameZh = QStringLiteral("probe");
    district.hostCounty = county->code;
    const auto id = probe->addDistrict(std::move(district));
    return id ? id.value().value : highestId(plan) + 1;
}

Status reserveDistrictIds(model::Plan& plan, int next) {
    const geo::Region* county = anyCounty(plan);
    if (!county || next <= highestId(plan) + 1) {
        return {};
    }
    model::District placeholder;
    placeholder.id = model::DistrictId{next - 1};
    placeholder.nameZh = QStringLiteral("placeholder");
    placeholder.hostCounty = county->code;
    const auto added = plan.addDistrict(std::move(placeholder));
    if (!added) {
        return added.error();
    }
    return plan.removeDistrict(added.value());
}

} // namespace agglomap::io::project
