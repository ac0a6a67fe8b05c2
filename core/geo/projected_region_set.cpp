#include "geo/projected_region_set.h"

#include "geo/label_point.h"

#include <iterator>

namespace agglomap::geo {

ProjectedRegionSet::ProjectedRegionSet(const std::vector<const Region*>& regions,
                                       const Projection& projection) {
    bg::assign_inverse(m_extent);
    m_entries.reserve(regions.size());
    std::vector<IndexValue> boxes;
    for (const Region* region : regions) {
        Entry entry;
        entry.code = region->code;
        entry.lods[0] = region->lonLat;
        projection.forwardInPlace(entry.lods[0]);
        // Every level is simplified from the full geometry, so its tolerance bounds its error.
        for (std::size_t lod = 1; lod < kLodTolerances.size(); ++lod) {
            bg::simplify(entry.lods[0], entry.lods[lod], kLodTolerances[lod]);
        }
        entry.bounds = bg::return_envelope<Box>(entry.lods[0]);
        entry.labelAnchor = labelPoint(entry.lods[kLabelLod]);
        bg::expand(m_extent, entry.bounds);
        boxes.emplace_back(entry.bounds, m_entries.size());
        m_entries.push_back(std::move(entry));
    }
    // Bulk loading (packing) gives a better tree than inserting one by one.
    m_index = decltype(m_index)(boxes.begin(), boxes.end());
}

const ProjectedRegionSet::Entry* ProjectedRegionSet::find(RegionCode code) const {
    for (const Entry& entry : m_entries) {
        if (entry.code == code) {
            return &entry;
        }
    }
    return nullptr;
}

std::size_t ProjectedRegionSet::lodFor(double metresPerPixel) {
    std::size_t chosen = 0;
    for (std::size_t lod = 1; lod < kLodTolerances.size(); ++lod) {
        if (kLodTolerances[lod] <= 0.75 * metresPerPixel) {
            chosen = lod;
        }
    }
    return chosen;
}

std::optional<RegionCode> ProjectedRegionSet::regionAt(const Point& projected) const {
    std::vector<IndexValue> candidates;
    m_index.query(bg::index::intersects(projected), std::back_inserter(candidates));
    for (const IndexValue& candidate : candidates) {
        const Entry& entry = m_entries[candidate.second];
        if (bg::covered_by(projected, entry.lods[0])) {
            return entry.code;
        }
    }
    return std::nullopt;
}

std::size_t ProjectedRegionSet::vertexCount(std::size_t lod) const {
    std::size_t total = 0;
    for (const Entry& entry : m_entries) {
        total += bg::num_points(entry.lods[lod]);
    }
    return total;
}

} // namespace agglomap::geo
