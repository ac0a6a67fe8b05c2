#include "commands/plan_commands.h"

#include "commands/plan_edit_command.h"
#include "commands/plan_restore.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

namespace agglomap::commands {

namespace {

using model::District;
using model::DistrictId;
using model::Plan;
using model::SectorIndex;

// Strings are marked with QT_TRANSLATE_NOOP so lupdate finds them under this context.
QString translated(const char* text) {
    return QCoreApplication::translate("commands", text);
}

QString number(double value) {
    return QString::number(value, 'g', 10);
}

QString districtName(const Plan& plan, DistrictId id) {
    const District* district = plan.district(id);
    return district ? district->nameZh : QStringLiteral("#%1").arg(id.value);
}

QString sectorName(const Plan& plan, SectorIndex sector) {
    return sector >= 0 && sector < plan.sectors().size() ? plan.sectors().at(sector).nameZh
                                                         : QString::number(sector);
}

// "water supply": the catalogue's English name as it reads inside a sentence.
QString itemName(model::InfrastructureItem item) {
    QString name = QString::fromUtf8(model::infoOf(item).nameEn);
    if (!name.isEmpty()) {
        name[0] = name[0].toLower();
    }
    return name;
}

Error noDistrict(DistrictId id) {
    return Error{
        translated(QT_TRANSLATE_NOOP("commands", "There is no district with id %1 in this plan."))
            .arg(id.value)};
}

Status push(QUndoStack& stack, std::unique_ptr<PlanEditCommand> command) {
    if (Status status = command->applyFirst(); !status) {
        return status;
    }
    stack.push(command.release());
    return {};
}

// Undo of an edit of one district: the plan's own setter with the old value, then the
// provenance marks the edit changed. Where the plan refuses the old value (values read from
// files are not held to an edit's checks) or has no setter for the old state (a placeholder
// name), the district is put back whole from the snapshot.
using FieldRevert = std::function<Status(Plan&, const District& before)>;

PlanEditCommand::Edit revertDistrict(const District& before, FieldRevert revertField) {
    return [before, revert = std::move(revertField)](Plan& plan) -> Status {
        if (revert(plan, before)) {
            return restoreProvenance(plan, before.id, before.provenance);
        }
        return restoreDistrict(plan, before);
    };
}

// A district edit whose apply calls one plan method.
Status pushDistrictEdit(QUndoStack& stack, Plan& plan, DistrictId id, const QString& text,
                        PlanEditCommand::Edit apply, FieldRevert revertField,
                        std::optional<MergeKey> mergeKey = std::nullopt) {
    const District* before = plan.district(id);
    if (!before) {
        return noDistrict(id);
    }
    // An edit stamps what it changes with the time it was made; redo puts back those marks
    // rather than stamping the time of the redo.
    auto marks = std::make_shared<std::optional<model::ProvenanceMap>>();
    PlanEditCommand::Edit stamped = [apply = std::move(apply), id, marks](Plan& p) -> Status {
        if (const Status status = apply(p); !status) {
            return status;
        }
        if (*marks) {
            return p.setProvenance(id, **marks);
        }
        *marks = p.district(id)->provenance;
        return {};
    };
    return push(stack,
                std::make_unique<PlanEditCommand>(plan, text, std::move(stamped),
                                                  revertDistrict(*before, revertField), mergeKey));
}

template <typename T, typename Key>
std::size_t positionOf(const std::vector<T>& items, const Key& matches) {
    return static_cast<std::size_t>(
        std::distance(items.begin(), std::find_if(items.begin(), items.end(), matches)));
}

} // namespace

Status setSectorActivity(QUndoStack& stack, Plan& plan, DistrictId id,
                         const model::SectorActivity& activity) {
    const District* district = plan.district(id);
    if (!district) {
        return noDistrict(id);
    }
    const QString text =
        district->activity(activity.sector)
            ? translated(QT_TRANSLATE_NOOP("commands", "Set %1 output of %2 to %3"))
                  .arg(sectorName(plan, activity.sector), district->nameZh,
                       number(activity.outputValue))
            : translated(QT_TRANSLATE_NOOP("commands", "Add %1 to %2 (output %3)"))
                  .arg(sectorName(plan, activity.sector), district->nameZh,
                       number(activity.outputValue));
    return pushDistrictEdit(
        stack, plan, id, text,
        [id, activity](Plan& p) { return p.setSectorActivity(id, activity); },
        [sector = activity.sector](Plan& p, const District& before) -> Status {
            if (const model::SectorActivity* old = before.activity(sector)) {
                return p.setSectorActivity(before.id, *old);
            }
            return p.removeSectorActivity(before.id, sector);
        },
        // Adding a sector stays its own step ("Add …"); later changes of its values merge.
        district->activity(activity.sector)
            ? std::optional(MergeKey{MergeKey::Kind::SectorActivity, id, activity.sector})
            : std::nullopt);
}

Status removeSectorActivity(QUndoStack& stack, Plan& plan, DistrictId id, SectorIndex sector) {
    const QString text = translated(QT_TRANSLATE_NOOP("commands", "Remove %1 from %2"))
                             .arg(sectorName(plan, sector), districtName(plan, id));
    return pushDistrictEdit(
        stack, plan, id, text, [id, sector](Plan& p) { return p.removeSectorActivity(id, sector); },
        [sector](Plan& p, const District& before) -> Status {
            // Put the activity back where it was: re-add it, then move those after it behind it.
            const auto& industries = before.industries;
            const std::size_t position =
                positionOf(industries,
                           [sector](const model::SectorActivity& a) { return a.sector == sector; });
            if (position == industries.size()) {
                return Error{}; // only the snapshot can help
            }
            const auto& leading = before.leadingIndustries;
            const bool leadingBehind = std::any_of(
                industries.begin() + static_cast<std::ptrdiff_t>(position) + 1, industries.end(),
                [&](const model::SectorActivity& a) {
                    return std::find(leading.begin(), leading.end(), a.sector) != leading.end();
                });
            // A leading industry cannot be removed, not even to move it.
            if (leadingBehind) {
                if (Status status = p.setLeadingIndustries(before.id, {}); !status) {
                    return status;
                }
            }
            if (Status status = p.setSectorActivity(before.id, industries[position]); !status) {
                return status;
            }
            for (std::size_t i = position + 1; i < industries.size(); ++i) {
                if (Status status = p.removeSectorActivity(before.id, industries[i].sector);
                    !status) {
                    return status;
                }
                if (Status status = p.setSectorActivity(before.id, industries[i]); !status) {
                    return status;
                }
            }
            if (leadingBehind) {
                return p.setLeadingIndustries(before.id, leading);
            }
            return {};
        });
}

Status setLeadingIndustries(QUndoStack& stack, Plan& plan, DistrictId id,
                            const std::vector<SectorIndex>& sectors) {
    QStringList names;
    for (const SectorIndex sector : sectors) {
        names << sectorName(plan, sector);
    }
    const QString district = districtName(plan, id);
    const QString text =
        sectors.empty()
            ? translated(QT_TRANSLATE_NOOP("commands", "Clear the leading industries of %1"))
                  .arg(district)
        : sectors.size() == 1
            ? translated(QT_TRANSLATE_NOOP("commands", "Make %1 the leading industry of %2"))
                  .arg(names.front(), district)
            : translated(QT_TRANSLATE_NOOP("commands", "Make %1 the leading industries of %2"))
                  .arg(names.join(QStringLiteral("、")), district);
    return pushDistrictEdit(
        stack, plan, id, text,
        [id, sectors](Plan& p) { return p.setLeadingIndustries(id, sectors); },
        [](Plan& p, const District& before) {
            return p.setLeadingIndustries(before.id, before.leadingIndustries);
        });
}

Status setProvision(QUndoStack& stack, Plan& plan, DistrictId id, model::InfrastructureItem item,
                    model::Provision provision) {
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands", "Set %1 of %2 to %3 (requires %4)"))
            .arg(itemName(item), districtName(plan, id), number(provision.current),
                 number(provision.required));
    return pushDistrictEdit(
        stack, plan, id, text,
        [id, item, provision](Plan& p) { return p.setProvision(id, item, provision); },
        [item](Plan& p, const District& before) {
            return p.setProvision(before.id, item, before.provision(item));
        },
        MergeKey{MergeKey::Kind::Provision, id, static_cast<int>(item)});
}

Status setInnovation(QUndoStack& stack, Plan& plan, DistrictId id,
                     const model::Innovation& innovation) {
    const QString text =
        translated(
            QT_TRANSLATE_NOOP("commands", "Set innovation of %1 (R&D spending %2, %3 patents)"))
            .arg(districtName(plan, id), number(innovation.rdSpending))
            .arg(innovation.patents);
    return pushDistrictEdit(
        stack, plan, id, text,
        [id, innovation](Plan& p) { return p.setInnovation(id, innovation); },
        [](Plan& p, const District& before) {
            return p.setInnovation(before.id, before.innovation);
        },
        MergeKey{MergeKey::Kind::Innovation, id, 0});
}

Status setFinance(QUndoStack& stack, Plan& plan, DistrictId id, const model::Finance& finance) {
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands",
                                     "Set finance of %1 (business income %2, fixed investment %3)"))
            .arg(districtName(plan, id), number(finance.businessIncome),
                 number(finance.fixedInvestment));
    return pushDistrictEdit(
        stack, plan, id, text, [id, finance](Plan& p) { return p.setFinance(id, finance); },
        [](Plan& p, const District& before) { return p.setFinance(before.id, before.finance); },
        MergeKey{MergeKey::Kind::Finance, id, 0});
}

