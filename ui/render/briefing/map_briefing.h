#pragma once

#include "render/legend.h"
#include "render/map_scene.h"
#include "render/map_view_state.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace agglomap::render {

// Everything a briefing map shows: the map as the user sees it (view state and the part of the
// scene in view) and the composition's texts. The legend is the same content the legend dock
// shows, so the counts on paper are those on screen.
struct MapBriefing {
    const MapScene* scene = nullptr;
    MapViewState state;
    QRectF sceneRect; // the part of the map to show, in scene coordinates
    LegendContent legend;
    QString title;
    QString subtitle;    // indicator, aggregation, method and classes
    QStringList credits; // one line per source: plan, boundaries, context layers
    QDate date;
};

// Where each part of the composition goes on a page, in device pixels.
struct BriefingLayout {
    QRectF title;
    QRectF subtitle;
    QRectF map;
    QRectF legend;
    QRectF notice; // the illustrative-data notice; empty when nothing shown is illustrative
    QRectF footer;
};

// A page: title and subtitle across the top, the map in a frame with its scale bar and north
// arrow, the legend (and an illustrative-data notice when needed) in a column on the right,
// sources and date across the foot. Sizes are in points and millimetres, converted with the
// device's resolution, so a 300-dpi PNG, a PDF and an SVG of one briefing look alike.
[[nodiscard]] BriefingLayout layOutBriefing(const QPaintDevice& device, const QRectF& page,
                                            const MapBriefing& briefing);
// Paints the whole composition; the map through MapPainter, the code the canvas uses.
void paintBriefing(QPainter& painter, const QRectF& page, const MapBriefing& briefing);

// The notice printed whenever a shown value is illustrative.
[[nodiscard]] QString illustrativeNoticeTitle();
[[nodiscard]] QString illustrativeNoticeText();

} // namespace agglomap::render
