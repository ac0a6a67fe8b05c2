#pragma once

#include "analysis/plan_analysis.h"
#include "io/plan_source.h"
#include "io/project/project_file.h"
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

// A plan as the window works on it, one open document: its map and its versions (baseline
// first), where it is saved, and whether it has changed since.
class PlanWorkspace : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(PlanWorkspace)

public:
    PlanWorkspace(std::shared_ptr<const render::MapScene> scene,
                  std::shared_ptr<const render::ContextLayers> context, io::OpenedPlan opened,
                  QObject* parent = nullptr);
    // A project as opened from its file: every version with its name.
    PlanWorkspace(std::shared_ptr<const render::MapScene> scene,
                  std::shared_ptr<const render::ContextLayers> context, io::OpenedProject project,
                  QObject* parent = nullptr);
    ~PlanWorkspace() override;

    // The bundled province whose rivers and towns the map shows ("henan"), if any.
    [[nodiscard]] const QString& province() const { return m_province; }
    void setProvince(QString key) { m_province = std::move(key); }
    // The file it was opened from or last saved to; empty for a sample or a new plan.
    [[nodiscard]] const QString& filePath() const { return m_filePath; }
    void setFilePath(QString path) { m_filePath = std::move(path); }
    // Unsaved changes: an edit in any version not undone back to the saved state, or a scenario
    // added or removed, or settings changed (map style) since the last save.
    [[nodiscard]] bool isModified() const;
    void setSettingsModified();
    // After a save: the present state of every version becomes the saved one.
    void markSaved();
    // What a save writes: the versions borrowed, with the given settings.
    [[nodiscard]] io::ProjectContents contents(QJsonObject settings) const;
    // The project's own settings as opened (map style and view), for the window to apply once.
    [[nodiscard]] const QJsonObject& openedSettings() const { return m_openedSettings; }

    // Puts other boundaries of the same province in place in every version, and a map built
    // from them (with the context layers projected for it). On refusal nothing changes.
    Status replaceRegions(std::shared_ptr<const geo::RegionHierarchy> regions,
                          std::shared_ptr<const render::MapScene> scene,
                          std::shared_ptr<const render::ContextLayers> context);
    [[nodiscard]] const std::shared_ptr<const geo::RegionHierarchy>& regions() const {
        return m_regions;
    }

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
    void modifiedChanged(bool modified);
    void regionsReplaced();

private:
    std::shared_ptr<const render::MapScene> m_scene;
    std::shared_ptr<const render::ContextLayers> m_context;
    std::shared_ptr<const geo::RegionHierarchy> m_regions;
    std::vector<std::unique_ptr<Scenario>> m_scenarios;
    void addVersion(QString name, std::unique_ptr<model::Plan> plan);
    void updateModified();

    int m_active = 0;
    QString m_boundaryDescription;
    QString m_province;
    QString m_filePath;
    QJsonObject m_openedSettings;
    bool m_structureChanged = false;
    bool m_settingsChanged = false;
    bool m_modified = false;
};

} // namespace agglomap::widgets
