#pragma once

#include <QPointF>

class QPainter;

namespace agglomap::render {

// A north arrow turned by the grid convergence at the view centre: in a conic projection
// true north leans away from "up" east and west of the central meridian.
class NorthArrow {
public:
    explicit NorthArrow(double convergenceDegrees)
        : m_convergenceDegrees(convergenceDegrees) {}

    [[nodiscard]] double rotationDegrees() const { return m_convergenceDegrees; }
    // centre and size in device pixels.
    void paint(QPainter& painter, QPointF centre, double size) const;

private:
    double m_convergenceDegrees = 0.0;
};

} // namespace agglomap::render
