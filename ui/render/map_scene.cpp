#include "render/map_scene.h"

#include "geo/boundary_extent.h"
#include "geo/region_colouring.h"
#include "io/boundary_loader.h"

#include <QCoreApplication>

namespace agglomap::render {

namespace {

std::size_t indexOf(geo::RegionLevel level) {
    return static_cast<std::size_t>(level);
}

QPainterPath toPath(const geo::MultiPolygon& shape) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&path](const geo::Ring& ring) {
        if (ring.empty()) {
            return;
        }
        path.moveTo(MapScene::toScene(ring.front()));
        for (std::size_t i = 1; i < ring.size(); ++i) {
            path.lineTo(MapScene::toScene(ring[i]));
        }
        path.closeSubpath();
    };
    for (const geo::Polygon& polygon : shape) {
        addRing(polygon.outer());
        for (const geo::Ring& inner : polygon.inners()) {
            addRing(inner);
        }
    }
    return path;
}

QRectF toSceneRect(const geo::Box& box) {
    return QRectF(MapScene::toScene(box.min_corner()), MapScene::toScene(box.max_corner()))
        .normalized();
}

} // namespace

Result<std::shared_ptr<const MapScene>> MapScene::build(geo::RegionHierarchy hierarchy) {
    // A boundary reaching the poles or holding NaN (a plan file changed outside Agglomap)
    // would fit no projection, and PROJ would fail vertex by vertex while drawing.
    if (const auto faults = geo::boundaryFaults(hierarchy, geo::chinaExtent()); !faults.empty()) {
        //: %1 says which region's boundary is wrong and how
        return Error{
            QCoreApplication::translate("agglomap::render::MapScene", "The map cannot be drawn. %1")
                .arg(faults.front())};
    }
    auto projection = geo::Projection::albersEqualAreaFor(hierarchy.extent());
    if (!projection) {
        return projection.error();
    }
    std::shared_ptr<MapScene> scene(
        new MapScene(std::move(hierarchy), std::move(projection).value()));
    return std::shared_ptr<const MapScene>(std::move(scene));
}

Result<std::shared_ptr<const MapScene>> MapScene::load(const QString& provinceDirectory) {
    auto hierarchy = io::loadBoundaries(provinceDirectory);
    if (!hierarchy) {
        return hierarchy.error();
    }
    return build(std::move(hierarchy).value());
}

MapScene::MapScene(geo::RegionHierarchy hierarchy, geo::Projection projection)
    : m_hierarchy(std::move(hierarchy))
    , m_projection(std::move(projection)) {
    for (geo::RegionLevel level :
         {geo::RegionLevel::Province, geo::RegionLevel::City, geo::RegionLevel::County}) {
        const auto regions = m_hierarchy.regionsAt(level);
        m_sets[indexOf(level)] = geo::ProjectedRegionSet(regions, m_projection);
        cachePaths(level);
        const auto slotByCode = geo::colourSlots(regions);
        for (auto it = slotByCode.cbegin(); it != slotByCode.cend(); ++it) {
            m_colourSlots.insert(it.key(), it.value());
        }
    }
}

void MapScene::cachePaths(geo::RegionLevel level) {
    for (const auto& entry : m_sets[indexOf(level)].entries()) {
        PathsByLod paths;
        for (std::size_t lod = 0; lod < paths.size(); ++lod) {
            paths[lod] = toPath(entry.lods[lod]);
        }
        m_paths[indexOf(level)].insert(entry.code, std::move(paths));
    }
}

const geo::ProjectedRegionSet& MapScene::regions(geo::RegionLevel level) const {
    return m_sets[indexOf(level)];
}

const QPainterPath& MapScene::path(geo::RegionLevel level, geo::RegionCode code,
                                   std::size_t lod) const {
    static const QPainterPath empty;
    const auto& byCode = m_paths[indexOf(level)];
    const auto it = byCode.constFind(code);
    return it == byCode.constEnd() ? empty : (*it)[lod];
}

QRectF MapScene::sceneExtent() const {
    return toSceneRect(regions(geo::RegionLevel::Province).extent());
}

QRectF MapScene::sceneBounds(geo::RegionLevel level, geo::RegionCode code) const {
    const auto* entry = regions(level).find(code);
    return entry ? toSceneRect(entry->bounds) : QRectF();
}

QPointF MapScene::labelAnchor(geo::RegionLevel level, geo::RegionCode code) const {
    const auto* entry = regions(level).find(code);
    return entry ? toScene(entry->labelAnchor) : QPointF();
}

std::optional<geo::RegionCode> MapScene::regionAt(geo::RegionLevel level, QPointF scene) const {
    return regions(level).regionAt(toProjected(scene));
}

} // namespace agglomap::render
