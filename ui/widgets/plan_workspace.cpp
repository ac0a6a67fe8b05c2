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
    , m_regions(std::move(opened.regions))
    , m_boundaryDescription(std::move(opened.boundaryDescription))
    , m_province(std::move(opened.province)) {
    addVersion(tr("Baseline"), std::move(opened.plan));
}

PlanWorkspace::PlanWorkspace(std::shared_ptr<const render::MapScene> scene,
                             std::shared_ptr<const render::ContextLayers> context,
                             io::OpenedProject project, QObject* parent)
    : QObject(parent)
    , m_scene(std::move(scene))
    , m_context(std::move(context))
    , m_regions(std::move(project.regions))
    , m_boundaryDescription(std::move(project.boundaryDescription))
    , m_province(std::move(project.province))
    , m_openedSettings(std::move(project.settings)) {
    for (auto& version : project.versions) {
        addVersion(std::move(version.name), std::move(version.plan));
    }
}

void PlanWorkspace::addVersion(QString name, std::unique_ptr<model::Plan> plan) {
    m_scenarios.push_back(makeScenario(std::move(name), std::move(plan)));
    connect(m_scenarios.back()->undoStack.get(), &QUndoStack::cleanChanged, this,
            &PlanWorkspace::updateModified);
}

bool PlanWorkspace::isModified() const {
    return m_modified;
}

void PlanWorkspace::updateModified() {
    bool modified = m_structureChanged || m_settingsChanged;
    for (const auto& scenario : m_scenarios) {
        modified = modified || !scenario->undoStack->isClean();
    }
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void PlanWorkspace::setSettingsModified() {
    m_settingsChanged = true;
    updateModified();
}

void PlanWorkspace::markSaved() {
    m_structureChanged = false;
    m_settingsChanged = false;
    for (const auto& scenario : m_scenarios) {
        scenario->undoStack->setClean();
    }
    updateModified();
}

io::ProjectContents PlanWorkspace::contents(QJsonObject settings) const {
    io::ProjectContents contents;
    contents.province = m_province;
    contents.regions = m_regions.get();
    contents.boundaryDescription = m_boundaryDescription;
    for (const auto& scenario : m_scenarios) {
        contents.versions.push_back({scenario->name, scenario->plan.get()});
    }
    contents.settings = std::move(settings);
    return contents;
}

Status PlanWorkspace::replaceRegions(std::shared_ptr<const geo::RegionHierarchy> regions,
                                     std::shared_ptr<const render::MapScene> scene,
                                     std::shared_ptr<const render::ContextLayers> context) {
    std::size_t done = 0;
    for (; done < m_scenarios.size(); ++done) {
        if (const Status status = m_scenarios[done]->plan->replaceRegions(regions); !status) {
            for (std::size_t i = 0; i < done; ++i) {
                (void)m_scenarios[i]->plan->replaceRegions(m_regions);
            }
            return status;
        }
    }
    m_regions = std::move(regions);
    m_scene = std::move(scene);
    m_context = std::move(context);
    emit regionsReplaced();
    return {};
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
    addVersion(name, active().plan->clone());
    m_structureChanged = true;
    emit scenariosChanged();
    updateModified();
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
    m_structureChanged = true;
    emit scenariosChanged();
    updateModified();
}

} // namespace agglomap::widgets
