#include "render/label_layout.h"

#include <algorithm>

namespace agglomap::render {

bool LabelLayout::tryPlace(const QRectF& rect) {
    if (!m_bounds.contains(rect)) {
        return false;
    }
    const bool overlaps = std::any_of(m_placed.begin(), m_placed.end(), [&](const QRectF& placed) {
        return placed.intersects(rect);
    });
    if (overlaps) {
        return false;
    }
    m_placed.push_back(rect);
    return true;
}

} // namespace agglomap::render
