#include "geo/label_point.h"

#include <algorithm>

namespace agglomap::geo {

namespace {

double distanceToBoundary(const Point& p, const Polygon& polygon) {
    double best = bg::distance(p, polygon.outer());
    for (const Ring& inner : polygon.inners()) {
        best = std::min(best, bg::distance(p, inner));
    }
    return best;
}

} // namespace

Point labelPoint(const MultiPolygon& shape) {
    if (shape.empty()) {
        return {0.0, 0.0};
    }
    const auto largest =
        std::max_element(shape.begin(), shape.end(),
                         [](const auto& a, const auto& b) { return bg::area(a) < bg::area(b); });
    const Polygon& polygon = *largest;

    Point best;
    bg::centroid(polygon, best);
    double bestDistance = bg::within(best, polygon) ? distanceToBoundary(best, polygon) : -1.0;

    const Box box = bg::return_envelope<Box>(polygon);
    constexpr int kSteps = 16;
    const double dx = (box.max_corner().x() - box.min_corner().x()) / kSteps;
    const double dy = (box.max_corner().y() - box.min_corner().y()) / kSteps;
    for (int i = 0; i < kSteps; ++i) {
        for (int j = 0; j < kSteps; ++j) {
            const Point candidate(box.min_corner().x() + (i + 0.5) * dx,
                                  box.min_corner().y() + (j + 0.5) * dy);
            if (!bg::within(candidate, polygon)) {
                continue;
            }
            const double distance = distanceToBoundary(candidate, polygon);
            if (distance > bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
    }
    if (bestDistance < 0.0) {
        bg::centroid(polygon, best); // degenerate sliver: nothing better exists
    }
    return best;
}

} // namespace agglomap::geo
