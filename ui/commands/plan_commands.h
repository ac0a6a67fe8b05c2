#pragma once

#include "model/plan.h"
#include "util/result.h"
#include "util/status.h"

class QUndoStack;

// The only way the UI changes a Plan. Each function checks the change by applying it (the plan
// refuses invalid ones with a reason) and, when the plan accepted it, leaves one command on the
// stack whose text says what changed ("Set water supply of 洛阳产业集聚区 to 60"). When the plan
// refuses, the stack and the plan are unchanged and the status says why.
// Commands store ids and old/new values, never pointers or derived data; undo calls the same Plan
// methods with the old values and restores the provenance marks the edit changed.
// Consecutive edits of the same field of the same district (a spin box stepping) merge into one.
namespace agglomap::commands {

Status setSectorActivity(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                         const model::SectorActivity& activity);
Status removeSectorActivity(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                            model::SectorIndex sector);
Status setLeadingIndustries(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                            const std::vector<model::SectorIndex>& sectors);
Status setProvision(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                    model::InfrastructureItem item, model::Provision provision);
Status setInnovation(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                     const model::Innovation& innovation);
Status setFinance(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                  const model::Finance& finance);
Status addLink(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
               const model::SectorLink& link);
Status removeLink(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                  model::SectorIndex from, model::SectorIndex to);
Status addDistrictLink(QUndoStack& stack, model::Plan& plan, const model::DistrictLink& link);
Status removeDistrictLink(QUndoStack& stack, model::Plan& plan, model::DistrictId from,
                          model::DistrictId to, model::SectorIndex sector);
Result<model::DistrictId> addDistrict(QUndoStack& stack, model::Plan& plan,
                                      model::District district);
// Also removes (and on undo restores) the district's links with other districts.
Status removeDistrict(QUndoStack& stack, model::Plan& plan, model::DistrictId id);
Status moveDistrict(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                    geo::LonLat location, geo::RegionCode hostCounty);
Status renameDistrict(QUndoStack& stack, model::Plan& plan, model::DistrictId id,
                      const QString& nameZh, const QString& nameEn);

} // namespace agglomap::commands
