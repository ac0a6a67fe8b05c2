#pragma once

#include "model/plan.h"
#include "render/map_scene.h"

#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <optional>
#include <vector>

class QPainter;

namespace agglomap::render {

// Supply links between districts drawn as curved lines from seller to buyer, width by the value
// of the flow. Each pair's flows are summed over sectors; the curve bends to the right of the
// direction of supply, so flows both ways between two districts stay apart.
class LinkageLayer {
public:
    struct Flow {
        model::DistrictId from;
        model::DistrictId to;
        QPointF fromScene;
        QPointF toScene;
        double value = 0.0;
        int sectors = 0;
    };

    LinkageLayer() = default;
    [[nodiscard]] static LinkageLayer fromPlan(const model::Plan& plan, const MapScene& scene);

    [[nodiscard]] const std::vector<Flow>& flows() const { return m_flows; }
    [[nodiscard]] double maxValue() const { return m_maxValue; }
    [[nodiscard]] bool drawsSameAs(const LinkageLayer& other) const;
    // Line width in pixels at 96 dpi: 1 to 7, proportional to the square root of the flow.
    [[nodiscard]] double width(const Flow& flow) const;

    // Links of the highlighted district are drawn in full colour and the others faded.
    void paint(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect,
               double opacity, std::optional<model::DistrictId> highlighted) const;

private:
    std::vector<Flow> m_flows;
    double m_maxValue = 0.0;
};

} // namespace agglomap::render
