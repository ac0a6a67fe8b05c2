#pragma once

#include "render/profile/profile_content.h"

#include <QColor>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace agglomap::render::profile {

// Output by sector as horizontal bars, largest first, the rest summed into one bar; leading
// industries dark and numbered by rank, the others light. Rows: a badge, code and name, the
// bar, and the value with its share. A caption gives the unit and explains the colours. Below,
// the output by the papers' categories as one stacked bar with its shares.
class SectorChart {
public:
    explicit SectorChart(const ProfileContent& content)
        : m_content(content) {}

    [[nodiscard]] double height(const QPaintDevice& device, double width) const;
    void paint(QPainter& painter, const QRectF& rect) const;
    // Where row `row`'s bar is drawn when the chart is painted into rect on the device.
    [[nodiscard]] QRectF barRect(const QPaintDevice& device, const QRectF& rect, int row) const;
    [[nodiscard]] static QColor barColour(const ProfileContent::SectorBar& bar);

private:
    struct Geometry;
    [[nodiscard]] Geometry geometry(const QPaintDevice& device, const QRectF& rect) const;
    void paintMix(QPainter& painter, const QRectF& rect, double top, double barHeight) const;

    const ProfileContent& m_content;
};

// Each infrastructure and service item on its 0-100 scale: what is provided as a bar, what is
// required as a tick, the shortfall between them shaded, and the numbers beside it.
class ProvisionChart {
public:
    explicit ProvisionChart(const ProfileContent& content)
        : m_content(content) {}

    [[nodiscard]] double height(const QPaintDevice& device, double width) const;
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    struct Geometry;
    [[nodiscard]] Geometry geometry(const QPaintDevice& device, const QRectF& rect) const;

    const ProfileContent& m_content;
};

} // namespace agglomap::render::profile