Status addLink(QUndoStack& stack, Plan& plan, DistrictId id, const model::SectorLink& link) {
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands", "Add link %1 → %2 in %3"))
            .arg(sectorName(plan, link.from), sectorName(plan, link.to), districtName(plan, id));
    return pushDistrictEdit(
        stack, plan, id, text, [id, link](Plan& p) { return p.addLink(id, link); },
        [link](Plan& p, const District& before) {
            return p.removeLink(before.id, link.from, link.to);
        });
}

Status removeLink(QUndoStack& stack, Plan& plan, DistrictId id, SectorIndex from, SectorIndex to) {
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands", "Remove link %1 → %2 in %3"))
            .arg(sectorName(plan, from), sectorName(plan, to), districtName(plan, id));
    return pushDistrictEdit(
        stack, plan, id, text, [id, from, to](Plan& p) { return p.removeLink(id, from, to); },
        [from, to](Plan& p, const District& before) -> Status {
            // Put the link back where it was: re-add it, then move those after it behind it.
            const auto& links = before.links;
            const std::size_t position = positionOf(
                links, [&](const model::SectorLink& l) { return l.from == from && l.to == to; });
            for (std::size_t i = position; i < links.size(); ++i) {
                if (i > position) {
                    if (Status status = p.removeLink(before.id, links[i].from, links[i].to);
                        !status) {
                        return status;
                    }
                }
                if (Status status = p.addLink(before.id, links[i]); !status) {
                    return status;
                }
            }
            return {};
        });
}

