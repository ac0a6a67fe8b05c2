#include "commands/import_commands.h"

#include "commands/plan_edit_command.h"
#include "commands/plan_restore.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace agglomap::commands {

namespace {

using model::District;
using model::Plan;

// The districts an import adds keep the ids their first apply gave them, so that redo after
// undo gives back the same plan (and links, selections and later commands still refer to them).
struct ImportState {
    std::vector<District> updated;
    std::vector<District> before;
    std::vector<District> added;
};

// Undoes the first `restored` updates and the first `addedCount` additions.
Status rollBack(Plan& plan, const ImportState& state, std::size_t restored,
                std::size_t addedCount) {
    for (std::size_t i = 0; i < addedCount; ++i) {
        if (const Status status = plan.removeDistrict(state.added[i].id); !status) {
            return status;
        }
    }
    for (std::size_t i = 0; i < restored; ++i) {
        if (const Status status = restoreDistrict(plan, state.before[i]); !status) {
            return status;
        }
    }
    return {};
}

Status apply(Plan& plan, ImportState& state) {
    for (std::size_t i = 0; i < state.updated.size(); ++i) {
        if (const Status status = restoreDistrict(plan, state.updated[i]); !status) {
            (void)rollBack(plan, state, i, 0);
            return status;
        }
    }
    for (std::size_t i = 0; i < state.added.size(); ++i) {
        const auto id = plan.addDistrict(state.added[i]);
        if (!id) {
            (void)rollBack(plan, state, state.updated.size(), i);
            return id.error();
        }
        state.added[i].id = id.value();
    }
    return {};
}

} // namespace

Status importDistricts(QUndoStack& stack, Plan& plan, const io::ImportOutcome& outcome,
                       const QString& sourceName) {
    auto state = std::make_shared<ImportState>();
    state->updated = outcome.updated;
    state->added = outcome.added;
    for (const District& district : outcome.updated) {
        const District* current = plan.district(district.id);
        if (!current) {
            return Error{QCoreApplication::translate(
                             "commands", "The import refers to district %1, which this plan "
                                         "no longer has; prepare the import again.")
                             .arg(district.id.value)};
        }
        state->before.push_back(*current);
    }
    const int count = static_cast<int>(outcome.updated.size() + outcome.added.size());
    if (count == 0) {
        return Error{QCoreApplication::translate(
            "commands", "The import changes nothing: every value equals the plan's.")};
    }
    const QString text =
        QCoreApplication::translate("commands", "Import %n district(s) from %1", nullptr, count)
            .arg(sourceName);
    auto command = std::make_unique<PlanEditCommand>(
        plan, text, [state](Plan& p) { return apply(p, *state); },
        [state](Plan& p) {
            return rollBack(p, *state, state->updated.size(), state->added.size());
        });
    if (const Status status = command->applyFirst(); !status) {
        return status;
    }
    stack.push(command.release());
    return {};
}

} // namespace agglomap::commands
