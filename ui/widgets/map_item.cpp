#include "widgets/map_item.h"

#include "render/map_painter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace agglomap::widgets {

MapItem::MapItem(std::shared_ptr<const render::MapScene> scene, const render::MapViewState& state)
    : m_scene(std::move(scene))
    , m_state(state) {
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

QRectF MapItem::boundingRect() const {
    // Generous, so the background fills the view however far it is panned.
    const QRectF extent = m_scene->sceneExtent();
    return extent.adjusted(-extent.width() * 4, -extent.height() * 4, extent.width() * 4,
                           extent.height() * 4);
}

void MapItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QTransform sceneToDevice = painter->worldTransform();
    const QRectF deviceRect = sceneToDevice.mapRect(option->exposedRect);
    painter->save();
    painter->resetTransform();
    render::MapPainter(*m_scene, m_state).paintMap(*painter, sceneToDevice, deviceRect);
    painter->restore();
}

} // namespace agglomap::widgets
