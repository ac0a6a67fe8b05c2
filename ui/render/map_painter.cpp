#include "render/map_painter.h"

#include "render/context_layers.h"
#include "render/district_symbols.h"
#include "render/label_layout.h"
#include "render/linkage_layer.h"
#include "render/map_palette.h"
#include "render/north_arrow.h"
#include "render/scale_bar.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <QPaintEngine>

#include <algorithm>
#include <array>
#include <cmath>

namespace agglomap::render {

using geo::RegionCode;
using geo::RegionLevel;

namespace {

// Cosmetic pens up to 1 px take Qt's fast cosmetic stroker; wider ones go through the general
// stroker, where round joins on every one of 200k vertices cost more than the fills, so they
// get bevel joins, which look the same at these widths.
// Widths are pixels at 96 dpi, scaled to the device: a 300-dpi PNG or a PDF shows borders as
// thick as the screen does, not as hairlines.
QPen cosmeticPen(const QPainter& painter, const QColor& colour, double width) {
    if (painter.device()) {
        width *= std::max(1.0, painter.device()->logicalDpiX() / 96.0);
    }
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(width > 1.0 ? Qt::BevelJoin : Qt::RoundJoin);
    return pen;
}

bool isRasterDevice(const QPainter& painter) {
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

// The level of detail for the device: on screens and images a vertex per pixel; on vector
// pages (PDF, SVG), whose device units are finer than the eye resolves, the detail of a 96-dpi
// screen of the same physical size, which keeps a 175-page atlas small and fast to write.
std::size_t levelOfDetail(const QPainter& painter, const QTransform& sceneToDevice) {
    double metresPerPixel = MapPainter::metresPerPixel(sceneToDevice);
    if (!isRasterDevice(painter) && painter.device()) {
        metresPerPixel *= std::max(1.0, painter.device()->logicalDpiX() / 96.0);
    }
    return geo::ProjectedRegionSet::lodFor(metresPerPixel);
}

} // namespace

double MapPainter::metresPerPixel(const QTransform& sceneToDevice) {
    const double pixelsPerMetre = std::sqrt(std::abs(sceneToDevice.determinant()));
    return pixelsPerMetre > 0.0 ? 1.0 / pixelsPerMetre : 1.0;
}

QFont MapPainter::labelFont(RegionLevel level) {
    QFont font;
    // WenQuanYi first: it is what the README installs, and it writes correct text into PDFs.
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(level == RegionLevel::County ? 8.0 : 9.5);
    font.setWeight(level == RegionLevel::County ? QFont::Normal : QFont::DemiBold);
    return font;
}

std::vector<RegionCode> MapPainter::codesAt(RegionLevel level) const {
    std::vector<RegionCode> codes;
    for (const auto& entry : m_scene.regions(level).entries()) {
        codes.push_back(entry.code);
    }
    return codes;
}

std::vector<RegionCode> MapPainter::focusCounties() const {
    std::vector<RegionCode> codes;
    for (const geo::Region* county : m_scene.hierarchy().children(*m_state.focusCity)) {
        codes.push_back(county->code);
    }
    return codes;
}

QColor MapPainter::fillColour(RegionLevel level, RegionCode code) const {
    if (m_state.focusCity && level == RegionLevel::City) {
        return palette::kContextFill;
    }
    if (m_state.choropleth && m_state.choropleth->spec().level == level) {
        const auto colour = m_state.choropleth->colourOf(code);
        return colour ? QColor(colour->r, colour->g, colour->b) : palette::kNoData;
    }
    return palette::fill(m_scene.colourSlot(code));
}

bool MapPainter::hasNoData(RegionLevel level, RegionCode code) const {
    return m_state.choropleth && m_state.choropleth->spec().level == level &&
           !(m_state.focusCity && level == RegionLevel::City) &&
           !m_state.choropleth->colourOf(code).has_value();
}

const QPainterPath& MapPainter::shownPath(const QPainter& painter, RegionLevel level,
                                          RegionCode code, std::size_t lod, const QRectF& visible,
                                          QPainterPath& clipped) const {
    const QPainterPath& whole = m_scene.path(level, code, lod);
    if (isRasterDevice(painter)) {
        return whole;
    }
    // Vector pages keep every vertex, even clipped-away ones: a city's locator map would carry
    // its neighbours' whole outlines. Cut them to the view, with a margin so the cut edges fall
    // outside the clip and never show as borders.
    const QRectF margin =
        visible.marginsAdded(QMarginsF(visible.width() * 0.02, visible.height() * 0.02,
                                       visible.width() * 0.02, visible.height() * 0.02));
    if (margin.contains(m_scene.sceneBounds(level, code))) {
        return whole;
    }
    QPainterPath window;
    window.addRect(margin);
    clipped = whole.intersected(window);
    return clipped;
}

void MapPainter::fillRegions(QPainter& painter, RegionLevel level,
                             const std::vector<RegionCode>& codes, std::size_t lod,
                             const QRectF& visible) const {
    painter.setPen(Qt::NoPen);
    for (RegionCode code : codes) {
        if (!m_scene.sceneBounds(level, code).intersects(visible)) {
            continue;
        }
        QPainterPath clipped;
        const QPainterPath& path = shownPath(painter, level, code, lod, visible, clipped);
        painter.setBrush(fillColour(level, code));
        painter.drawPath(path);
        if (hasNoData(level, code)) {
            QBrush hatch(palette::kNoDataHatch, Qt::BDiagPattern);
            hatch.setTransform(painter.transform().inverted());
            painter.setBrush(hatch);
            painter.drawPath(path);
        }
    }
}

void MapPainter::strokeRegions(QPainter& painter, RegionLevel level,
                               const std::vector<RegionCode>& codes, std::size_t lod,
                               const QRectF& visible, const QPen& pen) const {
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (RegionCode code : codes) {
        if (m_scene.sceneBounds(level, code).intersects(visible)) {
            QPainterPath clipped;
            painter.drawPath(shownPath(painter, level, code, lod, visible, clipped));
        }
    }
}

void MapPainter::paintBase(QPainter& painter, const QTransform& sceneToDevice,
                           const QRectF& deviceRect) const {
    painter.fillRect(deviceRect, palette::kBackground);
    for (const MapLayerStyle& layer : m_state.layers.bottomToTop()) {
        if (!layer.visible || layer.opacity <= 0.0) {
            continue;
        }
        switch (layer.id) {
        case MapLayerId::Regions:
            paintRegions(painter, sceneToDevice, deviceRect, layer.opacity);
            break;
        case MapLayerId::Rivers:
        case MapLayerId::Towns:
            paintContext(painter, sceneToDevice, deviceRect, layer);
            break;
        case MapLayerId::Linkages:
            if (m_state.linkages) {
                m_state.linkages->paint(painter, sceneToDevice, deviceRect, layer.opacity,
                                        std::nullopt);
            }
            break;
        case MapLayerId::Districts:
            if (m_state.districts) {
                m_state.districts->paint(painter, sceneToDevice, deviceRect, layer.opacity);
            }
            break;
        }
    }
    if (m_state.labels == LabelVisibility::Shown) {
        paintLabels(painter, sceneToDevice, deviceRect);
    }
}

void MapPainter::paintRegions(QPainter& painter, const QTransform& sceneToDevice,
                              const QRectF& deviceRect, double opacity) const {
    painter.save();
    painter.setOpacity(opacity);
    const QRectF visible = sceneToDevice.inverted().mapRect(deviceRect);
    const std::size_t lod = levelOfDetail(painter, sceneToDevice);
    painter.setTransform(sceneToDevice);
    painter.setRenderHint(QPainter::Antialiasing, true);

    const std::vector<RegionCode> cities = codesAt(RegionLevel::City);
    const std::vector<RegionCode> province{m_scene.hierarchy().province().code};
    if (m_state.focusCity) {
        const std::vector<RegionCode> counties = focusCounties();
        fillRegions(painter, RegionLevel::City, cities, lod, visible);
        fillRegions(painter, RegionLevel::County, counties, lod, visible);
        strokeRegions(painter, RegionLevel::County, counties, lod, visible,
                      cosmeticPen(painter, palette::kCountyBorder, 0.7));
        strokeRegions(painter, RegionLevel::City, cities, lod, visible,
                      cosmeticPen(painter, palette::kCityBorder, 1.0));
    } else if (m_state.overviewLevel == RegionLevel::County) {
        const std::vector<RegionCode> counties = codesAt(RegionLevel::County);
        fillRegions(painter, RegionLevel::County, counties, lod, visible);
        strokeRegions(painter, RegionLevel::County, counties, lod, visible,
                      cosmeticPen(painter, palette::kCountyBorder, 0.5));
        strokeRegions(painter, RegionLevel::City, cities, lod, visible,
                      cosmeticPen(painter, palette::kCityBorder, 1.0));
    } else {
        fillRegions(painter, RegionLevel::City, cities, lod, visible);
        strokeRegions(painter, RegionLevel::City, cities, lod, visible,
                      cosmeticPen(painter, palette::kCityBorder, 0.9));
    }
    strokeRegions(painter, RegionLevel::Province, province, lod, visible,
                  cosmeticPen(painter, palette::kProvinceBorder, 1.8));
    painter.restore();
}

void MapPainter::paintContext(QPainter& painter, const QTransform& sceneToDevice,
                              const QRectF& deviceRect, const MapLayerStyle& layer) const {
    if (m_state.context) {
        m_state.context->paint(painter, sceneToDevice, deviceRect, layer, m_state.language);
    }
}

void MapPainter::paintMap(QPainter& painter, const QTransform& sceneToDevice,
                          const QRectF& deviceRect) const {
    paintBase(painter, sceneToDevice, deviceRect);
    paintHighlights(painter, sceneToDevice, deviceRect);
}

void MapPainter::paintHighlights(QPainter& painter, const QTransform& sceneToDevice,
                                 const QRectF& deviceRect) const {
    if (m_state.districts && m_state.selectedDistrict &&
        m_state.layers.isShown(MapLayerId::Districts)) {
        paintSelectedDistrict(painter, sceneToDevice);
    }
    if (!m_state.hovered && !m_state.selected) {
        return;
    }
    painter.save();
    const QRectF visible = sceneToDevice.inverted().mapRect(deviceRect);
    const std::size_t lod = levelOfDetail(painter, sceneToDevice);
    painter.setTransform(sceneToDevice);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_state.hovered) {
        // The pointer may rest on a context city while a city is open.
        const RegionLevel level =
            m_state.focusCity &&
                    m_scene.hierarchy().find(*m_state.hovered)->level == RegionLevel::City
                ? RegionLevel::City
                : m_state.activeLevel();
        painter.setPen(cosmeticPen(painter, palette::kHoverOutline, 1.0));
        painter.setBrush(palette::kHoverOverlay);
        const QPainterPath& path = m_scene.path(level, *m_state.hovered, lod);
        if (path.boundingRect().intersects(visible)) {
            painter.drawPath(path);
        }
    }
    if (m_state.selected) {
        strokeRegions(painter, m_state.activeLevel(), {*m_state.selected}, lod, visible,
                      cosmeticPen(painter, palette::kSelection, 2.5));
    }
    painter.restore();
}

void MapPainter::paintSelectedDistrict(QPainter& painter, const QTransform& sceneToDevice) const {
    const DistrictSymbolLayer::Symbol* symbol =
        m_state.districts->symbol(*m_state.selectedDistrict);
    if (!symbol) {
        return;
    }
    const double scale = painter.device()->logicalDpiX() / 96.0;
    const double r =
        (m_state.districts->radius(*symbol) * DistrictSymbolLayer::zoomFactor(sceneToDevice) +
         3.0) *
        scale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette::kLabelHalo, 5.0 * scale));
    painter.drawEllipse(sceneToDevice.map(symbol->scene), r, r);
    painter.setPen(QPen(palette::kDistrictSelection, 2.5 * scale));
    painter.drawEllipse(sceneToDevice.map(symbol->scene), r, r);
    painter.restore();
}

