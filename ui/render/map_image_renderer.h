#pragma once

#include "render/map_scene.h"
#include "render/map_view_state.h"

#include <QImage>
#include <QSize>
#include <QTransform>

namespace agglomap::render {

// A transform that fits a scene rectangle into a device rectangle with a margin, centred,
// preserving aspect ratio (north stays up).
[[nodiscard]] QTransform fitTransform(const QRectF& sceneRect, const QRectF& deviceRect,
                                      double marginFraction);

// The scene rectangle a view state is about: the province, or the city in focus.
[[nodiscard]] QRectF focusRect(const MapScene& scene, const MapViewState& state);

// Renders the map with decorations into an image of the given pixel size; dpi sets the image's
// resolution metadata and scales labels and line widths' text accordingly.
[[nodiscard]] QImage renderMapImage(const MapScene& scene, const MapViewState& state, QSize size,
                                    int dpi);

} // namespace agglomap::render
