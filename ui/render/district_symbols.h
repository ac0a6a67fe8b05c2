#pragma once

#include "analysis/plan_analysis.h"
#include "render/map_scene.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <vector>

class QPainter;

namespace agglomap::render {

// The districts and parks of a plan drawn over the regions: area by business income, colour by
// cluster stage. Built once per change of the plan from the analysis; immutable and shared by
// the canvas's render worker and the exporters.
class DistrictSymbolLayer {
public:
    struct Symbol {
        model::DistrictId id;
        QPointF scene;
        double income = 0.0;
        analysis::ClusterStage stage = analysis::ClusterStage::Informal;
        bool illustrative = false; // income or stage rests on illustrative values
    };

    DistrictSymbolLayer() = default;
    [[nodiscard]] static DistrictSymbolLayer fromPlan(const model::Plan& plan,
                                                      const analysis::PlanAnalysis& analysis,
                                                      const MapScene& scene);

    [[nodiscard]] const std::vector<Symbol>& symbols() const { return m_symbols; }
    [[nodiscard]] static QColor stageColour(analysis::ClusterStage stage);
    // Radius in device pixels at 96 dpi: area proportional to income, 3 to 12 px.
    [[nodiscard]] double radius(const Symbol& symbol) const;

    void paint(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect) const;

private:
    std::vector<Symbol> m_symbols;
    double m_maxIncome = 0.0;
};

} // namespace agglomap::render
