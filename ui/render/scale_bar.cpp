#include "render/scale_bar.h"

#include <QFontMetricsF>
#include <QPainter>

#include <array>
#include <cmath>

namespace agglomap::render {

ScaleBar::ScaleBar(double metresPerPixel, double targetPixels) {
    const double targetMetres = metresPerPixel * targetPixels;
    const double power = std::pow(10.0, std::floor(std::log10(targetMetres)));
    for (double step : std::array{5.0, 2.0, 1.0}) {
        if (step * power <= targetMetres) {
            m_lengthMetres = step * power;
            break;
        }
    }
    m_lengthPixels = m_lengthMetres / metresPerPixel;
}

QString ScaleBar::label() const {
    if (m_lengthMetres >= 1000.0) {
        return QStringLiteral("%1 km").arg(m_lengthMetres / 1000.0);
    }
    return QStringLiteral("%1 m").arg(m_lengthMetres);
}

void ScaleBar::paint(QPainter& painter, QPointF bottomLeft) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double height = std::max(4.0, painter.fontMetrics().height() * 0.35);
    const int segments = 4;
    const double segment = m_lengthPixels / segments;
    for (int i = 0; i < segments; ++i) {
        const QRectF rect(bottomLeft.x() + i * segment, bottomLeft.y() - height, segment, height);
        painter.fillRect(rect, i % 2 == 0 ? Qt::black : Qt::white);
    }
    painter.setPen(QPen(Qt::black, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(bottomLeft.x(), bottomLeft.y() - height, m_lengthPixels, height));

    const QFontMetricsF metrics(painter.font());
    painter.drawText(QPointF(bottomLeft.x(), bottomLeft.y() - height - metrics.descent() - 2.0),
                     QStringLiteral("0"));
    const QString text = label();
    painter.drawText(
        QPointF(bottomLeft.x() + m_lengthPixels - metrics.horizontalAdvance(text) / 2.0,
                bottomLeft.y() - height - metrics.descent() - 2.0),
        text);
    painter.restore();
}

} // namespace agglomap::render
