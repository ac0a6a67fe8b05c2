#pragma once

#include <QRectF>

#include <vector>

namespace agglomap::render {

// Greedy placement: a label is drawn only if it overlaps none already placed. Callers offer
// labels in priority order (largest regions first), so important names win.
class LabelLayout {
public:
    explicit LabelLayout(QRectF bounds)
        : m_bounds(bounds) {}

    // Reserves the rectangle and returns true if it fits inside the bounds without overlap.
    [[nodiscard]] bool tryPlace(const QRectF& rect);
    [[nodiscard]] std::size_t placedCount() const { return m_placed.size(); }

private:
    QRectF m_bounds;
    std::vector<QRectF> m_placed;
};

} // namespace agglomap::render
