#include "widgets/project/replace_boundaries_command.h"

#include "widgets/plan_workspace.h"

namespace agglomap::widgets {

ReplaceBoundariesCommand::ReplaceBoundariesCommand(PlanWorkspace& workspace, Boundaries before,
                                                   Boundaries after, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Status ReplaceBoundariesCommand::put(const Boundaries& boundaries) {
    // The description first: views refreshing on the swap read it.
    const QString previous = m_workspace.boundaryDescription();
    m_workspace.setBoundaryDescription(boundaries.description);
    const Status status =
        m_workspace.replaceRegions(boundaries.regions, boundaries.scene, boundaries.context);
    if (!status) {
        m_workspace.setBoundaryDescription(previous);
    }
    return status;
}

Status ReplaceBoundariesCommand::applyFirst() {
    const Status status = put(m_after);
    m_skipNextRedo = status.ok();
    return status;
}

void ReplaceBoundariesCommand::redo() {
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    (void)put(m_after);
}

void ReplaceBoundariesCommand::undo() {
    (void)put(m_before);
}

} // namespace agglomap::widgets
