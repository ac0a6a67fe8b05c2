#include "render/north_arrow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace agglomap::render {

void NorthArrow::paint(QPainter& painter, QPointF centre, double size) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(centre);
    painter.rotate(m_convergenceDegrees);
    const double half = size / 2.0;
    QPainterPath left;
    left.moveTo(0, -half);
    left.lineTo(-half * 0.45, half * 0.55);
    left.lineTo(0, half * 0.3);
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(0, -half);
    right.lineTo(half * 0.45, half * 0.55);
    right.lineTo(0, half * 0.3);
    right.closeSubpath();
    painter.setPen(QPen(Qt::black, 1.0));
    painter.setBrush(Qt::black);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);

    const QFontMetricsF metrics(painter.font());
    const QString north = QStringLiteral("N");
    painter.setPen(Qt::black);
    painter.drawText(
        QPointF(-metrics.horizontalAdvance(north) / 2.0, -half - metrics.descent() - 2.0), north);
    painter.restore();
}

} // namespace agglomap::render
