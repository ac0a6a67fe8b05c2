#include "widgets/map_canvas.h"

#include "render/map_image_renderer.h"
#include "render/map_painter.h"
#include "render/map_palette.h"
#include "widgets/region_tooltip.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace agglomap::widgets {

namespace {

constexpr int kDragThresholdPixels = 4;
constexpr double kMinMetresPerPixel = 5.0;

} // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setRenderHint(QPainter::Antialiasing, true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 240);
    setBackgroundBrush(render::palette::kBackground);
    // Several changes in one event-loop turn (resize, fit, scroll) make one render.
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_renderWatcher, &QFutureWatcher<RenderedMap>::finished, this,
            &MapCanvas::takeRenderResult);
    // fitInView, centerOn and panning all move the view through the scroll bars.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &MapCanvas::refreshBase);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MapCanvas::refreshBase);
}

MapCanvas::~MapCanvas() {
    m_renderWatcher.waitForFinished();
}

void MapCanvas::setMapScene(std::shared_ptr<const render::MapScene> mapScene) {
    m_scene = std::move(mapScene);
    m_rendered = {};
    const geo::LabelLanguage language = m_state.language;
    const geo::RegionLevel overview = m_state.overviewLevel;
    const render::MapLayerStack layers = m_state.layers;
    m_state = {};
    m_state.language = language;
    m_state.overviewLevel = overview;
    m_state.layers = layers;
    m_hoveredDistrict.reset();
    if (!m_scene) {
        return;
    }
    // Room to pan well past the province in every direction.
    const QRectF extent = m_scene->sceneExtent();
    setSceneRect(extent.adjusted(-extent.width() * 4, -extent.height() * 4, extent.width() * 4,
                                 extent.height() * 4));
    zoomToFocus();
    emit focusChanged(0);
    emit selectionChanged(0);
}

void MapCanvas::setDistrictSymbols(std::shared_ptr<const render::DistrictSymbolLayer> districts) {
    m_state.districts = std::move(districts);
    refreshBase();
}

void MapCanvas::setOverlays(const render::MapOverlays& overlays) {
    const render::MapOverlays shown{m_state.choropleth, m_state.districts, m_state.linkages};
    const bool unchanged = render::drawSame(shown, overlays);
    m_state.choropleth = overlays.choropleth;
    m_state.districts = overlays.districts;
    m_state.linkages = overlays.linkages;
    if (!unchanged) {
        refreshBase();
    }
}

bool MapCanvas::isRenderPending() const {
    return m_renderTimer.isActive() || m_renderWatcher.isRunning() ||
           m_rendered.generation != m_generation;
}

void MapCanvas::setChoropleth(std::shared_ptr<const analysis::Choropleth> choropleth) {
    m_state.choropleth = std::move(choropleth);
    refreshBase();
}

void MapCanvas::setLinkages(std::shared_ptr<const render::LinkageLayer> linkages) {
    m_state.linkages = std::move(linkages);
    refreshBase();
}

void MapCanvas::setContextLayers(std::shared_ptr<const render::ContextLayers> context) {
    m_state.context = std::move(context);
    refreshBase();
}

void MapCanvas::setLayers(const render::MapLayerStack& layers) {
    if (layers == m_state.layers) {
        return;
    }
    m_state.layers = layers;
    refreshBase();
}

void MapCanvas::selectDistrict(std::optional<model::DistrictId> id) {
    if (id == m_state.selectedDistrict) {
        return;
    }
    m_state.selectedDistrict = id;
    refreshOverlay();
}

void MapCanvas::showDistrict(model::DistrictId id) {
    const render::DistrictSymbolLayer::Symbol* symbol =
        m_state.districts ? m_state.districts->symbol(id) : nullptr;
    if (!symbol) {
        return;
    }
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    m_followsFocus = false;
    if (!visible
             .adjusted(visible.width() * 0.1, visible.height() * 0.1, -visible.width() * 0.1,
                       -visible.height() * 0.1)
             .contains(symbol->scene)) {
        centerOn(symbol->scene);
    }
}

void MapCanvas::showRegion(geo::RegionCode code) {
    const geo::Region* region = m_scene ? m_scene->hierarchy().find(code) : nullptr;
    if (!region || region->level == geo::RegionLevel::Province) {
        return;
    }
    const QRectF bounds = m_scene->sceneBounds(region->level, code);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    m_followsFocus = false;
    if (!visible.contains(bounds)) {
        fitInView(bounds.adjusted(-bounds.width() * 0.3, -bounds.height() * 0.3,
                                  bounds.width() * 0.3, bounds.height() * 0.3),
                  Qt::KeepAspectRatio);
        emit viewChanged();
    } else {
        centerOn(bounds.center());
    }
}

std::optional<model::DistrictId> MapCanvas::districtAt(QPoint viewPos) const {
    if (!m_state.districts || !m_state.layers.isShown(render::MapLayerId::Districts)) {
        return std::nullopt;
    }
    const double scale = logicalDpiX() / 96.0;
    return m_state.districts->districtAt(QPointF(viewPos), viewportTransform(), scale);
}

