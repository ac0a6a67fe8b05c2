#pragma once

#include "render/map_scene.h"
#include "render/map_view_state.h"

#include <QGeoCoordinate>
#include <QGraphicsView>

#include <memory>
#include <optional>

namespace agglomap::widgets {

class MapItem;

// The interactive map: pan by dragging, zoom by wheel or keys, hover for a tooltip, click to
// select, double-click a city to open it. Region codes in signals are 0 for "none".
class MapCanvas : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY(MapCanvas)

public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setMapScene(std::shared_ptr<const render::MapScene> scene);
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
    // The view position (widget pixels) where a scene point is drawn; for tests and tools.
    [[nodiscard]] QPoint viewPosition(QPointF scenePoint) const;

signals:
    void focusChanged(int cityCode);
    void selectionChanged(int code);
    void hoverChanged(int code);
    void cursorMoved(const QGeoCoordinate& position);
    void viewChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    struct Hit {
        geo::RegionLevel level;
        geo::RegionCode code;
    };
    [[nodiscard]] std::optional<Hit> hitTest(QPoint viewPos) const;
    void setHovered(std::optional<geo::RegionCode> code, QPoint globalPos);
    void panBy(QPoint delta);
    void refresh();

    std::shared_ptr<const render::MapScene> m_scene;
    render::MapViewState m_state;
    MapItem* m_item = nullptr; // owned by the QGraphicsScene
    std::optional<QPoint> m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    // Until the user pans or zooms, resizing keeps the focus region fitted to the window.
    bool m_followsFocus = true;
};

} // namespace agglomap::widgets
