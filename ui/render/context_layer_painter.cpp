#include "render/context_layer_painter.h"

#include "render/label_layout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace agglomap::render {

namespace {

// Colours of the context layers: a water blue that reads on every Set3 fill, and near-black
// town dots with a white rim so they show on dark and light regions alike.
const QColor kRiver(0x2f, 0x7f, 0xd4);
const QColor kTownDot(0x26, 0x26, 0x26);
const QColor kTownRim(0xff, 0xff, 0xff);
const QColor kTownText(0x26, 0x26, 0x26);
const QColor kTownHalo(255, 255, 255, 220);

// River line widths in pixels at 96 dpi, by WDBII level 1 (permanent major) to 4 (minor).
constexpr std::array<double, 4> kRiverWidths{1.8, 1.3, 0.9, 0.7};
// Town dot radii in pixels at 96 dpi, by rank 1 (capital) to 4 (other towns).
constexpr std::array<double, 4> kDotRadii{4.0, 3.2, 2.4, 1.8};

double metresPerPixel(const QTransform& sceneToDevice) {
    const double pixelsPerMetre = std::sqrt(std::abs(sceneToDevice.determinant()));
    return pixelsPerMetre > 0.0 ? 1.0 / pixelsPerMetre : std::numeric_limits<double>::max();
}

// Pixels at 96 dpi to pixels on the device, so exports at 300 dpi keep the screen's look.
double dpiScale(double logicalDpi) {
    return logicalDpi > 0.0 ? logicalDpi / 96.0 : 1.0;
}

int clampedIndex(int oneBased, std::size_t size) {
    return std::clamp(oneBased, 1, static_cast<int>(size)) - 1;
}

QFont townFont(int rank) {
    QFont font;
    // The same families as the region labels: WenQuanYi writes correct text into PDFs.
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(rank <= 1 ? 9.0 : rank == 2 ? 8.5 : 7.5);
    font.setWeight(rank <= 2 ? QFont::DemiBold : QFont::Normal);
    return font;
}

bool isRasterDevice(const QPainter& painter) {
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

} // namespace

ContextLayerGraphics::ContextLayerGraphics(const geo::ContextLayer& layer,
                                           const geo::Projection& projection)
    : m_kind(layer.kind)
    , m_provenance(layer.provenance) {
    auto toScene = [&](const geo::Point& lonLat) {
        const geo::Point projected = projection.forward({lonLat.x(), lonLat.y()});
        return QPointF(projected.x(), -projected.y());
    };
    for (const geo::ContextLine& line : layer.lines) {
        QPainterPath& path = m_riverPaths[static_cast<std::size_t>(
            clampedIndex(line.level > 0 ? line.level : kRiverLevels, m_riverPaths.size()))];
        bool first = true;
        for (const geo::Point& vertex : line.lonLat) {
            const QPointF scene = toScene(vertex);
            first ? path.moveTo(scene) : path.lineTo(scene);
            first = false;
        }
    }
    for (const QPainterPath& path : m_riverPaths) {
        m_sceneBounds |= path.boundingRect();
    }

    std::vector<const geo::ContextPlace*> places;
    for (const geo::ContextPlace& place : layer.places) {
        places.push_back(&place);
    }
    // Unranked towns go last; within a rank the more populous first.
    auto rankKey = [](const geo::ContextPlace* p) {
        return p->rank > 0 ? p->rank : 99;
    };
    std::stable_sort(places.begin(), places.end(), [&](const auto* a, const auto* b) {
        if (rankKey(a) != rankKey(b)) {
            return rankKey(a) < rankKey(b);
        }
        return a->population.value_or(-1) > b->population.value_or(-1);
    });
    QPolygonF townPoints;
    for (const geo::ContextPlace* place : places) {
        const QPointF scene = toScene(place->lonLat);
        m_towns.push_back({scene, place->nameZh, place->nameEn, rankKey(place)});
        townPoints << scene;
    }
    // QRectF::united ignores empty rectangles, so points go through a polygon's bounds.
    if (!townPoints.isEmpty()) {
        m_sceneBounds = m_sceneBounds.isNull() ? townPoints.boundingRect()
                                               : m_sceneBounds | townPoints.boundingRect();
    }
}

int ContextLayerGraphics::finestRiverLevel(double metresPerPixel) {
    if (metresPerPixel > 2000.0) {
        return 2; // a thumbnail of a province: the main rivers only
    }
    return metresPerPixel > 800.0 ? 3 : 4;
}

int ContextLayerGraphics::finestTownRank(double metresPerPixel) {
    if (metresPerPixel > 400.0) {
        return 2; // a whole province: the capital and the city seats
    }
    return metresPerPixel > 120.0 ? 3 : 4; // a city, then a county
}

void ContextLayerGraphics::paint(QPainter& painter, const QTransform& sceneToDevice,
                                 const QRectF& deviceRect, double opacity,
                                 geo::LabelLanguage language) const {
    if (opacity <= 0.0) {
        return;
    }
    painter.save();
    painter.setOpacity(painter.opacity() * std::min(opacity, 1.0));
    painter.setClipRect(deviceRect, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_kind == geo::ContextLayerKind::Lines) {
        paintRivers(painter, sceneToDevice, deviceRect);
    } else {
        paintTowns(painter, sceneToDevice, deviceRect, language);
    }
    painter.restore();
}

namespace {

// Vector pages keep every vertex handed to them, even those clipped away or closer together
// than the eye can tell: a city's locator map would carry the whole province's rivers. Only the
// stretches inside the view go out, with vertices thinned to the given spacing (scene units).
void drawVisibleLines(QPainter& painter, const QPainterPath& lines, const QRectF& visible,
                      double spacing) {
    QPolygonF run;
    const auto flush = [&] {
        if (run.size() >= 2) {
            painter.drawPolyline(run);
        }
        run.clear();
    };
    for (const QPolygonF& line : lines.toSubpathPolygons()) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QPointF& point = line[i];
            const bool inside = visible.contains(point);
            const bool previousInside = i > 0 && visible.contains(line[i - 1]);
            if (!inside && !previousInside) {
                flush();
                continue;
            }
            if (run.isEmpty() && i > 0) {
                run << line[i - 1];
            }
            const bool last = i + 1 == line.size() || !inside;
            if (run.isEmpty() || last || QLineF(run.back(), point).length() >= spacing) {
                run << point;
            }
        }
        flush();
    }
}

} // namespace