std::vector<RegionCode> MapPainter::labelledRegions() const {
    const RegionLevel level = m_state.activeLevel();
    std::vector<RegionCode> codes = m_state.focusCity ? focusCounties() : codesAt(level);
    auto area = [&](RegionCode code) {
        const QRectF bounds = m_scene.sceneBounds(level, code);
        return bounds.width() * bounds.height();
    };
    std::stable_sort(codes.begin(), codes.end(),
                     [&](RegionCode a, RegionCode b) { return area(a) > area(b); });
    return codes;
}

void MapPainter::layOutLabels(RegionLevel level, const std::vector<RegionCode>& codes,
                              const QFontMetricsF& metrics, const QTransform& sceneToDevice,
                              LabelLayout& layout, std::vector<PlacedLabel>& placed) const {
    for (RegionCode code : codes) {
        const QString name = m_scene.hierarchy().find(code)->name(m_state.language);
        const QPointF anchor = sceneToDevice.map(m_scene.labelAnchor(level, code));
        const QRectF box = metrics.boundingRect(name);
        const QPointF baseline(anchor.x() - box.width() / 2.0,
                               anchor.y() + metrics.ascent() / 2.0 - 1.0);
        const QRectF reserved = box.translated(baseline).adjusted(-2, -1, 2, 1);
        if (layout.tryPlace(reserved)) {
            placed.push_back({baseline, name, reserved});
        }
    }
}

