#include "widgets/inspector/sector_network_view.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace agglomap::widgets {

namespace {

const QColor kActiveFill(150, 185, 220);
const QColor kLeadingFill(35, 85, 150);
const QColor kNodeBorder(40, 55, 75);
const QColor kGap(205, 105, 15);
const QColor kLink(60, 70, 90, 170);
constexpr double kMaxLinkWidth = 6.0;
constexpr double kMaxNodeRadius = 13.0;
constexpr double kLeadingScale = 1.35; // leading industries are drawn larger
// Nodes further left or right than this (cosine of their angle) get their label beside them;
// the others above or below.
constexpr double kSideThreshold = 0.35;

QPointF unit(QPointF v) {
    const double length = std::hypot(v.x(), v.y());
    return length > 0.0 ? v / length : QPointF(0.0, 0.0);
}

// A filled arrow head with its tip at `tip`, pointing along `direction` (a unit vector).
void drawArrowHead(QPainter& painter, QPointF tip, QPointF direction, double size,
                   const QColor& colour) {
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = tip - direction * size;
    const QPolygonF head{tip, base + normal * size * 0.5, base - normal * size * 0.5};
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
    painter.restore();
}

enum class LegendMark { Sector, Leading, Gap, Link };

} // namespace

SectorNetworkView::SectorNetworkView(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void SectorNetworkView::setNetwork(SectorNetwork network) {
    m_network = std::move(network);
    layoutNodes();
    update();
}

int SectorNetworkView::activeNodeCount() const {
    return static_cast<int>(
        std::count_if(m_network.nodes.begin(), m_network.nodes.end(),
                      [](const auto& node) { return node.role == SectorNetwork::Role::Active; }));
}

int SectorNetworkView::gapNodeCount() const {
    return static_cast<int>(m_network.nodes.size()) - activeNodeCount();
}

std::optional<QPointF> SectorNetworkView::nodeCentre(int node) const {
    if (node < 0 || node >= static_cast<int>(m_placements.size())) {
        return std::nullopt;
    }
    return m_placements[static_cast<std::size_t>(node)].centre;
}

int SectorNetworkView::nodeAt(QPointF point) const {
    for (std::size_t i = 0; i < m_placements.size(); ++i) {
        const Placement& p = m_placements[i];
        const QPointF d = point - p.centre;
        if (std::hypot(d.x(), d.y()) <= p.radius + 3.0) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QSize SectorNetworkView::sizeHint() const {
    return {480, 340};
}

QSize SectorNetworkView::minimumSizeHint() const {
    return {260, 200};
}

void SectorNetworkView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutNodes();
}

bool SectorNetworkView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0) {
            QToolTip::showText(help->globalPos(),
                               m_network.nodes[static_cast<std::size_t>(node)].tooltip, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

QRectF SectorNetworkView::legendRect() const {
    const double rowHeight = fontMetrics().height() + 4.0;
    // Two rows unless the view is wide enough for the four marks in one.
    const int rows = width() >= 620 ? 1 : 2;
    const double height = rows * rowHeight + 6.0;
    return {0.0, this->height() - height, static_cast<double>(width()), height};
}

void SectorNetworkView::layoutNodes() {
    const auto count = m_network.nodes.size();
    m_placements.assign(count, Placement{});
    if (count == 0) {
        return;
    }
    // Around the circle, clockwise from the top: the chain's sector, its missing buyers, the other
    // active sectors (leading ones first), then its missing suppliers, which end up just left of
    // the top, so every gap sits next to the sector it belongs to.
    std::vector<int> order;
    const int chain = m_network.chainNode.value_or(-1);
    if (chain >= 0) {
        order.push_back(chain);
    }
    const auto append = [&](auto matches) {
        for (std::size_t i = 0; i < count; ++i) {
            const int index = static_cast<int>(i);
            if (index != chain && matches(m_network.nodes[i])) {
                order.push_back(index);
            }
        }
    };
    using Role = SectorNetwork::Role;
    append([](const SectorNetwork::Node& n) { return n.role == Role::MissingBuyer; });
    for (int rank = 1; rank <= 3; ++rank) {
        append([rank](const SectorNetwork::Node& n) {
            return n.role == Role::Active && n.leadingRank == rank;
        });
    }
    append(
        [](const SectorNetwork::Node& n) { return n.role == Role::Active && n.leadingRank == 0; });
    std::vector<int> suppliers;
    for (std::size_t i = 0; i < count; ++i) {
        if (static_cast<int>(i) != chain && m_network.nodes[i].role == Role::MissingSupplier) {
            suppliers.push_back(static_cast<int>(i));
        }
    }
    order.insert(order.end(), suppliers.rbegin(), suppliers.rend());

    const QFontMetricsF metrics(font());
    const QRectF area(0.0, 0.0, width(), legendRect().top());
    const double labelWidth = std::clamp(width() * 0.2, 56.0, 130.0);
    const double labelHeight = 2.0 * metrics.height() + 6.0;
    m_centre = area.center();
    // Above the top node and below the bottom one sit its label and the node itself (at most a
    // leading node's radius), so the chain's sector at the top keeps its label inside the view.
    constexpr double kLargestNodeRadius = kMaxNodeRadius * kLeadingScale + 4.0;
    m_circleRadius = std::max(
        24.0, std::min((area.width() - 2.0 * labelWidth) / 2.0 - 6.0,
                       (area.height() - 2.0 * (labelHeight + kLargestNodeRadius)) / 2.0 - 2.0));
    const double n = static_cast<double>(count);
    const double spacing =
        count > 1 ? 2.0 * m_circleRadius * std::sin(std::numbers::pi / n) : 2.0 * m_circleRadius;
    m_labelChord = std::max(spacing - 4.0, 44.0);
    const double nodeRadius = std::clamp(spacing * 0.22, 5.0, kMaxNodeRadius);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double angle =
            -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * static_cast<double>(k) / n;
        Placement& p = m_placements[static_cast<std::size_t>(order[k])];
        p.angle = angle;
        p.centre = m_centre + QPointF(std::cos(angle), std::sin(angle)) * m_circleRadius;
        const SectorNetwork::Node& node = m_network.nodes[static_cast<std::size_t>(order[k])];
        p.radius = node.leadingRank > 0 ? nodeRadius * kLeadingScale : nodeRadius;
    }
}

void SectorNetworkView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (m_network.nodes.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(0, 0, 0, -static_cast<int>(legendRect().height())),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No active sectors: add industries to see their network."));
    } else {
        paintLinks(painter);
        paintGapLinks(painter);
        paintNodes(painter);
        paintLabels(painter);
    }
    paintLegend(painter);
}

void SectorNetworkView::paintLinks(QPainter& painter) const {
    double maxValue = 0.0;
    for (const SectorNetwork::Link& link : m_network.links) {
        maxValue = std::max(maxValue, link.value);
    }
    for (const SectorNetwork::Link& link : m_network.links) {
        const auto from = nodeCentre(link.from);
        const auto to = nodeCentre(link.to);
        if (!from || !to || link.from == link.to) {
            continue;
        }
        const Placement& a = m_placements[static_cast<std::size_t>(link.from)];
        const Placement& b = m_placements[static_cast<std::size_t>(link.to)];
        const double width =
            1.0 + (maxValue > 0.0 ? (kMaxLinkWidth - 1.0) * link.value / maxValue : 0.0);
        // Bend every link to its left, so a pair of opposite links shows as two arrows.
        const QPointF direction = unit(*to - *from);
        const QPointF normal(direction.y(), -direction.x());
        const double length = std::hypot(to->x() - from->x(), to->y() - from->y());
        const QPointF control = (*from + *to) / 2.0 + normal * length * 0.12;
        const QPointF start = *from + unit(control - *from) * a.radius;
        const QPointF endDirection = unit(*to - control);
        const QPointF tip = *to - endDirection * (b.radius + 1.0);
        const double headSize = 6.0 + width * 1.2;
        QPainterPath path(start);
        path.quadTo(control, tip - endDirection * headSize * 0.8);
        painter.setPen(QPen(kLink, width, Qt::SolidLine, Qt::FlatCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        drawArrowHead(painter, tip, endDirection, headSize, kLink);
    }
}

void SectorNetworkView::paintGapLinks(QPainter& painter) const {
    if (!m_network.chainNode) {
        return;
    }
    const int chain = *m_network.chainNode;
    const auto chainCentre = nodeCentre(chain);
    if (!chainCentre) {
        return;
    }
    const double chainRadius = m_placements[static_cast<std::size_t>(chain)].radius;
    for (std::size_t i = 0; i < m_network.nodes.size(); ++i) {
        const SectorNetwork::Node& node = m_network.nodes[i];
        if (node.role == SectorNetwork::Role::Active) {
            continue;
        }
        const Placement& gap = m_placements[i];
        const bool supplier = node.role == SectorNetwork::Role::MissingSupplier;
        const QPointF from = supplier ? gap.centre : *chainCentre;
        const QPointF to = supplier ? *chainCentre : gap.centre;
        const QPointF direction = unit(to - from);
        const double fromRadius = supplier ? gap.radius : chainRadius;
        const double toRadius = supplier ? chainRadius : gap.radius;
        const QPointF start = from + direction * fromRadius;
        const QPointF tip = to - direction * (toRadius + 1.0);
        QPen pen(kGap, 1.6, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(start, tip - direction * 6.0);
        drawArrowHead(painter, tip, direction, 8.0, kGap);
    }
}

void SectorNetworkView::paintNodes(QPainter& painter) const {
    QFont rankFont = font();
    rankFont.setBold(true);
    for (std::size_t i = 0; i < m_network.nodes.size(); ++i) {
        const SectorNetwork::Node& node = m_network.nodes[i];
        const Placement& p = m_placements[i];
        if (node.role != SectorNetwork::Role::Active) {
            painter.setPen(QPen(kGap, 1.8, Qt::DashLine));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawEllipse(p.centre, p.radius, p.radius);
            continue;
        }
        const bool leading = node.leadingRank > 0;
        painter.setPen(QPen(kNodeBorder, leading ? 2.5 : 1.0));
        painter.setBrush(leading ? kLeadingFill : kActiveFill);
        painter.drawEllipse(p.centre, p.radius, p.radius);
        if (leading && p.radius >= 8.0) {
            painter.setPen(Qt::white);
            rankFont.setPixelSize(std::max(8, static_cast<int>(p.radius * 1.1)));
            painter.setFont(rankFont);
            painter.drawText(QRectF(p.centre - QPointF(p.radius, p.radius),
                                    QSizeF(2.0 * p.radius, 2.0 * p.radius)),
                             Qt::AlignCenter, QString::number(node.leadingRank));
            painter.setFont(font());
        }
    }
}

double SectorNetworkView::centredLabelWidth(std::size_t node) const {
    // Labels above (or below) their node share the row with the other centred labels on the
    // same side; two neighbours split the distance between them.
    const Placement& p = m_placements[node];
    const bool above = std::sin(p.angle) < 0.0;
    double room = 140.0;
    for (std::size_t other = 0; other < m_placements.size(); ++other) {
        const Placement& q = m_placements[other];
        if (other == node || std::abs(std::cos(q.angle)) > kSideThreshold ||
            (std::sin(q.angle) < 0.0) != above) {
            continue;
        }
        room = std::min(room, std::abs(q.centre.x() - p.centre.x()) - 4.0);
    }
    return std::max(room, m_labelChord);
}

void SectorNetworkView::paintLabels(QPainter& painter) const {
    QFont codeFont = font();
    codeFont.setBold(true);
    QFont nameFont = font();
    nameFont.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.9));
    const QFontMetricsF codeMetrics(codeFont);
    const QFontMetricsF nameMetrics(nameFont);
    const double lineHeight = std::max(codeMetrics.height(), nameMetrics.height());
    for (std::size_t i = 0; i < m_network.nodes.size(); ++i) {
        const SectorNetwork::Node& node = m_network.nodes[i];
        const Placement& p = m_placements[i];
        const QPointF direction(std::cos(p.angle), std::sin(p.angle));
        const QPointF anchor = p.centre + direction * (p.radius + 4.0);
        QRectF box;
        Qt::Alignment alignment;
        const double height = 2.0 * lineHeight;
        if (direction.x() > kSideThreshold) {
            box = QRectF(anchor.x(), anchor.y() - height / 2.0, width() - anchor.x() - 2.0, height);
            alignment = Qt::AlignLeft;
        } else if (direction.x() < -kSideThreshold) {
            box = QRectF(2.0, anchor.y() - height / 2.0, anchor.x() - 2.0, height);
            alignment = Qt::AlignRight;
        } else {
            const double boxWidth = centredLabelWidth(i);
            const double top = direction.y() < 0.0 ? anchor.y() - height : anchor.y();
            box = QRectF(anchor.x() - boxWidth / 2.0, top, boxWidth, height);
            alignment = Qt::AlignHCenter;
        }
        const bool gap = node.role != SectorNetwork::Role::Active;
        const QColor colour = gap ? kGap.darker(130) : palette().color(QPalette::Text);
        painter.setPen(colour);
        painter.setFont(codeFont);
        const QString code = gap ? tr("%1 missing").arg(node.code) : node.code;
        painter.drawText(QRectF(box.left(), box.top(), box.width(), lineHeight),
                         alignment | Qt::AlignVCenter,
                         codeMetrics.elidedText(code, Qt::ElideRight, box.width()));
        nameFont.setItalic(gap);
        painter.setFont(nameFont);
        painter.drawText(QRectF(box.left(), box.top() + lineHeight, box.width(), lineHeight),
                         alignment | Qt::AlignVCenter,
                         nameMetrics.elidedText(node.name, Qt::ElideRight, box.width()));
    }
    painter.setFont(font());
}

void SectorNetworkView::paintLegend(QPainter& painter) const {
    const QRectF area = legendRect();
    const QFontMetricsF metrics(font());
    const double rowHeight = metrics.height() + 4.0;
    const std::pair<LegendMark, QString> items[] = {
        {LegendMark::Sector, tr("Active sector")},
        {LegendMark::Leading, tr("Leading industry (rank)")},
        {LegendMark::Gap, tr("Missing in the leading chain")},
        {LegendMark::Link, tr("Supply link (width = value)")},
    };
    const int perRow = area.height() > 2.0 * rowHeight ? 2 : 4;
    const double columnWidth = area.width() / perRow;
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.drawLine(area.topLeft(), area.topRight());
    for (int i = 0; i < 4; ++i) {
        const double x = area.left() + 6.0 + (i % perRow) * columnWidth;
        const double y = area.top() + 4.0 + (i / perRow) * rowHeight;
        const QPointF mark(x + 9.0, y + rowHeight / 2.0);
        switch (items[i].first) {
        case LegendMark::Sector:
            painter.setPen(QPen(kNodeBorder, 1.0));
            painter.setBrush(kActiveFill);
            painter.drawEllipse(mark, 5.0, 5.0);
            break;
        case LegendMark::Leading:
            painter.setPen(QPen(kNodeBorder, 2.5));
            painter.setBrush(kLeadingFill);
            painter.drawEllipse(mark, 6.5, 6.5);
            break;
        case LegendMark::Gap:
            painter.setPen(QPen(kGap, 1.6, Qt::DashLine));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawEllipse(mark, 6.0, 6.0);
            break;
        case LegendMark::Link:
            painter.setPen(QPen(kLink, 2.5));
            painter.drawLine(mark - QPointF(8.0, 0.0), mark + QPointF(3.0, 0.0));
            drawArrowHead(painter, mark + QPointF(9.0, 0.0), QPointF(1.0, 0.0), 7.0, kLink);
            break;
        }
        painter.setPen(palette().color(QPalette::Text));
        const QRectF text(x + 24.0, y, columnWidth - 30.0, rowHeight);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(items[i].second, Qt::ElideRight, text.width()));
    }
}

} // namespace agglomap::widgets
