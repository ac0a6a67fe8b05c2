#include "widgets/help/guide_highlight.h"

#include <QPainter>

namespace agglomap::widgets {

namespace {
constexpr int kPen = 3;
} // namespace

GuideHighlight::GuideHighlight(QWidget* window)
    : QWidget(window) {
    setObjectName(QStringLiteral("guideHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void GuideHighlight::setTarget(const QRect& area) {
    if (area.isEmpty()) {
        hide();
        return;
    }
    // The outline sits just inside the target, so it stays visible at the window's edges.
    setGeometry(area.intersected(parentWidget()->rect()));
    show();
    raise();
    update();
}

void GuideHighlight::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = palette().color(QPalette::Highlight);
    painter.setPen(QPen(colour, kPen));
    colour.setAlpha(24);
    painter.setBrush(colour);
    const qreal inset = kPen / 2.0 + 1.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 6, 6);
}

} // namespace agglomap::widgets