void MapPainter::drawLabels(QPainter& painter, const std::vector<PlacedLabel>& labels,
                            const QFont& font, const QColor& colour) const {
    painter.setFont(font);
    const double halo = 1.5 * painter.device()->logicalDpiX() / 96.0;
    if (isRasterDevice(painter)) {
        // On images the halo is the text drawn around itself from the glyph cache: an order
        // of magnitude faster than stroking glyph outlines.
        painter.setPen(palette::kLabelHalo);
        constexpr std::array<QPointF, 8> kDirections{
            {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {0.7, 0.7}, {-0.7, 0.7}, {0.7, -0.7}, {-0.7, -0.7}}};
        for (const PlacedLabel& label : labels) {
            for (const QPointF& direction : kDirections) {
                painter.drawText(label.baseline + direction * halo, label.text);
            }
        }
    } else {
        // Vector output (PDF, SVG) gets the halo as outlines so the text itself stays one
        // real, searchable string.
        QPainterPath outlines;
        for (const PlacedLabel& label : labels) {
            outlines.addText(label.baseline, font, label.text);
        }
        QPen pen(palette::kLabelHalo, 2.0 * halo);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.strokePath(outlines, pen);
    }
    painter.setPen(colour);
    for (const PlacedLabel& label : labels) {
        painter.drawText(label.baseline, label.text);
    }
}

