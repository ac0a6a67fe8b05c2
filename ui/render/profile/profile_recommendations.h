#pragma once

#include "render/profile/profile_content.h"

#include <QRectF>

#include <vector>

class QPainter;
class QPaintDevice;

namespace agglomap::render::profile {

// The recommendations as a table: priority, the measure with its reason below, and the source
// (paper and section). Rows are measured for a width so the profile can break the table
// between pages; a continued table repeats its heading and column header.
class RecommendationTable {
public:
    explicit RecommendationTable(const ProfileContent& content)
        : m_content(content) {}

    // The section heading and column header above the rows.
    [[nodiscard]] double headerHeight(const QPaintDevice& device) const;
    // Each row's height at this width; one row saying "none" when there are no recommendations.
    [[nodiscard]] std::vector<double> rowHeights(const QPaintDevice& device, double width) const;
    void paintHeader(QPainter& painter, const QRectF& rect, bool continued) const;
    void paintRow(QPainter& painter, const QRectF& rect, int row) const;

private:
    struct Columns;
    [[nodiscard]] Columns columns(const QPaintDevice& device, const QRectF& rect) const;

    const ProfileContent& m_content;
};

} // namespace agglomap::render::profile
