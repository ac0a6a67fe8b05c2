#pragma once

#include <QPointF>
#include <QString>

class QPainter;

namespace agglomap::render {

// A segmented scale bar with a length chosen from 1, 2 and 5 times a power of ten.
class ScaleBar {
public:
    // The bar aims at targetPixels and never exceeds it.
    ScaleBar(double metresPerPixel, double targetPixels);

    [[nodiscard]] double lengthMetres() const { return m_lengthMetres; }
    [[nodiscard]] double lengthPixels() const { return m_lengthPixels; }
    [[nodiscard]] QString label() const; // "50 km", "500 m"

    // bottomLeft is the lower-left corner of the bar, in device pixels.
    void paint(QPainter& painter, QPointF bottomLeft) const;

private:
    double m_lengthMetres = 0.0;
    double m_lengthPixels = 0.0;
};

} // namespace agglomap::render
