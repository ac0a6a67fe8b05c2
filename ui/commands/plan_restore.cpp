#include "commands/plan_restore.h"

#include <algorithm>

namespace agglomap::commands {

Status restoreProvenance(model::Plan& plan, model::DistrictId id,
                         const model::ProvenanceMap& provenance) {
    return plan.setProvenance(id, provenance);
}

Status restoreDistrictLinks(model::Plan& plan, const std::vector<model::DistrictLink>& links) {
    const std::vector<model::DistrictLink> current = plan.districtLinks();
    const auto [keep, unused] =
        std::mismatch(current.begin(), current.end(), links.begin(), links.end());
    const auto kept = static_cast<std::size_t>(std::distance(current.begin(), keep));
    for (std::size_t i = current.size(); i > kept; --i) {
        const model::DistrictLink& link = current[i - 1];
        // Removing one link removes its duplicates too; they are added back below.
        const bool present = std::any_of(plan.districtLinks().begin(), plan.districtLinks().end(),
                                         [&](const model::DistrictLink& l) {
                                             return l.from == link.from && l.to == link.to &&
                                                    l.sector == link.sector;
                                         });
        if (present) {
            if (const Status status = plan.removeDistrictLink(link.from, link.to, link.sector);
                !status) {
                return status;
            }
        }
    }
    for (std::size_t i = kept; i < links.size(); ++i) {
        if (const Status status = plan.addDistrictLink(links[i]); !status) {
            return status;
        }
    }
    return {};
}

Status restoreDistrict(model::Plan& plan, const model::District& snapshot) {
    if (plan.district(snapshot.id)) {
        return plan.restoreDistrict(snapshot);
    }
    // A deleted district comes back whole; deleting it dropped its links with other districts,
    // so they are all put back in order.
    const std::vector<model::DistrictLink> links = plan.districtLinks();
    if (const auto added = plan.addDistrict(snapshot); !added) {
        return added.error();
    }
    return restoreDistrictLinks(plan, links);
}

} // namespace agglomap::commands
