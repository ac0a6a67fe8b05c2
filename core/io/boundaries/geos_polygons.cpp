#include "io/boundaries/geos_polygons.h"

#include "io/ogr_geometry_conversion.h"

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

namespace agglomap::io {

namespace {

using GeometryPtr = std::unique_ptr<OGRGeometry>;

GeometryPtr repaired(const OGRGeometry& geometry) {
    // STRUCTURE keeps the union of the outer rings minus the holes, so overlapping parts of a
    // multipolygon merge; the default (linework) method would cut their overlap out as a hole.
    const char* const structure[] = {"METHOD=STRUCTURE", nullptr};
    GeometryPtr result(geometry.MakeValid(structure));
    if (!result) {
        result.reset(geometry.MakeValid());
    }
    return result;
}

} // namespace

std::optional<geo::MultiPolygon> validMultiPolygon(const OGRGeometry& geometry) {
    if (geometry.IsValid()) {
        return toMultiPolygon(geometry);
    }
    const GeometryPtr valid = repaired(geometry);
    if (!valid || valid->IsEmpty() || !valid->IsValid()) {
        return std::nullopt;
    }
    return toMultiPolygon(*valid);
}

std::optional<geo::MultiPolygon> unionOf(const std::vector<const geo::MultiPolygon*>& shapes) {
    OGRMultiPolygon all;
    for (const geo::MultiPolygon* shape : shapes) {
        const auto parts = toOgr(*shape);
        for (const OGRPolygon* part : *parts) {
            all.addGeometry(part);
        }
    }
    GeometryPtr united(all.UnionCascaded());
    if (!united) {
        // The cascade fails on some inputs the one-by-one union accepts.
        for (const OGRPolygon* part : all) {
            GeometryPtr next(united ? united->Union(part) : part->clone());
            if (!next) {
                return std::nullopt;
            }
            united = std::move(next);
        }
    }
    if (!united) {
        return std::nullopt;
    }
    return validMultiPolygon(*united);
}

std::vector<std::optional<geo::MultiPolygon>>
unionsOf(const std::vector<std::vector<const geo::MultiPolygon*>>& groups) {
    std::vector<std::optional<geo::MultiPolygon>> results(groups.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        // Error handlers are per thread: GEOS reports each repaired crossing as a warning.
        CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
        for (std::size_t i = next++; i < groups.size(); i = next++) {
            results[i] = unionOf(groups[i]);
        }
    };
    const std::size_t workers =
        std::min<std::size_t>(groups.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::jthread> threads;
    for (std::size_t i = 1; i < workers; ++i) {
        threads.emplace_back(work);
    }
    work();
    threads.clear(); // joins: every result is in before it is returned
    return results;
}

} // namespace agglomap::io
