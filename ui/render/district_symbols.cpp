#include "render/district_symbols.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace agglomap::render {

DistrictSymbolLayer DistrictSymbolLayer::fromPlan(const model::Plan& plan,
                                                  const analysis::PlanAnalysis& analysis,
                                                  const MapScene& scene) {
    DistrictSymbolLayer layer;
    for (const model::District* district : plan.districts()) {
        const analysis::DistrictIndicators* indicators = analysis.indicators(district->id);
        Symbol symbol;
        symbol.id = district->id;
        symbol.scene = MapScene::toScene(scene.projection().forward(district->location));
        symbol.income = district->finance.businessIncome;
        symbol.stage = indicators ? indicators->stage : analysis::ClusterStage::Informal;
        symbol.illustrative = district->illustrative.contains(model::DistrictField::Finance) ||
                              district->illustrative.contains(model::DistrictField::Industries);
        layer.m_maxIncome = std::max(layer.m_maxIncome, symbol.income);
        layer.m_symbols.push_back(symbol);
    }
    // Large symbols first, so small ones stay visible on top.
    std::stable_sort(layer.m_symbols.begin(), layer.m_symbols.end(),
                     [](const Symbol& a, const Symbol& b) { return a.income > b.income; });
    return layer;
}

QColor DistrictSymbolLayer::stageColour(analysis::ClusterStage stage) {
    switch (stage) {
    case analysis::ClusterStage::Informal:
        return QColor(0xfc, 0x8d, 0x59);
    case analysis::ClusterStage::Organized:
        return QColor(0x45, 0x75, 0xb4);
    case analysis::ClusterStage::Innovative:
        return QColor(0x1a, 0x98, 0x50);
    }
    return Qt::gray;
}

double DistrictSymbolLayer::radius(const Symbol& symbol) const {
    const double relative =
        m_maxIncome > 0.0 ? std::sqrt(std::max(0.0, symbol.income) / m_maxIncome) : 0.0;
    return 3.0 + 9.0 * relative;
}

void DistrictSymbolLayer::paint(QPainter& painter, const QTransform& sceneToDevice,
                                const QRectF& deviceRect) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double scale = painter.device() ? painter.device()->logicalDpiX() / 96.0 : 1.0;
    for (const Symbol& symbol : m_symbols) {
        const QPointF centre = sceneToDevice.map(symbol.scene);
        const double r = radius(symbol) * scale;
        if (!deviceRect.adjusted(-r, -r, r, r).contains(centre)) {
            continue;
        }
        QColor fill = stageColour(symbol.stage);
        fill.setAlpha(215);
        // Illustrative values get a dashed outline, so the map never passes them off as data.
        QPen pen(QColor(0x20, 0x20, 0x20), 1.0 * scale,
                 symbol.illustrative ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(centre, r, r);
    }
    painter.restore();
}

} // namespace agglomap::render
