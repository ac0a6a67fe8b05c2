#include "render/profile/profile_locator.h"

#include "render/district_symbols.h"
#include "render/map_image_renderer.h"
#include "render/map_painter.h"
#include "render/map_palette.h"
#include "render/profile/district_profile.h"
#include "render/profile/profile_style.h"
#include "render/profile/profile_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace agglomap::render::profile {

namespace {

MapViewState baseState(const ProfileSources& sources) {
    MapViewState state;
    state.language = sources.language;
    state.context = sources.context;
    state.layers.setVisible(MapLayerId::Towns, false);
    state.layers.setVisible(MapLayerId::Linkages, false);
    return state;
}

// Paints the map of a state into a panel with the screen's painter. The map painter works in
// device pixels (it sets its own transforms), so the panel is handed over in device pixels and
// the painter's own transform set aside meanwhile; the clip keeps the map inside the panel.
// The selected city, if any, is outlined again in print weight: the screen's selection line is a
// few device pixels wide, a hairline at 300 dpi.
void paintMap(QPainter& painter, const QRectF& panel, const MapScene& scene,
              const MapViewState& state, bool decorations) {
    const Units units(*painter.device());
    painter.save();
    painter.setClipRect(panel, Qt::IntersectClip);
    const QRectF deviceRect = painter.transform().mapRect(panel);
    painter.resetTransform();
    const QTransform sceneToDevice = fitTransform(focusRect(scene, state), deviceRect, 0.05);
    const MapPainter mapPainter(scene, state);
    mapPainter.paintMap(painter, sceneToDevice, deviceRect);
    if (decorations) {
        mapPainter.paintDecorations(painter, sceneToDevice, deviceRect);
    }
    if (state.selected && !state.focusCity) {
        const std::size_t lod =
            geo::ProjectedRegionSet::lodFor(MapPainter::metresPerPixel(sceneToDevice));
        QPen pen(palette::kSelection, units.pt(1.6));
        pen.setCosmetic(true); // device pixels, whatever the scene's scale
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setTransform(sceneToDevice);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(scene.path(geo::RegionLevel::City, *state.selected, lod));
    }
    painter.restore();
    painter.save();
    painter.setPen(QPen(colour::kRule, Units(*painter.device()).pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(panel);
    painter.restore();
}

} // namespace

void LocatorMaps::paint(QPainter& painter, const QRectF& rect) const {
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const geo::LabelLanguage language = m_content.language;
    paintSectionHeading(painter, rect, say(language, "区位", "Location"), false);
    const double top = rect.top() + sectionHeadingHeight(device) + units.mm(0.8);
    const QRectF area(rect.left(), top, rect.width(), rect.bottom() - top);
    const QFont captionFont = font(kSmallPt);
    const double caption = QFontMetricsF(captionFont, &device).height() * 1.4;
    const double gap = units.mm(2.5);
    // Stacked in a tall column, side by side in a wide strip.
    const bool stacked = area.height() > area.width() * 0.9;
    QRectF first;
    QRectF second;
    // The city, where the district's neighbours are, gets more room than the province.
    constexpr double kProvinceShare = 0.42;
    if (stacked) {
        const double height = (area.height() - gap) * kProvinceShare;
        first = QRectF(area.left(), area.top(), area.width(), height);
        second = QRectF(area.left(), first.bottom() + gap, area.width(),
                        area.bottom() - first.bottom() - gap);
    } else {
        const double width = (area.width() - gap) * kProvinceShare;
        first = QRectF(area.left(), area.top(), width, area.height());
        second = QRectF(first.right() + gap, area.top(), area.right() - first.right() - gap,
                        area.height());
    }
    const auto mapPart = [caption](const QRectF& r) {
        return r.adjusted(0.0, 0.0, 0.0, -caption);
    };
    const auto captionPart = [caption](const QRectF& r) {
        return QRectF(r.left(), r.bottom() - caption, r.width(), caption);
    };
    const MapScene* scene = m_sources.scene;
    const QString province = scene ? scene->hierarchy().province().name(language) : QString();
    const QString city = m_content.cityName;
    if (!scene) {
        drawLine(painter, mapPart(first), Qt::AlignCenter, say(language, "无底图", "No base map"),
                 captionFont, colour::kMuted);
        return;
    }
    paintProvince(painter, mapPart(first));
    paintCity(painter, mapPart(second));
    drawLine(painter, captionPart(first), Qt::AlignLeft | Qt::AlignVCenter,
             language == geo::LabelLanguage::Chinese
                 ? QStringLiteral("%1在%2的位置").arg(city, province)
                 : QStringLiteral("%1 in %2").arg(city, province),
             captionFont, colour::kMuted);
    drawLine(painter, captionPart(second), Qt::AlignLeft | Qt::AlignVCenter,
             language == geo::LabelLanguage::Chinese
                 ? QStringLiteral("集聚区在%1的位置（青色圈）").arg(city)
                 : QStringLiteral("The district in %1 (cyan ring)").arg(city),
             captionFont, colour::kMuted);
}

void LocatorMaps::paintProvince(QPainter& painter, const QRectF& panel) const {
    MapViewState state = baseState(m_sources);
    state.overviewLevel = geo::RegionLevel::City;
    if (m_content.city != 0) {
        state.selected = m_content.city;
    }
    // The cities alone: 175 district symbols would bury a map this small, and the province's
    // rivers would add little but weight to every page of an atlas.
    state.layers.setVisible(MapLayerId::Districts, false);
    state.layers.setVisible(MapLayerId::Rivers, false);
    state.labels = LabelVisibility::Hidden;
    paintMap(painter, panel, *m_sources.scene, state, false);
}

void LocatorMaps::paintCity(QPainter& painter, const QRectF& panel) const {
    MapViewState state = baseState(m_sources);
    if (m_content.city != 0) {
        state.focusCity = m_content.city;
    }
    state.districts = m_districts;
    state.selectedDistrict = m_content.id;
    paintMap(painter, panel, *m_sources.scene, state, true);
}

} // namespace agglomap::render::profile
