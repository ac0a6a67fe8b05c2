#pragma once

#include "render/map_scene.h"
#include "render/map_view_state.h"

#include <QGraphicsItem>

#include <memory>

namespace agglomap::widgets {

// The base map inside the canvas's QGraphicsScene. It paints through render::MapPainter, the
// same code the headless and export paths use.
class MapItem : public QGraphicsItem {
public:
    MapItem(std::shared_ptr<const render::MapScene> scene, const render::MapViewState& state);

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::shared_ptr<const render::MapScene> m_scene;
    const render::MapViewState& m_state; // owned by the canvas, which owns this item
};

} // namespace agglomap::widgets