Status addDistrictLink(QUndoStack& stack, Plan& plan, const model::DistrictLink& link) {
    const QString text = translated(QT_TRANSLATE_NOOP("commands", "Add %1 link %2 → %3"))
                             .arg(sectorName(plan, link.sector), districtName(plan, link.from),
                                  districtName(plan, link.to));
    return push(stack, std::make_unique<PlanEditCommand>(
                           plan, text, [link](Plan& p) { return p.addDistrictLink(link); },
                           [link](Plan& p) {
                               return p.removeDistrictLink(link.from, link.to, link.sector);
                           }));
}

Status removeDistrictLink(QUndoStack& stack, Plan& plan, DistrictId from, DistrictId to,
                          SectorIndex sector) {
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands", "Remove %1 link %2 → %3"))
            .arg(sectorName(plan, sector), districtName(plan, from), districtName(plan, to));
    return push(
        stack,
        std::make_unique<PlanEditCommand>(
            plan, text,
            [from, to, sector](Plan& p) { return p.removeDistrictLink(from, to, sector); },
            [links = plan.districtLinks()](Plan& p) { return restoreDistrictLinks(p, links); }));
}

Result<DistrictId> addDistrict(QUndoStack& stack, Plan& plan, District district) {
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands", "Add district %1")).arg(district.nameZh);
    // The first apply picks the id; every redo adds the district again under that same id.
    auto added = std::make_shared<District>(std::move(district));
    auto command = std::make_unique<PlanEditCommand>(
        plan, text,
        [added](Plan& p) -> Status {
            auto id = p.addDistrict(*added);
            if (!id) {
                return id.error();
            }
            added->id = id.value();
            return {};
        },
        [added](Plan& p) { return p.removeDistrict(added->id); });
    if (Status status = push(stack, std::move(command)); !status) {
        return status.error();
    }
    return added->id;
}

