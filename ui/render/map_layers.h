#pragma once

#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace agglomap::render {

// The layers a map draws, as a GIS layer panel lists them. Region labels always go on top.
enum class MapLayerId { Regions, Rivers, Linkages, Districts, Towns };

struct MapLayerStyle {
    MapLayerId id = MapLayerId::Regions;
    bool visible = true;
    double opacity = 1.0; // 0-1

    friend bool operator==(const MapLayerStyle&, const MapLayerStyle&) = default;
};

// Visibility, opacity and drawing order of the layers, bottom first.
class MapLayerStack {
public:
    MapLayerStack()
        : m_layers{{MapLayerId::Regions, true, 1.0},
                   {MapLayerId::Rivers, true, 0.9},
                   {MapLayerId::Linkages, false, 0.8},
                   {MapLayerId::Districts, true, 1.0},
                   {MapLayerId::Towns, false, 1.0}} {}

    [[nodiscard]] const std::vector<MapLayerStyle>& bottomToTop() const { return m_layers; }
    [[nodiscard]] const MapLayerStyle& style(MapLayerId id) const {
        return *std::find_if(m_layers.begin(), m_layers.end(),
                             [id](const MapLayerStyle& s) { return s.id == id; });
    }
    [[nodiscard]] bool isShown(MapLayerId id) const {
        const MapLayerStyle& s = style(id);
        return s.visible && s.opacity > 0.0;
    }
    void setVisible(MapLayerId id, bool visible) { editable(id).visible = visible; }
    void setOpacity(MapLayerId id, double opacity) {
        editable(id).opacity = std::clamp(opacity, 0.0, 1.0);
    }
    // Moves a layer to a position counted from the bottom.
    void move(MapLayerId id, int position) {
        const auto it = std::find_if(m_layers.begin(), m_layers.end(),
                                     [id](const MapLayerStyle& s) { return s.id == id; });
        const MapLayerStyle moved = *it;
        m_layers.erase(it);
        const int clamped = std::clamp(position, 0, static_cast<int>(m_layers.size()));
        m_layers.insert(m_layers.begin() + clamped, moved);
    }
    [[nodiscard]] int position(MapLayerId id) const {
        return static_cast<int>(std::find_if(m_layers.begin(), m_layers.end(),
                                             [id](const MapLayerStyle& s) { return s.id == id; }) -
                                m_layers.begin());
    }

    // "regions:1:1.00;rivers:1:0.90;..." for settings; nullopt if the text is not one.
    [[nodiscard]] QString toText() const;
    [[nodiscard]] static std::optional<MapLayerStack> fromText(const QString& text);

    friend bool operator==(const MapLayerStack&, const MapLayerStack&) = default;

private:
    MapLayerStyle& editable(MapLayerId id) {
        return *std::find_if(m_layers.begin(), m_layers.end(),
                             [id](const MapLayerStyle& s) { return s.id == id; });
    }

    std::vector<MapLayerStyle> m_layers;
};

[[nodiscard]] QString layerKey(MapLayerId id);
[[nodiscard]] std::optional<MapLayerId> layerFromKey(const QString& key);

} // namespace agglomap::render
