#include "render/linkage_layer.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>

namespace agglomap::render {

namespace {

const QColor kFlowColour(0x6a, 0x3d, 0x9a);

QPainterPath curve(QPointF from, QPointF to) {
    const QPointF middle = (from + to) / 2.0;
    const QPointF along = to - from;
    // Perpendicular to the right of the direction of supply, 15% of the distance out.
    const QPointF normal(along.y(), -along.x());
    QPainterPath path(from);
    path.quadTo(middle + 0.15 * normal, to);
    return path;
}

void drawArrowHead(QPainter& painter, const QPainterPath& path, double size) {
    const double length = path.length();
    if (length < 3.0 * size) {
        return;
    }
    const QPointF tip = path.pointAtPercent(path.percentAtLength(length - size * 0.8));
    const QPointF back = path.pointAtPercent(path.percentAtLength(length - size * 2.8));
    const QPointF direction = tip - back;
    const double norm = std::hypot(direction.x(), direction.y());
    if (norm <= 0.0) {
        return;
    }
    const QPointF unit = direction / norm;
    const QPointF side(-unit.y(), unit.x());
    const QPointF base = tip - unit * size * 1.6;
    painter.drawPolygon(QPolygonF{tip, base + side * size * 0.8, base - side * size * 0.8});
}

} // namespace

LinkageLayer LinkageLayer::fromPlan(const model::Plan& plan, const MapScene& scene) {
    LinkageLayer layer;
    std::map<std::pair<model::DistrictId, model::DistrictId>, Flow> flows;
    for (const model::DistrictLink& link : plan.districtLinks()) {
        const model::District* from = plan.district(link.from);
        const model::District* to = plan.district(link.to);
        if (!from || !to) {
            continue;
        }
        Flow& flow = flows[{link.from, link.to}];
        flow.from = link.from;
        flow.to = link.to;
        flow.fromScene = MapScene::toScene(scene.projection().forward(from->location));
        flow.toScene = MapScene::toScene(scene.projection().forward(to->location));
        flow.value += link.value;
        ++flow.sectors;
    }
    for (auto& [pair, flow] : flows) {
        layer.m_maxValue = std::max(layer.m_maxValue, flow.value);
        layer.m_flows.push_back(flow);
    }
    // Thin lines on top of thick ones.
    std::stable_sort(layer.m_flows.begin(), layer.m_flows.end(),
                     [](const Flow& a, const Flow& b) { return a.value > b.value; });
    return layer;
}

bool LinkageLayer::drawsSameAs(const LinkageLayer& other) const {
    return m_maxValue == other.m_maxValue &&
           std::equal(m_flows.begin(), m_flows.end(), other.m_flows.begin(), other.m_flows.end(),
                      [](const Flow& a, const Flow& b) {
                          return a.from == b.from && a.to == b.to && a.value == b.value &&
                                 a.fromScene == b.fromScene && a.toScene == b.toScene;
                      });
}

double LinkageLayer::width(const Flow& flow) const {
    if (m_maxValue <= 0.0) {
        return 1.0;
    }
    return 1.0 + 6.0 * std::sqrt(std::max(0.0, flow.value) / m_maxValue);
}

void LinkageLayer::paint(QPainter& painter, const QTransform& sceneToDevice,
                         const QRectF& deviceRect, double opacity,
                         std::optional<model::DistrictId> highlighted) const {
    if (m_flows.empty() || opacity <= 0.0) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(opacity);
    const double scale = painter.device() ? painter.device()->logicalDpiX() / 96.0 : 1.0;
    for (const Flow& flow : m_flows) {
        const QPointF from = sceneToDevice.map(flow.fromScene);
        const QPointF to = sceneToDevice.map(flow.toScene);
        const QPainterPath path = curve(from, to);
        const double w = width(flow) * scale;
        if (!path.boundingRect().adjusted(-w, -w, w, w).intersects(deviceRect)) {
            continue;
        }
        const bool faded = highlighted && flow.from != *highlighted && flow.to != *highlighted;
        QColor colour = kFlowColour;
        colour.setAlpha(faded ? 50 : 190);
        painter.setPen(QPen(colour, w, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        drawArrowHead(painter, path, std::max(3.0 * scale, w));
    }
    painter.restore();
}

} // namespace agglomap::render
