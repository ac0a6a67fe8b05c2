#pragma once

#include "render/map_overlays.h"
#include "render/map_scene.h"
#include "render/map_view_state.h"

#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QGraphicsView>
#include <QImage>
#include <QTimer>

#include <memory>
#include <optional>

namespace agglomap::widgets {

// The interactive map: pan by dragging, zoom by wheel or keys, hover for a tooltip, click to
// select, double-click a city to open it. Region codes in signals are 0 for "none".
//
// As in QGIS, the base map is rendered on a worker thread from immutable data into an image;
// the view shows the last finished image (shifted or scaled while the user pans or zooms) and
// paints hover, selection, scale bar and north arrow over it on every frame.
class MapCanvas : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY(MapCanvas)

public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setMapScene(std::shared_ptr<const render::MapScene> scene);
    // Districts drawn over the regions (none when null); kept until the next setMapScene.
    void setDistrictSymbols(std::shared_ptr<const render::DistrictSymbolLayer> districts);
    // Choropleth, district symbols and linkages from one derivation, in one repaint; none when
    // they draw the same as those shown (an edit that changes nothing on the map).
    void setOverlays(const render::MapOverlays& overlays);
    // A base-map render is queued or running for a change not yet on screen.
    [[nodiscard]] bool isRenderPending() const;
    void setChoropleth(std::shared_ptr<const analysis::Choropleth> choropleth);
    void setLinkages(std::shared_ptr<const render::LinkageLayer> linkages);
    void setContextLayers(std::shared_ptr<const render::ContextLayers> context);
    void setLayers(const render::MapLayerStack& layers);
    // Marks a district on the overlay; no new base render.
    void selectDistrict(std::optional<model::DistrictId> id);
    // Brings a district or a region into view, zooming in only if it is not visible enough.
    void showDistrict(model::DistrictId id);
    void showRegion(geo::RegionCode code);
    [[nodiscard]] const render::MapScene* mapScene() const { return m_scene.get(); }
    [[nodiscard]] const render::MapViewState& viewState() const { return m_state; }

    void drillInto(geo::RegionCode cityCode);
    void back();
    void zoomToFocus();
    void zoomBy(double factor);
    void setLabelLanguage(geo::LabelLanguage language);
    void setOverviewLevel(geo::RegionLevel level);
    void select(geo::RegionCode code);
    [[nodiscard]] double metresPerPixel() const;
    // The part of the map in the window, in scene coordinates: what an export shows.
    [[nodiscard]] QRectF visibleSceneRect() const;
    // The view position (widget pixels) where a scene point is drawn; for tests and tools.
    [[nodiscard]] QPoint viewPosition(QPointF scenePoint) const;

signals:
    void focusChanged(int cityCode);
    void selectionChanged(int code);
    // The user clicked a district's symbol (0: clicked beside every symbol).
    void districtClicked(int id);
    void hoverChanged(int code);
    void cursorMoved(const QGeoCoordinate& position);
    void viewChanged();
    // A base-map image for the current view has been painted into the canvas.
    void mapRendered();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    struct Hit {
        geo::RegionLevel level;
        geo::RegionCode code;
    };
    [[nodiscard]] std::optional<Hit> hitTest(QPoint viewPos) const;
    void setHovered(std::optional<geo::RegionCode> code, QPoint globalPos);
    [[nodiscard]] std::optional<model::DistrictId> districtAt(QPoint viewPos) const;
    void showTooltip(QPoint viewPos, QPoint globalPos);
    void panBy(QPoint delta);
    // The base map changed (view, focus, language, level): render it again.
    void refreshBase();
    // Only hover or selection changed: repaint the overlay over the cached image.
    void refreshOverlay();
    void startRender();
    void takeRenderResult();

    struct RenderedMap {
        QImage image;
        QTransform sceneToDevice;
        quint64 generation = 0;
    };

    std::shared_ptr<const render::MapScene> m_scene;
    render::MapViewState m_state;
    RenderedMap m_rendered;
    QFutureWatcher<RenderedMap> m_renderWatcher;
    QTimer m_renderTimer;
    quint64 m_generation = 0;
    std::optional<QPoint> m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    // Until the user pans or zooms, resizing keeps the focus region fitted to the window.
    bool m_followsFocus = true;
    std::optional<model::DistrictId> m_hoveredDistrict;
};

} // namespace agglomap::widgets
