#pragma once

#include "model/plan.h"
#include "util/status.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace agglomap::commands {

// Which consecutive edits fold into one undo step: the same kind of edit of the same field of the
// same district (a spin box stepping through values).
struct MergeKey {
    enum class Kind { SectorActivity = 1, Provision, Innovation, Finance, Rename, Move };
    Kind kind = Kind::SectorActivity;
    model::DistrictId district;
    int detail = 0; // the sector or infrastructure item, where the kind needs one

    friend bool operator==(const MergeKey&, const MergeKey&) = default;
};

// One edit of a plan as a pair of plan calls: `apply` makes the change, `revert` puts back the
// state before it. Both capture ids and values, never pointers into the plan.
// The edit is applied once before the command goes on the stack (so a refused edit never gets
// there); the stack's first redo() is then skipped.
class PlanEditCommand : public QUndoCommand {
public:
    using Edit = std::function<Status(model::Plan&)>;

    PlanEditCommand(model::Plan& plan, const QString& text, Edit apply, Edit revert,
                    std::optional<MergeKey> mergeKey = std::nullopt);

    // Makes the change for the first time; on success the next redo() does nothing.
    [[nodiscard]] Status applyFirst();

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    model::Plan& m_plan;
    Edit m_apply;
    Edit m_revert;
    std::optional<MergeKey> m_mergeKey;
    bool m_skipNextRedo = false;
};

} // namespace agglomap::commands
