#include "geo/region_colouring.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace agglomap::geo {

namespace {

// Vertices are compared on a 1e-6 degree grid so that rounding in stored files does not
// hide a shared vertex.
qint64 vertexKey(const Point& p) {
    const auto x = static_cast<qint64>(std::llround(p.x() * 1e6));
    const auto y = static_cast<qint64>(std::llround(p.y() * 1e6));
    return x * 400'000'000LL + y;
}

} // namespace

QHash<RegionCode, QList<RegionCode>> adjacency(const std::vector<const Region*>& regions) {
    QHash<qint64, QList<RegionCode>> owners;
    for (const Region* region : regions) {
        std::set<qint64> keys;
        bg::for_each_point(region->lonLat, [&](const Point& p) { keys.insert(vertexKey(p)); });
        for (qint64 key : keys) {
            owners[key].append(region->code);
        }
    }
    QHash<QPair<RegionCode, RegionCode>, int> shared;
    for (const QList<RegionCode>& codes : std::as_const(owners)) {
        for (qsizetype i = 0; i < codes.size(); ++i) {
            for (qsizetype j = i + 1; j < codes.size(); ++j) {
                ++shared[qMakePair(std::min(codes[i], codes[j]), std::max(codes[i], codes[j]))];
            }
        }
    }
    QHash<RegionCode, QList<RegionCode>> result;
    for (const Region* region : regions) {
        result.insert(region->code, {});
    }
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        if (it.value() >= 2) {
            result[it.key().first].append(it.key().second);
            result[it.key().second].append(it.key().first);
        }
    }
    for (QList<RegionCode>& neighbours : result) {
        std::sort(neighbours.begin(), neighbours.end());
    }
    return result;
}

QHash<RegionCode, int> colourSlots(const std::vector<const Region*>& regions) {
    const auto neighbours = adjacency(regions);
    std::vector<RegionCode> order;
    for (const Region* region : regions) {
        order.push_back(region->code);
    }
    std::sort(order.begin(), order.end(), [&](RegionCode a, RegionCode b) {
        const auto da = neighbours.value(a).size();
        const auto db = neighbours.value(b).size();
        return da != db ? da > db : a < b;
    });
    QHash<RegionCode, int> slotByCode;
    for (RegionCode code : order) {
        std::set<int> taken;
        for (RegionCode neighbour : neighbours.value(code)) {
            if (slotByCode.contains(neighbour)) {
                taken.insert(slotByCode.value(neighbour));
            }
        }
        int slot = 0;
        while (taken.contains(slot)) {
            ++slot;
        }
        slotByCode.insert(code, slot);
    }
    return slotByCode;
}

} // namespace agglomap::geo
