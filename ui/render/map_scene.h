#pragma once

#include "geo/projected_region_set.h"
#include "geo/region_hierarchy.h"

#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <array>
#include <memory>
#include <vector>

namespace agglomap::render {

// Everything about a province's map that does not change while the user pans, zooms or
// selects: the projection, projected geometry per level, cached painter paths per level of
// detail, and a colour slot per region. Scene coordinates are projected metres with y
// flipped (Qt's y grows downwards), so north is up.
class MapScene {
public:
    [[nodiscard]] static Result<std::shared_ptr<const MapScene>>
    build(geo::RegionHierarchy hierarchy);
    // Loads a boundary folder (such as maps/henan) and builds its scene.
    [[nodiscard]] static Result<std::shared_ptr<const MapScene>>
    load(const QString& provinceDirectory);

    [[nodiscard]] const geo::RegionHierarchy& hierarchy() const { return m_hierarchy; }
    [[nodiscard]] const geo::Projection& projection() const { return m_projection; }
    [[nodiscard]] const geo::ProjectedRegionSet& regions(geo::RegionLevel level) const;
    [[nodiscard]] const QPainterPath& path(geo::RegionLevel level, geo::RegionCode code,
                                           std::size_t lod) const;
    [[nodiscard]] int colourSlot(geo::RegionCode code) const { return m_colourSlots.value(code); }

    [[nodiscard]] QRectF sceneExtent() const;
    [[nodiscard]] QRectF sceneBounds(geo::RegionLevel level, geo::RegionCode code) const;
    [[nodiscard]] QPointF labelAnchor(geo::RegionLevel level, geo::RegionCode code) const;
    // The region of a level under a scene point, if any.
    [[nodiscard]] std::optional<geo::RegionCode> regionAt(geo::RegionLevel level,
                                                          QPointF scene) const;

    [[nodiscard]] static QPointF toScene(const geo::Point& projected) {
        return {projected.x(), -projected.y()};
    }
    [[nodiscard]] static geo::Point toProjected(QPointF scene) { return {scene.x(), -scene.y()}; }
    [[nodiscard]] geo::LonLat toLonLat(QPointF scene) const {
        return m_projection.inverse(toProjected(scene));
    }

private:
    using PathsByLod = std::array<QPainterPath, geo::ProjectedRegionSet::kLodTolerances.size()>;

    MapScene(geo::RegionHierarchy hierarchy, geo::Projection projection);
    void cachePaths(geo::RegionLevel level);

    geo::RegionHierarchy m_hierarchy;
    geo::Projection m_projection;
    std::array<geo::ProjectedRegionSet, 3> m_sets; // indexed by RegionLevel
    std::array<QHash<geo::RegionCode, PathsByLod>, 3> m_paths;
    QHash<geo::RegionCode, int> m_colourSlots;
};

} // namespace agglomap::render
