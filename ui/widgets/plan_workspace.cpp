#include "widgets/plan_workspace.h"

#include <QUndoStack>

namespace agglomap::widgets {

namespace {

std::unique_ptr<Scenario> makeScenario(QString name, std::unique_ptr<model::Plan> plan) {
    auto scenario = std::make_unique<Scenario>();
    scenario->name = std::move(name);
    scenario->plan = std::move(plan);
    scenario->analysis = std::make_unique<analysis::PlanAnalysis>(*scenario->plan);
    scenario->undoStack = std::make_unique<QUndoStack>();
    return scenario;
}

} // namespace

PlanWorkspace::PlanWorkspace(std::shared_ptr<const render::MapScene> scene,
                             std::shared_ptr<const render::ContextLayers> context,
                             io::OpenedPlan opened, QObject* parent)
    : QObject(parent)
    , m_scene(std::move(scene))
    , m_context(std::move(context))
    , m_regions(std::move(opened.regions)) {
    m_scenarios.push_back(makeScenario(tr("Baseline"), std::move(opened.plan)));
}

PlanWorkspace::~PlanWorkspace() = default;

QStringList PlanWorkspace::scenarioNames() const {
    QStringList names;
    for (const auto& scenario : m_scenarios) {
        names << scenario->name;
    }
    return names;
}

int PlanWorkspace::duplicateActive(const QString& name) {
    m_scenarios.push_back(makeScenario(name, active().plan->clone()));
    emit scenariosChanged();
    setActive(scenarioCount() - 1);
    return m_active;
}

void PlanWorkspace::setActive(int index) {
    if (index < 0 || index >= scenarioCount() || index == m_active) {
        return;
    }
    m_active = index;
    emit activeScenarioChanged(index);
}

void PlanWorkspace::removeScenario(int index) {
    if (index <= 0 || index >= scenarioCount()) {
        return;
    }
    // Views let go of the removed version before it is destroyed.
    if (m_active == index) {
        setActive(0);
    }
    m_scenarios.erase(m_scenarios.begin() + index);
    if (m_active > index) {
        --m_active;
    }
    emit scenariosChanged();
}

} // namespace agglomap::widgets
