#pragma once

#include "analysis/scenario_comparison.h"
#include "render/map_overlays.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace agglomap::widgets {

class LegendWidget;
class MapCanvas;
class PlanWorkspace;

// A scenario against its baseline: the two maps side by side with one shared view, a map of
// the differences, and the tables of changed indicators and recommendations. Follows edits to
// either version while it is open.
class ScenarioComparisonDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(ScenarioComparisonDialog)

public:
    ScenarioComparisonDialog(PlanWorkspace& workspace, int scenarioIndex,
                             render::MapSymbology symbology, geo::RegionLevel level,
                             geo::LabelLanguage language, QWidget* parent = nullptr);

    [[nodiscard]] MapCanvas* baselineCanvas() const { return m_baselineCanvas; }
    [[nodiscard]] MapCanvas* scenarioCanvas() const { return m_scenarioCanvas; }
    [[nodiscard]] MapCanvas* differenceCanvas() const { return m_differenceCanvas; }
    [[nodiscard]] QTableWidget* indicatorTable() const { return m_indicatorTable; }
    [[nodiscard]] QTableWidget* recommendationTable() const { return m_recommendationTable; }
    [[nodiscard]] const analysis::ScenarioComparison& comparison() const { return m_comparison; }
    [[nodiscard]] const analysis::Choropleth* differenceMap() const { return m_difference.get(); }

private:
    void refresh();
    void fillTables();
    void followView(const MapCanvas& source, MapCanvas& target);
    [[nodiscard]] QString districtName(model::DistrictId id) const;

    PlanWorkspace& m_workspace;
    int m_scenarioIndex = 0;
    render::MapSymbology m_symbology;
    geo::RegionLevel m_level = geo::RegionLevel::City;
    geo::LabelLanguage m_language = geo::LabelLanguage::Chinese;
    analysis::ScenarioComparison m_comparison;
    std::shared_ptr<const analysis::Choropleth> m_difference;
    bool m_syncing = false;
    QTabWidget* m_tabs = nullptr;
    MapCanvas* m_baselineCanvas = nullptr;
    MapCanvas* m_scenarioCanvas = nullptr;
    MapCanvas* m_differenceCanvas = nullptr;
    LegendWidget* m_baselineLegend = nullptr;
    LegendWidget* m_differenceLegend = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_indicatorTable = nullptr;
    QTableWidget* m_recommendationTable = nullptr;
};

} // namespace agglomap::widgets
