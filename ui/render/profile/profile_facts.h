#pragma once

#include "render/profile/profile_content.h"

#include <QRectF>

class QPainter;
class QPaintDevice;

namespace agglomap::render::profile {

// The district's key figures as a two-column table (label, value with its illustrative mark),
// then its leading industries with their share of output and location quotient.
class FactsTable {
public:
    explicit FactsTable(const ProfileContent& content)
        : m_content(content) {}

    [[nodiscard]] double height(const QPaintDevice& device, double width) const;
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    struct Geometry;
    [[nodiscard]] Geometry geometry(const QPaintDevice& device, const QRectF& rect) const;

    const ProfileContent& m_content;
};

} // namespace agglomap::render::profile
