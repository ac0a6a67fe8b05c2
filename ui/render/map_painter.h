#pragma once

#include "render/map_scene.h"
#include "render/map_view_state.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QTransform>

class QPainter;
class QFontMetricsF;

namespace agglomap::render {

class LabelLayout;

// The one paint path for the map: the canvas, PNG/SVG/PDF exports and tests all call it,
// so what is exported is what was on screen.
class MapPainter {
public:
    MapPainter(const MapScene& scene, const MapViewState& state)
        : m_scene(scene)
        , m_state(state) {}

    // Regions, borders, labels, then highlights, inside deviceRect. sceneToDevice maps scene
    // coordinates (see MapScene) to the painter's device pixels.
    void paintMap(QPainter& painter, const QTransform& sceneToDevice,
                  const QRectF& deviceRect) const;
    // The two parts of paintMap. The canvas caches the base as an image and paints the
    // highlights (hover, selection) over it, so moving the pointer never redraws 200k vertices.
    void paintBase(QPainter& painter, const QTransform& sceneToDevice,
                   const QRectF& deviceRect) const;
    void paintHighlights(QPainter& painter, const QTransform& sceneToDevice,
                         const QRectF& deviceRect) const;
    // Scale bar (lower left) and north arrow (upper right), in device pixels.
    void paintDecorations(QPainter& painter, const QTransform& sceneToDevice,
                          const QRectF& deviceRect) const;

    // The fill a region gets in this state; context cities get a neutral grey.
    [[nodiscard]] QColor fillColour(geo::RegionLevel level, geo::RegionCode code) const;
    // Regions that get a label in this state, largest first.
    [[nodiscard]] std::vector<geo::RegionCode> labelledRegions() const;
    [[nodiscard]] static QFont labelFont(geo::RegionLevel level);
    [[nodiscard]] static QFont districtLabelFont();

    struct PlacedLabel {
        QPointF baseline;
        QString text;
        QRectF box; // device pixels, what the layout reserved
    };
    // Every label the map draws, placed so none overlaps another: region names first, then the
    // names of neighbouring cities, then district names beside their symbols where room is left
    // (when zoomed in far enough for them to be read).
    struct LabelPlan {
        std::vector<PlacedLabel> regions;
        std::vector<PlacedLabel> context;
        std::vector<PlacedLabel> districts;
    };
    [[nodiscard]] LabelPlan planLabels(const QPaintDevice& device, const QTransform& sceneToDevice,
                                       const QRectF& deviceRect) const;
    [[nodiscard]] static double metresPerPixel(const QTransform& sceneToDevice);

private:
    void paintRegions(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect,
                      double opacity) const;
    void paintContext(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect,
                      const MapLayerStyle& layer) const;
    void paintSelectedDistrict(QPainter& painter, const QTransform& sceneToDevice) const;
    [[nodiscard]] bool hasNoData(geo::RegionLevel level, geo::RegionCode code) const;
    // The region's outline as drawn: whole on images, cut to the view on vector pages.
    [[nodiscard]] const QPainterPath& shownPath(const QPainter& painter, geo::RegionLevel level,
                                                geo::RegionCode code, std::size_t lod,
                                                const QRectF& visible, QPainterPath& clipped) const;
    void fillRegions(QPainter& painter, geo::RegionLevel level,
                     const std::vector<geo::RegionCode>& codes, std::size_t lod,
                     const QRectF& visible) const;
    void strokeRegions(QPainter& painter, geo::RegionLevel level,
                       const std::vector<geo::RegionCode>& codes, std::size_t lod,
                       const QRectF& visible, const QPen& pen) const;
    void paintLabels(QPainter& painter, const QTransform& sceneToDevice,
                     const QRectF& deviceRect) const;
    void layOutLabels(geo::RegionLevel level, const std::vector<geo::RegionCode>& codes,
                      const QFontMetricsF& metrics, const QTransform& sceneToDevice,
                      LabelLayout& layout, std::vector<PlacedLabel>& placed) const;
    void drawLabels(QPainter& painter, const std::vector<PlacedLabel>& labels, const QFont& font,
                    const QColor& colour) const;
    [[nodiscard]] std::vector<geo::RegionCode> codesAt(geo::RegionLevel level) const;
    [[nodiscard]] std::vector<geo::RegionCode> focusCounties() const;

    const MapScene& m_scene;
    const MapViewState& m_state;
};

} // namespace agglomap::render
