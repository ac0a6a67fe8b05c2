#include "render/map_painter.h"

#include "render/label_layout.h"
#include "render/map_palette.h"
#include "render/north_arrow.h"
#include "render/scale_bar.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace agglomap::render {

using geo::RegionCode;
using geo::RegionLevel;

namespace {

QPen cosmeticPen(const QColor& colour, double width) {
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
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
        return palette::contextFill();
    }
    const int slot = m_scene.colourSlot(code);
    return m_state.hovered == code ? palette::hoverFill(slot) : palette::fill(slot);
}

void MapPainter::fillRegions(QPainter& painter, RegionLevel level,
                             const std::vector<RegionCode>& codes, std::size_t lod,
                             const QRectF& visible) const {
    painter.setPen(Qt::NoPen);
    for (RegionCode code : codes) {
        if (!m_scene.sceneBounds(level, code).intersects(visible)) {
            continue;
        }
        painter.setBrush(fillColour(level, code));
        painter.drawPath(m_scene.path(level, code, lod));
    }
}

void MapPainter::strokeRegions(QPainter& painter, RegionLevel level,
                               const std::vector<RegionCode>& codes, std::size_t lod,
                               const QRectF& visible, const QPen& pen) const {
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (RegionCode code : codes) {
        if (m_scene.sceneBounds(level, code).intersects(visible)) {
            painter.drawPath(m_scene.path(level, code, lod));
        }
    }
}

void MapPainter::paintMap(QPainter& painter, const QTransform& sceneToDevice,
                          const QRectF& deviceRect) const {
    painter.save();
    painter.fillRect(deviceRect, palette::background());
    const QRectF visible = sceneToDevice.inverted().mapRect(deviceRect);
    const std::size_t lod = geo::ProjectedRegionSet::lodFor(metresPerPixel(sceneToDevice));
    painter.setTransform(sceneToDevice);
    painter.setRenderHint(QPainter::Antialiasing, true);

    const std::vector<RegionCode> cities = codesAt(RegionLevel::City);
    const std::vector<RegionCode> province{m_scene.hierarchy().province().code};
    if (m_state.focusCity) {
        const std::vector<RegionCode> counties = focusCounties();
        fillRegions(painter, RegionLevel::City, cities, lod, visible);
        fillRegions(painter, RegionLevel::County, counties, lod, visible);
        strokeRegions(painter, RegionLevel::County, counties, lod, visible,
                      cosmeticPen(palette::countyBorder(), 0.8));
        strokeRegions(painter, RegionLevel::City, cities, lod, visible,
                      cosmeticPen(palette::cityBorder(), 1.2));
    } else if (m_state.overviewLevel == RegionLevel::County) {
        const std::vector<RegionCode> counties = codesAt(RegionLevel::County);
        fillRegions(painter, RegionLevel::County, counties, lod, visible);
        strokeRegions(painter, RegionLevel::County, counties, lod, visible,
                      cosmeticPen(palette::countyBorder(), 0.5));
        strokeRegions(painter, RegionLevel::City, cities, lod, visible,
                      cosmeticPen(palette::cityBorder(), 1.2));
    } else {
        fillRegions(painter, RegionLevel::City, cities, lod, visible);
        strokeRegions(painter, RegionLevel::City, cities, lod, visible,
                      cosmeticPen(palette::cityBorder(), 0.9));
    }
    strokeRegions(painter, RegionLevel::Province, province, lod, visible,
                  cosmeticPen(palette::provinceBorder(), 1.8));
    if (m_state.selected) {
        strokeRegions(painter, m_state.activeLevel(), {*m_state.selected}, lod, visible,
                      cosmeticPen(palette::selection(), 3.0));
    }
    painter.restore();

    if (m_state.labels == LabelVisibility::Shown) {
        paintLabels(painter, sceneToDevice, deviceRect);
    }
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

QPainterPath MapPainter::layOutLabels(RegionLevel level, const std::vector<RegionCode>& codes,
                                      const QFont& font, const QFontMetricsF& metrics,
                                      const QTransform& sceneToDevice, LabelLayout& layout) const {
    QPainterPath text;
    for (RegionCode code : codes) {
        const QString name = m_scene.hierarchy().find(code)->name(m_state.language);
        const QPointF anchor = sceneToDevice.map(m_scene.labelAnchor(level, code));
        const QRectF box = metrics.boundingRect(name);
        const QPointF baseline(anchor.x() - box.width() / 2.0,
                               anchor.y() + metrics.ascent() / 2.0 - 1.0);
        if (layout.tryPlace(box.translated(baseline).adjusted(-2, -1, 2, 1))) {
            text.addText(baseline, font, name);
        }
    }
    return text;
}

void MapPainter::paintLabels(QPainter& painter, const QTransform& sceneToDevice,
                             const QRectF& deviceRect) const {
    const RegionLevel level = m_state.activeLevel();
    const QFont font = labelFont(level);
    // Font metrics follow the paint device's resolution, so labels keep their point size in
    // a 300 dpi export as on a 96 dpi screen.
    const QFontMetricsF metrics(font, painter.device());
    LabelLayout layout(deviceRect);
    const QPainterPath primary =
        layOutLabels(level, labelledRegions(), font, metrics, sceneToDevice, layout);
    QPainterPath context;
    if (m_state.focusCity) {
        // Neighbouring cities are named too, in grey, wherever the focus city's labels leave room.
        std::vector<RegionCode> others = codesAt(RegionLevel::City);
        std::erase(others, *m_state.focusCity);
        const QFont contextFont = labelFont(RegionLevel::City);
        context = layOutLabels(RegionLevel::City, others, contextFont,
                               QFontMetricsF(contextFont, painter.device()), sceneToDevice, layout);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen halo(palette::labelHalo(), 3.0);
    halo.setJoinStyle(Qt::RoundJoin);
    painter.strokePath(primary, halo);
    painter.fillPath(primary, palette::labelText());
    painter.strokePath(context, halo);
    painter.fillPath(context, palette::contextLabelText());
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
