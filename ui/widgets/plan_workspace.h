#pragma once

#include "analysis/plan_analysis.h"
#include "io/plan_source.h"
#include "render/context_layers.h"
#include "render/map_scene.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QUndoStack;

namespace agglomap::widgets {

// One version of a plan the planner works on: the baseline as opened, or a named scenario
// duplicated from another version. Each has its own analysis and its own undo history.
struct Scenario {
    QString name;
    std::unique_ptr<model::Plan> plan;
    std::unique_ptr<analysis::PlanAnalysis> analysis;
    std::unique_ptr<QUndoStack> undoStack;
};

// A province as the window works on it: its map and its plan's versions (baseline first).
class PlanWorkspace : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(PlanWorkspace)

public:
    PlanWorkspace(std::shared_ptr<const render::MapScene> scene,
                  std::shared_ptr<const render::ContextLayers> context, io::OpenedPlan opened,
                  QObject* parent = nullptr);
    ~PlanWorkspace() override;

    [[nodiscard]] const std::shared_ptr<const render::MapScene>& scene() const { return m_scene; }
    [[nodiscard]] const std::shared_ptr<const render::ContextLayers>& contextLayers() const {
        return m_context;
    }
    // Where the boundaries come from, as their file describes it: for the credits of exports.
    [[nodiscard]] const QString& boundaryDescription() const { return m_boundaryDescription; }
    void setBoundaryDescription(QString description) {
        m_boundaryDescription = std::move(description);
    }
    [[nodiscard]] int scenarioCount() const { return static_cast<int>(m_scenarios.size()); }
    [[nodiscard]] Scenario& scenario(int index) { return *m_scenarios.at(index); }
    [[nodiscard]] const Scenario& scenario(int index) const { return *m_scenarios.at(index); }
    [[nodiscard]] Scenario& baseline() { return *m_scenarios.front(); }
    [[nodiscard]] Scenario& active() { return *m_scenarios.at(m_active); }
    [[nodiscard]] int activeIndex() const { return m_active; }
    [[nodiscard]] QStringList scenarioNames() const;

    // Copies the active version under a new name and makes the copy active. Returns its index.
    int duplicateActive(const QString& name);
    void setActive(int index);
    // The baseline cannot be removed.
    void removeScenario(int index);

signals:
    void scenariosChanged();
    void activeScenarioChanged(int index);

private:
    std::shared_ptr<const render::MapScene> m_scene;
    std::shared_ptr<const render::ContextLayers> m_context;
    std::shared_ptr<const geo::RegionHierarchy> m_regions;
    std::vector<std::unique_ptr<Scenario>> m_scenarios;
    int m_active = 0;
    QString m_boundaryDescription;
};

} // namespace agglomap::widgets
