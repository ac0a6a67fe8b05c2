#pragma once

#include "geo/context_layer.h"
#include "geo/projection.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <array>
#include <optional>
#include <vector>

class QPaintDevice;
class QPainter;

namespace agglomap::render {

// A context layer (rivers or towns) projected once into scene coordinates (projected metres,
// y flipped, as MapScene), ready to paint at any zoom: rivers as cached paths per level,
// towns as scene points in label priority order.
class ContextLayerGraphics {
public:
    ContextLayerGraphics(const geo::ContextLayer& layer, const geo::Projection& projection);

    [[nodiscard]] geo::ContextLayerKind kind() const { return m_kind; }
    [[nodiscard]] const QString& provenance() const { return m_provenance; }
    [[nodiscard]] QRectF sceneBounds() const { return m_sceneBounds; }

    // Rivers: thin blue lines, wider for major levels; minor levels only once zoomed in.
    // Towns: small dots with names; the more important towns first, fewer of them when zoomed
    // out, and no label over another. Paints nothing at opacity 0; clips to deviceRect.
    void paint(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect,
               double opacity, geo::LabelLanguage language) const;

    // The towns that a paint at this transform would label, in priority order (for tests and
    // for hit-testing labels).
    struct PlacedTown {
        QPointF device;
        QString label;
        QRectF labelRect;
        int rank = 0;
    };
    [[nodiscard]] std::vector<PlacedTown> layOutTowns(const QTransform& sceneToDevice,
                                                      const QRectF& deviceRect,
                                                      geo::LabelLanguage language,
                                                      const QPaintDevice& paintDevice) const;

    // The river levels drawn at a scale, from 1 (major) to the returned level.
    [[nodiscard]] static int finestRiverLevel(double metresPerPixel);
    // The least important town rank drawn at a scale (1 capital ... 4 other towns).
    [[nodiscard]] static int finestTownRank(double metresPerPixel);

private:
    struct Town {
        QPointF scene;
        QString nameZh;
        QString nameEn;
        int rank = 0;
    };
    static constexpr int kRiverLevels = 4;

    void paintRivers(QPainter& painter, const QTransform& sceneToDevice,
                     const QRectF& deviceRect) const;
    void paintTowns(QPainter& painter, const QTransform& sceneToDevice, const QRectF& deviceRect,
                    geo::LabelLanguage language) const;

    geo::ContextLayerKind m_kind;
    QString m_provenance;
    QRectF m_sceneBounds;
    // One path per WDBII level 1-4 (index level - 1); lines without a level count as minor.
    std::array<QPainterPath, kRiverLevels> m_riverPaths;
    std::vector<Town> m_towns; // by rank, then population, largest first
};

} // namespace agglomap::render
