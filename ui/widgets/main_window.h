#pragma once

#include "analysis/plan_analysis.h"
#include "io/plan_source.h"
#include "render/district_symbols.h"
#include "render/map_scene.h"

#include <QHash>
#include <QMainWindow>

#include <map>
#include <memory>
#include <optional>

class QActionGroup;
class QComboBox;
class QLabel;

namespace agglomap::widgets {

class BreadcrumbBar;
class MapCanvas;

// The planner's window: the map of a province with navigation, language and level controls.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY(MainWindow)

public:
    // mapsDirectory holds one folder per bundled province (henan, ningxia).
    explicit MainWindow(QString mapsDirectory, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a bundled province. On failure the current map stays and the error says why;
    // the caller decides how to tell the user.
    [[nodiscard]] std::optional<Error> openProvince(const QString& key);
    [[nodiscard]] MapCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] BreadcrumbBar* breadcrumb() const { return m_breadcrumb; }
    [[nodiscard]] QAction* backAction() const { return m_backAction; }
    // The plan shown with the current province, if one is open.
    [[nodiscard]] const model::Plan* plan() const;

private:
    void createActions();
    void createToolBar();
    void updateTrail();
    void updateScaleReadout();
    [[nodiscard]] geo::LabelLanguage language() const;

    QString m_mapsDirectory;
    QString m_currentKey;
    // A bundled province as the window shows it: its map, its plan and the plan's analysis.
    struct ProvinceView {
        std::shared_ptr<const render::MapScene> scene;
        io::OpenedPlan opened;
        std::unique_ptr<analysis::PlanAnalysis> analysis;
        std::shared_ptr<const render::DistrictSymbolLayer> districts;
    };
    [[nodiscard]] Result<ProvinceView*> provinceView(const QString& key);

    std::map<QString, ProvinceView> m_provinces;
    MapCanvas* m_canvas = nullptr;
    BreadcrumbBar* m_breadcrumb = nullptr;
    QComboBox* m_provinceBox = nullptr;
    QComboBox* m_languageBox = nullptr;
    QComboBox* m_levelBox = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_scaleLabel = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_fullExtentAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
};

} // namespace agglomap::widgets
