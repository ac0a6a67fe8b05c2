#include "render/profile/profile_style.h"

#include "render/profile/profile_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace agglomap::render::profile {

double sectionHeadingHeight(const QPaintDevice& device) {
    const Units units(device);
    return QFontMetricsF(font(kHeadingPt, true), &device).height() + units.mm(2.6);
}

void paintSectionHeading(QPainter& painter, const QRectF& rect, const QString& text,
                         bool illustrative) {
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const QFont headingFont = font(kHeadingPt, true);
    const double lineHeight = QFontMetricsF(headingFont, &device).height();
    drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), lineHeight),
             Qt::AlignLeft | Qt::AlignVCenter, text, headingFont, colour::kHeading, illustrative);
    const double y = rect.top() + lineHeight + units.mm(0.8);
    painter.save();
    painter.setPen(QPen(colour::kHeading, units.pt(0.8)));
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    painter.restore();
}

void drawLine(QPainter& painter, const QRectF& box, Qt::Alignment alignment, const QString& text,
              const QFont& textFont, const QColor& colour, bool illustrative) {
    const QPaintDevice& device = *painter.device();
    const QFontMetricsF metrics(textFont, &device);
    const QFont markFont =
        font(textFont.pointSizeF() > 0.0 ? textFont.pointSizeF() : kBodyPt, true);
    const QFontMetricsF markMetrics(markFont, &device);
    const QString mark = illustrative ? illustrativeMark() : QString();
    const double markWidth = illustrative ? markMetrics.horizontalAdvance(mark) + 1.0 : 0.0;
    const QString shown =
        metrics.elidedText(text, Qt::ElideRight, std::max(0.0, box.width() - markWidth));
    const double textWidth = std::min(metrics.horizontalAdvance(shown), box.width() - markWidth);
    double left = box.left();
    if (alignment & Qt::AlignRight) {
        left = box.right() - textWidth - markWidth;
    } else if (alignment & Qt::AlignHCenter) {
        left = box.center().x() - (textWidth + markWidth) / 2.0;
    }
    const Qt::Alignment vertical = alignment & Qt::AlignVertical_Mask;
    painter.save();
    painter.setFont(textFont);
    painter.setPen(colour);
    // A little slack on the right: the advance is exact, drawText's own elision is not.
    painter.drawText(QRectF(left, box.top(), textWidth + 2.0, box.height()),
                     Qt::AlignLeft | vertical | Qt::TextDontClip, shown);
    if (illustrative) {
        painter.setFont(markFont);
        painter.setPen(colour::kIllustrative);
        painter.drawText(QRectF(left + textWidth + 1.0, box.top(), markWidth, box.height()),
                         Qt::AlignLeft | vertical | Qt::TextDontClip, mark);
    }
    painter.restore();
}

void drawRankBadge(QPainter& painter, QPointF centre, double radius, int rank) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour::kLeading);
    painter.drawEllipse(centre, radius, radius);
    QFont badgeFont = font(kSmallPt, true);
    badgeFont.setPixelSize(std::max(1, static_cast<int>(radius * 1.35)));
    painter.setFont(badgeFont);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2.0 * radius, 2.0 * radius),
                     Qt::AlignCenter, QString::number(rank));
    painter.restore();
}

} // namespace agglomap::render::profile