void MapCanvas::drillInto(geo::RegionCode cityCode) {
    const geo::Region* city = m_scene ? m_scene->hierarchy().find(cityCode) : nullptr;
    if (!city || city->level != geo::RegionLevel::City) {
        return;
    }
    m_state.focusCity = cityCode;
    m_state.selected.reset();
    m_state.hovered.reset();
    zoomToFocus();
    emit focusChanged(cityCode);
    emit selectionChanged(0);
}

void MapCanvas::back() {
    if (!m_state.focusCity) {
        return;
    }
    const geo::RegionCode city = *m_state.focusCity;
    m_state.focusCity.reset();
    m_state.hovered.reset();
    m_state.selected =
        m_state.overviewLevel == geo::RegionLevel::City ? std::optional(city) : std::nullopt;
    zoomToFocus();
    emit focusChanged(0);
    emit selectionChanged(m_state.selected.value_or(0));
}

void MapCanvas::zoomToFocus() {
    if (!m_scene) {
        return;
    }
    const QRectF target = render::focusRect(*m_scene, m_state);
    fitInView(target.marginsAdded(QMarginsF(target.width() * 0.04, target.height() * 0.04,
                                            target.width() * 0.04, target.height() * 0.04)),
              Qt::KeepAspectRatio);
    m_followsFocus = true;
    refreshBase();
}

void MapCanvas::zoomBy(double factor) {
    const double next = metresPerPixel() / factor;
    if (next < kMinMetresPerPixel && factor > 1.0) {
        return;
    }
    scale(factor, factor);
    m_followsFocus = false;
    refreshBase();
}

void MapCanvas::setLabelLanguage(geo::LabelLanguage language) {
    m_state.language = language;
    refreshBase();
}

void MapCanvas::setOverviewLevel(geo::RegionLevel level) {
    m_state.overviewLevel = level;
    if (!m_state.focusCity) {
        m_state.selected.reset();
        emit selectionChanged(0);
    }
    refreshBase();
}

void MapCanvas::select(geo::RegionCode code) {
    m_state.selected = code == 0 ? std::nullopt : std::optional(code);
    refreshOverlay();
    emit selectionChanged(code);
}

QRectF MapCanvas::visibleSceneRect() const {
    return mapToScene(viewport()->rect()).boundingRect();
}

double MapCanvas::metresPerPixel() const {
    return render::MapPainter::metresPerPixel(viewportTransform());
}

QPoint MapCanvas::viewPosition(QPointF scenePoint) const {
    return mapFromScene(scenePoint);
}

std::optional<MapCanvas::Hit> MapCanvas::hitTest(QPoint viewPos) const {
    if (!m_scene) {
        return std::nullopt;
    }
    const QPointF scenePos = mapToScene(viewPos);
    if (!m_state.focusCity) {
        if (const auto code = m_scene->regionAt(m_state.overviewLevel, scenePos)) {
            return Hit{m_state.overviewLevel, *code};
        }
        return std::nullopt;
    }
    if (const auto county = m_scene->regionAt(geo::RegionLevel::County, scenePos)) {
        const geo::Region* region = m_scene->hierarchy().find(*county);
        if (region->parentCode == *m_state.focusCity) {
            return Hit{geo::RegionLevel::County, *county};
        }
        return Hit{geo::RegionLevel::City, region->parentCode};
    }
    return std::nullopt;
}

void MapCanvas::setHovered(std::optional<geo::RegionCode> code, QPoint globalPos) {
    if (code == m_state.hovered) {
        return;
    }
    m_state.hovered = code;
    refreshOverlay();
    emit hoverChanged(code.value_or(0));
    if (!code) {
        QToolTip::hideText();
    }
    showTooltip(mapFromGlobal(globalPos), globalPos);
}