QFont MapPainter::districtLabelFont() {
    QFont font = labelFont(RegionLevel::County);
    font.setPointSizeF(7.0);
    return font;
}

MapPainter::LabelPlan MapPainter::planLabels(const QPaintDevice& device,
                                             const QTransform& sceneToDevice,
                                             const QRectF& deviceRect) const {
    LabelPlan plan;
    const RegionLevel level = m_state.activeLevel();
    // Font metrics follow the paint device's resolution, so labels keep their point size in
    // a 300 dpi export as on a 96 dpi screen.
    LabelLayout layout(deviceRect);
    // The scale bar (lower left) and north arrow (upper right) are drawn over the map last;
    // no label goes under them.
    const double unit = QFontMetricsF(labelFont(RegionLevel::County), &device).height();
    const double margin = unit * 1.2;
    const double barWidth = std::min(deviceRect.width() / 4.0, unit * 14) + unit * 3;
    (void)layout.tryPlace(QRectF(deviceRect.left(), deviceRect.bottom() - margin - unit * 2.4,
                                 margin + barWidth, margin + unit * 2.4));
    const double arrow = unit * 2.6;
    (void)layout.tryPlace(QRectF(deviceRect.right() - margin - arrow * 1.5, deviceRect.top(),
                                 margin + arrow * 1.5, margin + arrow * 1.8));
    layOutLabels(level, labelledRegions(), QFontMetricsF(labelFont(level), &device), sceneToDevice,
                 layout, plan.regions);
    if (m_state.focusCity) {
        // Neighbouring cities are named too, in grey, wherever the focus city's labels leave room.
        std::vector<RegionCode> others = codesAt(RegionLevel::City);
        std::erase(others, *m_state.focusCity);
        layOutLabels(RegionLevel::City, others,
                     QFontMetricsF(labelFont(RegionLevel::City), &device), sceneToDevice, layout,
                     plan.context);
    }
    // District names only once a city's worth of map fills the view: across a whole province
    // they would be unreadable and crowd out the region names.
    constexpr double kDistrictLabelMetresPerPixel = 450.0;
    if (m_state.districts && m_state.layers.isShown(MapLayerId::Districts) &&
        metresPerPixel(sceneToDevice) <= kDistrictLabelMetresPerPixel) {
        const QFontMetricsF metrics(districtLabelFont(), &device);
        const double scale =
            device.logicalDpiX() / 96.0 * DistrictSymbolLayer::zoomFactor(sceneToDevice);
        const bool chinese = m_state.language == geo::LabelLanguage::Chinese;
        // Symbols come largest first: the biggest districts get their names first.
        for (const auto& symbol : m_state.districts->symbols()) {
            const QPointF centre = sceneToDevice.map(symbol.scene);
            if (!deviceRect.contains(centre)) {
                continue;
            }
            const QString name = chinese ? symbol.nameZh : symbol.nameEn;
            const double r = m_state.districts->radius(symbol) * scale;
            const QRectF box = metrics.boundingRect(name);
            const QPointF baseline(centre.x() + r + 2.0, centre.y() + metrics.ascent() / 2.0 - 1.0);
            const QRectF reserved = box.translated(baseline).adjusted(-1, -1, 1, 1);
            if (layout.tryPlace(reserved)) {
                plan.districts.push_back({baseline, name, reserved});
            }
        }
    }
    return plan;
}

