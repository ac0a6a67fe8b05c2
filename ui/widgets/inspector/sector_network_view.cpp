#include "widgets/inspector/sector_network_view.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace agglomap::widgets {

SectorNetworkView::SectorNetworkView(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    restyle();
}

void SectorNetworkView::restyle() {
    m_painter.setTexts({tr("Active sector"), tr("Leading industry (rank)"),
                        tr("Missing in the leading chain"), tr("Supply link (width = value)"),
                        tr("%1 missing"),
                        tr("No active sectors: add industries to see their network.")});
    render::SectorNetworkStyle style;
    style.font = font();
    style.text = palette().color(QPalette::Text);
    style.placeholder = palette().color(QPalette::PlaceholderText);
    style.background = palette().color(QPalette::Base);
    style.rule = palette().color(QPalette::Mid);
    m_painter.setStyle(std::move(style));
    m_painter.layout(*this, rect());
}

void SectorNetworkView::setNetwork(SectorNetwork network) {
    m_painter.setNetwork(std::move(network));
    m_painter.layout(*this, rect());
    update();
}

QSize SectorNetworkView::sizeHint() const {
    return {480, 340};
}

QSize SectorNetworkView::minimumSizeHint() const {
    return {260, 200};
}

void SectorNetworkView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_painter.layout(*this, rect());
}

void SectorNetworkView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::LanguageChange) {
        restyle();
        update();
    }
}

bool SectorNetworkView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0) {
            QToolTip::showText(help->globalPos(),
                               network().nodes[static_cast<std::size_t>(node)].tooltip, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void SectorNetworkView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    m_painter.paint(painter);
}

} // namespace agglomap::widgets