void MapCanvas::showTooltip(QPoint viewPos, QPoint globalPos) {
    if (m_hoveredDistrict && m_state.districts) {
        if (const auto* symbol = m_state.districts->symbol(*m_hoveredDistrict)) {
            QToolTip::showText(globalPos, districtTooltip(*symbol, *m_state.districts), this);
            return;
        }
    }
    if (m_state.hovered) {
        QToolTip::showText(globalPos,
                           regionTooltip(m_scene->hierarchy(), *m_state.hovered,
                                         m_state.choropleth.get(), m_state.language),
                           this);
    }
    Q_UNUSED(viewPos);
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastDragPos = *m_pressPos;
        m_dragging = false;
    }
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_pressPos && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - *m_pressPos).manhattanLength() >= kDragThresholdPixels) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(pos - m_lastDragPos);
            m_lastDragPos = pos;
        }
    } else {
        const auto district = districtAt(pos);
        const bool districtChanged = district != m_hoveredDistrict;
        m_hoveredDistrict = district;
        const auto hit = hitTest(pos);
        const auto code = hit ? std::optional(hit->code) : std::nullopt;
        if (code != m_state.hovered) {
            setHovered(code, event->globalPosition().toPoint());
        } else if (districtChanged) {
            showTooltip(pos, event->globalPosition().toPoint());
        }
        viewport()->setCursor(district ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    if (m_scene) {
        const geo::LonLat lonLat = m_scene->toLonLat(mapToScene(pos));
        emit cursorMoved(QGeoCoordinate(lonLat.lat, lonLat.lon));
    }
    event->accept();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_pressPos) {
        if (!m_dragging) {
            const QPoint pos = event->position().toPoint();
            const auto hit = hitTest(pos);
            const bool selectable = hit && hit->level == m_state.activeLevel();
            select(selectable ? hit->code : 0);
            const auto district = districtAt(pos);
            emit districtClicked(district ? district->value : 0);
        }
        viewport()->unsetCursor();
        m_pressPos.reset();
        m_dragging = false;
    }
    event->accept();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    const auto hit = hitTest(event->position().toPoint());
    if (hit && hit->level == geo::RegionLevel::City) {
        drillInto(hit->code);
    }
    event->accept();
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        return;
    }
    // Keep the point under the cursor fixed while zooming.
    const QPointF before = mapToScene(event->position().toPoint());
    zoomBy(std::pow(1.25, steps));
    const QPointF after = mapToScene(event->position().toPoint());
    const QPointF shift = (after - before) * transform().m11();
    panBy(shift.toPoint());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const int step = std::max(width(), height()) / 8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    case Qt::Key_Left:
        panBy({step, 0});
        break;
    case Qt::Key_Right:
        panBy({-step, 0});
        break;
    case Qt::Key_Up:
        panBy({0, step});
        break;
    case Qt::Key_Down:
        panBy({0, -step});
        break;
    case Qt::Key_Home:
        zoomToFocus();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent* event) {
    setHovered(std::nullopt, {});
    QGraphicsView::leaveEvent(event);
}

void MapCanvas::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_followsFocus) {
        zoomToFocus();
    }
    refreshBase();
}

void MapCanvas::panBy(QPoint delta) {
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    m_followsFocus = false;
    refreshBase();
}

void MapCanvas::refreshOverlay() {
    viewport()->update();
}

void MapCanvas::refreshBase() {
    ++m_generation;
    if (!m_renderWatcher.isRunning()) {
        m_renderTimer.start();
    } // else takeRenderResult() starts the next render when the running one ends
    viewport()->update();
    emit viewChanged();
}

void MapCanvas::startRender() {
    if (!m_scene || m_renderWatcher.isRunning()) {
        return;
    }
    // The worker gets copies: the scene is immutable and shared, the state is a value.
    render::MapViewState state = m_state;
    state.hovered.reset();
    state.selected.reset();
    const std::shared_ptr<const render::MapScene> scene = m_scene;
    const QTransform sceneToDevice = viewportTransform();
    const QSize size = viewport()->size();
    const qreal pixelRatio = viewport()->devicePixelRatioF();
    const quint64 generation = m_generation;
    m_renderWatcher.setFuture(QtConcurrent::run([=]() {
        QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pixelRatio);
        QPainter painter(&image);
        render::MapPainter(*scene, state)
            .paintBase(painter, sceneToDevice, QRectF(QPointF(), QSizeF(size)));
        painter.end();
        return RenderedMap{image, sceneToDevice, generation};
    }));
}

void MapCanvas::takeRenderResult() {
    // Even a stale image is newer than the one shown, so it becomes the preview.
    m_rendered = m_renderWatcher.result();
    viewport()->update();
    if (m_rendered.generation != m_generation) {
        startRender();
    } else {
        emit mapRendered();
    }
}

void MapCanvas::drawBackground(QPainter* painter, const QRectF&) {
    painter->save();
    painter->resetTransform();
    painter->fillRect(viewport()->rect(), render::palette::kBackground);
    if (!m_rendered.image.isNull()) {
        // Map the image from the view it was rendered for to the current one: a shift while
        // panning, a scale while zooming, until the fresh render arrives.
        const QTransform imageToView = m_rendered.sceneToDevice.inverted() * viewportTransform();
        painter->setTransform(imageToView);
        painter->setRenderHint(QPainter::SmoothPixmapTransform,
                               !imageToView.isTranslating() || imageToView.isScaling());
        painter->drawImage(QPointF(0, 0), m_rendered.image);
    }
    painter->restore();
}

void MapCanvas::drawForeground(QPainter* painter, const QRectF&) {
    if (!m_scene) {
        return;
    }
    painter->save();
    painter->resetTransform();
    const render::MapPainter mapPainter(*m_scene, m_state);
    const QRectF area(viewport()->rect());
    mapPainter.paintHighlights(*painter, viewportTransform(), area);
    mapPainter.paintDecorations(*painter, viewportTransform(), area);
    painter->restore();
}

} // namespace agglomap::widgets
