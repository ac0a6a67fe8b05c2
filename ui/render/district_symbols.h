#pragma once

#include "analysis/plan_analysis.h"
#include "render/map_scene.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <optional>
#include <vector>

class QPainter;

namespace agglomap::render {

// The categorical indicator that colours the district symbols.
enum class SymbolColouring { ClusterStage, InnovationMode, ZoneLevel, DistrictType, IncomeTier };

[[nodiscard]] QString symbolColouringKey(SymbolColouring colouring);
[[nodiscard]] std::optional<SymbolColouring> symbolColouringFromKey(const QString& key);
[[nodiscard]] const std::vector<SymbolColouring>& allSymbolColourings();

// One category of a colouring as the legend lists it.
struct SymbolCategory {
    QString nameZh;
    QString nameEn;
    QColor colour;
};

// The districts and parks of a plan drawn over the regions: area by business income, colour by
// a categorical indicator (cluster stage by default). Built once per change of the plan from the
// analysis; immutable and shared by the canvas's render worker and the exporters.
class DistrictSymbolLayer {
public:
    struct Symbol {
        model::DistrictId id;
        QString nameZh;
        QString nameEn;
        QPointF scene;
        double income = 0.0;
        analysis::ClusterStage stage = analysis::ClusterStage::Informal;
        int category = 0;          // index into categories(colouring())
        bool illustrative = false; // income or category rests on illustrative values
    };

    DistrictSymbolLayer() = default;
    [[nodiscard]] static DistrictSymbolLayer
    fromPlan(const model::Plan& plan, const analysis::PlanAnalysis& analysis, const MapScene& scene,
             SymbolColouring colouring = SymbolColouring::ClusterStage);

    [[nodiscard]] const std::vector<Symbol>& symbols() const { return m_symbols; }
    [[nodiscard]] const Symbol* symbol(model::DistrictId id) const;
    [[nodiscard]] SymbolColouring colouring() const { return m_colouring; }
    [[nodiscard]] static const std::vector<SymbolCategory>& categories(SymbolColouring colouring);
    [[nodiscard]] static QColor stageColour(analysis::ClusterStage stage);
    [[nodiscard]] QColor colour(const Symbol& symbol) const;
    [[nodiscard]] double maxIncome() const { return m_maxIncome; }
    [[nodiscard]] bool anyIllustrative() const;
    // Every symbol at the same place, size, colour and outline.
    [[nodiscard]] bool drawsSameAs(const DistrictSymbolLayer& other) const;
    // Radius in device pixels at 96 dpi: area proportional to income, 3 to 12 px.
    [[nodiscard]] double radius(const Symbol& symbol) const;
    [[nodiscard]] double radiusForIncome(double income) const;
    // Symbols shrink when the map is zoomed far out, so 175 districts do not bury the regions.
    [[nodiscard]] static double zoomFactor(const QTransform& sceneToDevice);
    // The district whose symbol covers a device point (the topmost one), if any.
    [[nodiscard]] std::optional<model::DistrictId>
    districtAt(QPointF device, const QTransform& sceneToDevice, double deviceScale) const;

    // The selected district's ring is the map painter's highlight, not part of this layer.
    void paint(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect,
               double opacity = 1.0) const;

private:
    std::vector<Symbol> m_symbols;
    SymbolColouring m_colouring = SymbolColouring::ClusterStage;
    double m_maxIncome = 0.0;
};

} // namespace agglomap::render