void MapPainter::paintLabels(QPainter& painter, const QTransform& sceneToDevice,
                             const QRectF& deviceRect) const {
    const LabelPlan plan = planLabels(*painter.device(), sceneToDevice, deviceRect);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    drawLabels(painter, plan.regions, labelFont(m_state.activeLevel()), palette::kLabelText);
    drawLabels(painter, plan.context, labelFont(RegionLevel::City), palette::kContextLabelText);
    drawLabels(painter, plan.districts, districtLabelFont(), palette::kDistrictLabelText);
    painter.restore();
}

void MapPainter::paintDecorations(QPainter& painter, const QTransform& sceneToDevice,
                                  const QRectF& deviceRect) const {
    painter.save();
    QFont font = labelFont(RegionLevel::County);
    font.setWeight(QFont::Normal);
    painter.setFont(font);
    const double unit = QFontMetricsF(font, painter.device()).height();
    const double margin = unit * 1.2;

    const ScaleBar scaleBar(metresPerPixel(sceneToDevice),
                            std::min(deviceRect.width() / 4.0, unit * 14));
    scaleBar.paint(painter, QPointF(deviceRect.left() + margin, deviceRect.bottom() - margin));

    const QPointF centreScene = sceneToDevice.inverted().map(deviceRect.center());
    const NorthArrow arrow(
        m_scene.projection().gridConvergenceDegrees(m_scene.toLonLat(centreScene)));
    const double size = unit * 2.6;
    arrow.paint(painter,
                QPointF(deviceRect.right() - margin - size / 2.0, deviceRect.top() + margin + size),
                size);
    painter.restore();
}

} // namespace agglomap::render
