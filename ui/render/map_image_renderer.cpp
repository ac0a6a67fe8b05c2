#include "render/map_image_renderer.h"

#include "render/map_painter.h"

#include <QPainter>

#include <algorithm>

namespace agglomap::render {

QTransform fitTransform(const QRectF& sceneRect, const QRectF& deviceRect, double marginFraction) {
    const QRectF target = deviceRect.marginsRemoved(
        QMarginsF(deviceRect.width() * marginFraction, deviceRect.height() * marginFraction,
                  deviceRect.width() * marginFraction, deviceRect.height() * marginFraction));
    const double scale =
        std::min(target.width() / sceneRect.width(), target.height() / sceneRect.height());
    QTransform transform;
    transform.translate(target.center().x(), target.center().y());
    transform.scale(scale, scale);
    transform.translate(-sceneRect.center().x(), -sceneRect.center().y());
    return transform;
}

QRectF focusRect(const MapScene& scene, const MapViewState& state) {
    return state.focusCity ? scene.sceneBounds(geo::RegionLevel::City, *state.focusCity)
                           : scene.sceneExtent();
}

QImage renderMapImage(const MapScene& scene, const MapViewState& state, QSize size, int dpi) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QPainter painter(&image);
    const QRectF deviceRect(QPointF(0, 0), QSizeF(size));
    const QTransform sceneToDevice = fitTransform(focusRect(scene, state), deviceRect, 0.04);
    const MapPainter mapPainter(scene, state);
    mapPainter.paintMap(painter, sceneToDevice, deviceRect);
    mapPainter.paintDecorations(painter, sceneToDevice, deviceRect);
    painter.end();
    return image;
}

} // namespace agglomap::render