Status removeDistrict(QUndoStack& stack, Plan& plan, DistrictId id) {
    const District* before = plan.district(id);
    if (!before) {
        return noDistrict(id);
    }
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands", "Delete district %1")).arg(before->nameZh);
    return push(stack, std::make_unique<PlanEditCommand>(
                           plan, text, [id](Plan& p) { return p.removeDistrict(id); },
                           [district = *before, links = plan.districtLinks()](Plan& p) -> Status {
                               if (auto added = p.addDistrict(district); !added) {
                                   return added.error();
                               }
                               return restoreDistrictLinks(p, links);
                           }));
}

Status moveDistrict(QUndoStack& stack, Plan& plan, DistrictId id, geo::LonLat location,
                    geo::RegionCode hostCounty) {
    const geo::Region* county = plan.regions().find(hostCounty);
    const QString text =
        translated(QT_TRANSLATE_NOOP("commands", "Move %1 to %2"))
            .arg(districtName(plan, id), county ? county->nameZh : QString::number(hostCounty));
    return pushDistrictEdit(
        stack, plan, id, text,
        [id, location, hostCounty](Plan& p) { return p.moveDistrict(id, location, hostCounty); },
        [](Plan& p, const District& before) {
            return p.moveDistrict(before.id, before.location, before.hostCounty);
        },
        MergeKey{MergeKey::Kind::Move, id, 0});
}

Status renameDistrict(QUndoStack& stack, Plan& plan, DistrictId id, const QString& nameZh,
                      const QString& nameEn) {
    const QString text = translated(QT_TRANSLATE_NOOP("commands", "Rename %1 to %2"))
                             .arg(districtName(plan, id), nameZh.trimmed());
    return pushDistrictEdit(
        stack, plan, id, text,
        [id, nameZh, nameEn](Plan& p) { return p.renameDistrict(id, nameZh, nameEn); },
        [](Plan& p, const District& before) -> Status {
            // Renaming clears the placeholder flag and trims; only the snapshot brings those back.
            const bool reachable = !before.placeholderName && !before.nameZh.isEmpty() &&
                                   before.nameZh == before.nameZh.trimmed() &&
                                   before.nameEn == before.nameEn.trimmed();
            if (!reachable) {
                return Error{};
            }
            return p.renameDistrict(before.id, before.nameZh, before.nameEn);
        },
        MergeKey{MergeKey::Kind::Rename, id, 0});
}

} // namespace agglomap::commands
