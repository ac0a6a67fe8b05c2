#include "commands/plan_edit_command.h"

#include <QtGlobal>

namespace agglomap::commands {

PlanEditCommand::PlanEditCommand(model::Plan& plan, const QString& text, Edit apply, Edit revert,
                                 std::optional<MergeKey> mergeKey)
    : QUndoCommand(text)
    , m_plan(plan)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_mergeKey(mergeKey) {}

Status PlanEditCommand::applyFirst() {
    Status status = m_apply(m_plan);
    m_skipNextRedo = status.ok();
    return status;
}

void PlanEditCommand::redo() {
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    // The plan is back in the state the edit was first accepted in, so it accepts it again.
    const Status status = m_apply(m_plan);
    if (!status) {
        qWarning("Redo of \"%s\" was refused: %s", qUtf8Printable(text()),
                 qUtf8Printable(status.error().message));
    }
}

void PlanEditCommand::undo() {
    const Status status = m_revert(m_plan);
    if (!status) {
        qWarning("Undo of \"%s\" was refused: %s", qUtf8Printable(text()),
                 qUtf8Printable(status.error().message));
    }
}

int PlanEditCommand::id() const {
    return m_mergeKey ? static_cast<int>(m_mergeKey->kind) : -1;
}

bool PlanEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const PlanEditCommand*>(other);
    if (!next || !m_mergeKey || next->m_mergeKey != m_mergeKey) {
        return false;
    }
    // Keep our revert (the state before the first edit); redo now goes straight to the last value.
    m_apply = next->m_apply;
    setText(next->text());
    return true;
}

} // namespace agglomap::commands
