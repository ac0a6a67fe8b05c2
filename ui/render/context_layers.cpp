#include "render/context_layers.h"

#include "io/context_layer_loader.h"

#include <QDir>
#include <QFileInfo>

namespace agglomap::render {

Result<std::shared_ptr<const ContextLayers>>
ContextLayers::load(const QString& provinceDirectory, const geo::Projection& projection) {
    auto layers = std::make_shared<ContextLayers>();
    const QDir directory(provinceDirectory);
    for (const auto& [file, target] : {std::pair{io::kRiversFile, &layers->m_rivers},
                                       std::pair{io::kTownsFile, &layers->m_towns}}) {
        const QString path = directory.filePath(QString::fromLatin1(file));
        if (!QFileInfo::exists(path)) {
            continue;
        }
        auto layer = io::loadContextLayer(path);
        if (!layer) {
            return layer.error();
        }
        target->emplace(layer.value(), projection);
    }
    return std::shared_ptr<const ContextLayers>(std::move(layers));
}

QString ContextLayers::provenance(MapLayerId id) const {
    if (id == MapLayerId::Rivers && m_rivers) {
        return m_rivers->provenance();
    }
    if (id == MapLayerId::Towns && m_towns) {
        return m_towns->provenance();
    }
    return {};
}

void ContextLayers::paint(QPainter& painter, const QTransform& sceneToDevice,
                          const QRectF& deviceRect, const MapLayerStyle& layer,
                          geo::LabelLanguage language) const {
    const ContextLayerGraphics* graphics = layer.id == MapLayerId::Rivers  ? rivers()
                                           : layer.id == MapLayerId::Towns ? towns()
                                                                           : nullptr;
    if (graphics) {
        graphics->paint(painter, sceneToDevice, deviceRect, layer.opacity, language);
    }
}

} // namespace agglomap::render
