#include "widgets/legend_widget.h"

#include <QPainter>

#include <cmath>

namespace agglomap::widgets {

namespace {
constexpr int kMargin = 8;
} // namespace

LegendWidget::LegendWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("legend"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void LegendWidget::setContent(render::LegendContent content) {
    m_content = std::move(content);
    updateGeometry();
    update();
}

int LegendWidget::heightForWidth(int width) const {
    const double inner = std::max(60, width - 2 * kMargin);
    return static_cast<int>(std::ceil(render::LegendPainter(m_content).height(*this, inner))) +
           2 * kMargin;
}

QSize LegendWidget::sizeHint() const {
    return {240, heightForWidth(240)};
}

void LegendWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_content.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         tr("Nothing is classified on the map."));
        return;
    }
    render::LegendPainter(m_content).paint(
        painter, QRectF(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin)));
}

} // namespace agglomap::widgets
