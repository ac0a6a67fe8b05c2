#pragma once

#include "render/context_layers.h"
#include "render/map_scene.h"
#include "util/status.h"

#include <QUndoCommand>

#include <memory>

namespace agglomap::widgets {

class PlanWorkspace;

// Boundaries put in place in every version of a workspace, and back on undo. The command holds
// both maps, built once, so undo and redo are instant.
class ReplaceBoundariesCommand : public QUndoCommand {
public:
    struct Boundaries {
        std::shared_ptr<const geo::RegionHierarchy> regions;
        std::shared_ptr<const render::MapScene> scene;
        std::shared_ptr<const render::ContextLayers> context;
        QString description;
    };

    ReplaceBoundariesCommand(PlanWorkspace& workspace, Boundaries before, Boundaries after,
                             const QString& text);
    // Puts the new boundaries in place for the first time; on success the next redo() does
    // nothing and the command may go on the stack.
    [[nodiscard]] Status applyFirst();
    void redo() override;
    void undo() override;

private:
    Status put(const Boundaries& boundaries);

    PlanWorkspace& m_workspace;
    Boundaries m_before;
    Boundaries m_after;
    bool m_skipNextRedo = false;
};

} // namespace agglomap::widgets
