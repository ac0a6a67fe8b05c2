#include "widgets/inspector/gap_bar.h"

#include "widgets/inspector/inspector_format.h"

#include <QPainter>

#include <algorithm>

namespace agglomap::widgets {

namespace {
constexpr double kScaleMax = 100.0;
const QColor kProvided(70, 130, 180);
const QColor kMissing(205, 55, 45);
const QColor kTrack(228, 228, 228);
} // namespace

GapBar::GapBar(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GapBar::setProvision(model::Provision provision) {
    if (provision == m_provision) {
        return;
    }
    m_provision = provision;
    setToolTip(tr("Current %1 of required %2 (0-100 scale): %3")
                   .arg(inspector::formatNumber(provision.current, 0),
                        inspector::formatNumber(provision.required, 0), text()));
    update();
}

QString GapBar::text() const {
    if (m_provision.required <= 0.0) {
        return tr("not required");
    }
    return gap() <= 0.0 ? tr("met") : tr("gap %1").arg(inspector::formatPercent(gap(), 0));
}

QSize GapBar::sizeHint() const {
    return {150, fontMetrics().height() + 6};
}

QSize GapBar::minimumSizeHint() const {
    return {90, fontMetrics().height() + 6};
}

void GapBar::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString label = text();
    const int textWidth =
        std::max(fontMetrics().horizontalAdvance(tr("gap %1").arg(QStringLiteral("100%"))),
                 fontMetrics().horizontalAdvance(tr("not required"))) +
        6;
    const QRectF track(0.5, height() / 2.0 - 5.0, std::max(10, width() - textWidth) - 1.0, 10.0);
    const auto xOf = [&](double level) {
        return track.left() + track.width() * std::clamp(level, 0.0, kScaleMax) / kScaleMax;
    };

    painter.setPen(Qt::NoPen);
    painter.setBrush(kTrack);
    painter.drawRect(track);
    painter.setBrush(kProvided);
    painter.drawRect(QRectF(track.topLeft(), QPointF(xOf(m_provision.current), track.bottom())));
    if (m_provision.current < m_provision.required) {
        painter.setBrush(kMissing);
        painter.drawRect(QRectF(QPointF(xOf(m_provision.current), track.top()),
                                QPointF(xOf(m_provision.required), track.bottom())));
    }
    if (m_provision.required > 0.0) {
        // The requirement as a tick reaching past the track, so it reads even when met.
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2.0));
        const double x = xOf(m_provision.required);
        painter.drawLine(QPointF(x, track.top() - 3.0), QPointF(x, track.bottom() + 3.0));
    }
    painter.setPen(gap() > 0.0 ? kMissing.darker(120) : palette().color(QPalette::WindowText));
    painter.drawText(QRectF(track.right() + 6.0, 0.0, textWidth, height()),
                     Qt::AlignLeft | Qt::AlignVCenter, label);
}

} // namespace agglomap::widgets