void ContextLayerGraphics::paintRivers(QPainter& painter, const QTransform& sceneToDevice,
                                       const QRectF& deviceRect) const {
    const bool vector =
        painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster;
    const QRectF visibleScene = sceneToDevice.inverted().mapRect(deviceRect);
    const QRectF margin = visibleScene.marginsAdded(
        QMarginsF(visibleScene.width() * 0.02, visibleScene.height() * 0.02,
                  visibleScene.width() * 0.02, visibleScene.height() * 0.02));
    // Half a 96-dpi pixel, in scene units.
    const double spacing =
        0.5 * metresPerPixel(sceneToDevice) * dpiScale(painter.device()->logicalDpiX());
    const double scale = dpiScale(painter.device()->logicalDpiX());
    const int finest = finestRiverLevel(metresPerPixel(sceneToDevice));
    painter.setWorldTransform(sceneToDevice, true);
    painter.setBrush(Qt::NoBrush);
    // Minor rivers first, so the major ones run over them at confluences.
    for (int level = finest; level >= 1; --level) {
        const auto index = static_cast<std::size_t>(level - 1);
        if (m_riverPaths[index].isEmpty()) {
            continue;
        }
        QPen pen(kRiver, kRiverWidths[index] * scale);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        if (vector) {
            drawVisibleLines(painter, m_riverPaths[index], margin, spacing);
        } else {
            painter.drawPath(m_riverPaths[index]);
        }
    }
}

