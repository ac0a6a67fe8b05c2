#pragma once

#include "geo/region.h"
#include "render/context_layer_painter.h"
#include "render/map_layers.h"

#include <QRectF>
#include <QTransform>

#include <memory>
#include <optional>

class QPainter;

namespace agglomap::render {

// The province's context layers (rivers, towns) projected once for painting. A province whose
// maps folder lacks one of them simply has no such layer.
class ContextLayers {
public:
    // Loads rivers.geojson and towns.geojson from a province folder; a file that is missing is
    // skipped, a file that is broken is an error naming it.
    [[nodiscard]] static Result<std::shared_ptr<const ContextLayers>>
    load(const QString& provinceDirectory, const geo::Projection& projection);

    [[nodiscard]] const ContextLayerGraphics* rivers() const {
        return m_rivers ? &*m_rivers : nullptr;
    }
    [[nodiscard]] const ContextLayerGraphics* towns() const {
        return m_towns ? &*m_towns : nullptr;
    }
    // Provenance of a layer; empty when the province has no such layer.
    [[nodiscard]] QString provenance(MapLayerId id) const;

    void paint(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect,
               const MapLayerStyle& layer, geo::LabelLanguage language) const;

private:
    std::optional<ContextLayerGraphics> m_rivers;
    std::optional<ContextLayerGraphics> m_towns;
};

} // namespace agglomap::render
