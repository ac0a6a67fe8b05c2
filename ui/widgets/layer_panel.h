#pragma once

#include "render/map_layers.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QSlider;
class QToolButton;

namespace agglomap::widgets {

// The layer list as GIS users know it: topmost layer first, a check box for visibility,
// buttons to move a layer up or down, an opacity slider, and where the layer's data come from.
class LayerPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(LayerPanel)

public:
    explicit LayerPanel(QWidget* parent = nullptr);

    void setLayers(const render::MapLayerStack& layers);
    [[nodiscard]] const render::MapLayerStack& layers() const { return m_layers; }
    // Provenance shown under the list for the current layer; an empty text disables the layer
    // (its data are missing for this province).
    void setProvenance(render::MapLayerId id, const QString& text);
    [[nodiscard]] static QString layerName(render::MapLayerId id);
    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QSlider* opacitySlider() const { return m_opacity; }
    void moveCurrent(int steps);

signals:
    void layersChanged(const agglomap::render::MapLayerStack& layers);

private:
    void showLayers();
    void showCurrent();
    [[nodiscard]] std::optional<render::MapLayerId> currentLayer() const;

    render::MapLayerStack m_layers;
    QHash<int, QString> m_provenance;
    QListWidget* m_list = nullptr;
    QSlider* m_opacity = nullptr;
    QLabel* m_opacityValue = nullptr;
    QLabel* m_provenanceLabel = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
};

} // namespace agglomap::widgets