std::vector<ContextLayerGraphics::PlacedTown>
ContextLayerGraphics::layOutTowns(const QTransform& sceneToDevice, const QRectF& deviceRect,
                                  geo::LabelLanguage language,
                                  const QPaintDevice& paintDevice) const {
    const double scale = dpiScale(paintDevice.logicalDpiX());
    const int finest = finestTownRank(metresPerPixel(sceneToDevice));
    LabelLayout layout(deviceRect);
    std::vector<PlacedTown> placed;
    for (const Town& town : m_towns) {
        if (town.rank > finest) {
            break; // sorted by rank
        }
        const QPointF device = sceneToDevice.map(town.scene);
        if (!deviceRect.contains(device)) {
            continue;
        }
        const QString& wanted = language == geo::LabelLanguage::Chinese ? town.nameZh : town.nameEn;
        const QString& label =
            wanted.isEmpty() ? (language == geo::LabelLanguage::Chinese ? town.nameEn : town.nameZh)
                             : wanted;
        const double radius =
            kDotRadii[static_cast<std::size_t>(clampedIndex(town.rank, kDotRadii.size()))] * scale;
        const QRectF dot(device.x() - radius, device.y() - radius, 2 * radius, 2 * radius);
        // Font metrics follow the device's resolution: labels keep their point size in a
        // 300 dpi export as on a 96 dpi screen.
        const QFontMetricsF metrics(townFont(town.rank), &paintDevice);
        const QRectF text = metrics.boundingRect(label);
        const double gap = 2.0 * scale;
        // Right of the dot, else left of it: the dot and its label are reserved together.
        bool fitted = false;
        for (const double x : {dot.right() + gap, dot.left() - gap - text.width()}) {
            const QRectF labelRect(x, device.y() - text.height() / 2.0, text.width(),
                                   text.height());
            if (layout.tryPlace(labelRect.united(dot).adjusted(-1, -1, 1, 1))) {
                placed.push_back({device, label, labelRect, town.rank});
                fitted = true;
                break;
            }
        }
        if (!fitted && town.rank <= 2) {
            placed.push_back({device, QString(), QRectF(), town.rank}); // a city shows, unnamed
        }
    }
    return placed;
}

void ContextLayerGraphics::paintTowns(QPainter& painter, const QTransform& sceneToDevice,
                                      const QRectF& deviceRect, geo::LabelLanguage language) const {
    const double scale = dpiScale(painter.device()->logicalDpiX());
    const std::vector<PlacedTown> towns =
        layOutTowns(sceneToDevice, deviceRect, language, *painter.device());

    painter.setPen(QPen(kTownRim, 1.0 * scale));
    painter.setBrush(kTownDot);
    for (const PlacedTown& town : towns) {
        const double radius =
            kDotRadii[static_cast<std::size_t>(clampedIndex(town.rank, kDotRadii.size()))] * scale;
        painter.drawEllipse(town.device, radius, radius);
        if (town.rank == 1) {
            painter.setBrush(kTownRim); // the capital: a ringed dot
            painter.drawEllipse(town.device, radius * 0.4, radius * 0.4);
            painter.setBrush(kTownDot);
        }
    }

    const double halo = 1.2 * scale;
    const bool raster = isRasterDevice(painter);
    for (const PlacedTown& town : towns) {
        if (town.label.isEmpty()) {
            continue;
        }
        const QFont font = townFont(town.rank);
        painter.setFont(font);
        const QFontMetricsF metrics(font, painter.device());
        const QPointF baseline(town.labelRect.left() - metrics.boundingRect(town.label).left(),
                               town.labelRect.top() + metrics.ascent());
        if (raster) {
            // As the region labels: the halo is the text drawn around itself from the glyph
            // cache, an order of magnitude faster than stroking outlines.
            painter.setPen(kTownHalo);
            constexpr std::array<QPointF, 8> kDirections{{{1, 0},
                                                          {-1, 0},
                                                          {0, 1},
                                                          {0, -1},
                                                          {0.7, 0.7},
                                                          {-0.7, 0.7},
                                                          {0.7, -0.7},
                                                          {-0.7, -0.7}}};
            for (const QPointF& direction : kDirections) {
                painter.drawText(baseline + direction * halo, town.label);
            }
        } else {
            // Vector output keeps the text one searchable string over an outline halo.
            QPainterPath outline;
            outline.addText(baseline, font, town.label);
            QPen pen(kTownHalo, 2.0 * halo);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(outline, pen);
        }
        painter.setPen(kTownText);
        painter.drawText(baseline, town.label);
    }
}

} // namespace agglomap::render
