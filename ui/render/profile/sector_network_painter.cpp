#include "render/profile/sector_network_painter.h"

#include "analysis/district_indicators.h"
#include "model/plan.h"
#include "render/profile/profile_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace agglomap::render {

namespace {

const QColor kActiveFill(150, 185, 220);
const QColor kLeadingFill(35, 85, 150);
const QColor kNodeBorder(40, 55, 75);
const QColor kGap(205, 105, 15);
const QColor kLink(60, 70, 90, 170);
// In 96-dpi pixels, scaled to the device.
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

int SectorNetwork::activeNodeCount() const {
    return static_cast<int>(std::count_if(
        nodes.begin(), nodes.end(), [](const Node& node) { return node.role == Role::Active; }));
}

SectorNetwork buildSectorNetwork(const model::Plan& plan, const model::District& district,
                                 const analysis::DistrictIndicators* indicators,
                                 geo::LabelLanguage language) {
    const model::SectorCatalogue& sectors = plan.sectors();
    SectorNetwork network;
    const auto nodeOf = [&network](model::SectorIndex sector) {
        const auto it = std::find_if(network.nodes.begin(), network.nodes.end(),
                                     [sector](const auto& n) { return n.sector == sector; });
        return it == network.nodes.end() ? -1 : static_cast<int>(it - network.nodes.begin());
    };
    for (const model::SectorActivity& activity : district.industries) {
        SectorNetwork::Node node;
        node.sector = activity.sector;
        node.code = sectors.at(activity.sector).code;
        node.name = profile::sectorName(sectors, activity.sector, language);
        const auto rank = std::find(district.leadingIndustries.begin(),
                                    district.leadingIndustries.end(), activity.sector);
        node.leadingRank = rank == district.leadingIndustries.end()
                               ? 0
                               : static_cast<int>(rank - district.leadingIndustries.begin()) + 1;
        network.nodes.push_back(node);
    }
    for (const model::SectorLink& link : district.links) {
        const int from = nodeOf(link.from);
        const int to = nodeOf(link.to);
        if (from >= 0 && to >= 0) {
            network.links.push_back({from, to, link.value});
        }
    }
    // The chain the indicators judge: the first leading industry, or the largest sector.
    model::SectorIndex chainSector = -1;
    if (!district.leadingIndustries.empty()) {
        chainSector = district.leadingIndustries.front();
    } else if (!district.industries.empty()) {
        chainSector = std::max_element(district.industries.begin(), district.industries.end(),
                                       [](const auto& a, const auto& b) {
                                           return a.outputValue < b.outputValue;
                                       })
                          ->sector;
    }
    if (const int chain = nodeOf(chainSector); chain >= 0) {
        network.chainNode = chain;
    }
    if (indicators && network.chainNode) {
        const auto addGaps = [&](const std::vector<model::SectorIndex>& missing,
                                 SectorNetwork::Role role) {
            for (model::SectorIndex sector : missing) {
                if (sector < 0 || sector >= sectors.size()) {
                    continue;
                }
                SectorNetwork::Node node;
                node.sector = sector;
                node.code = sectors.at(sector).code;
                node.name = profile::sectorName(sectors, sector, language);
                node.role = role;
                network.nodes.push_back(node);
            }
        };
        addGaps(indicators->missingSuppliers, SectorNetwork::Role::MissingSupplier);
        addGaps(indicators->missingBuyers, SectorNetwork::Role::MissingBuyer);
    }
    return network;
}

SectorNetworkTexts SectorNetworkTexts::forLanguage(geo::LabelLanguage language) {
    if (language == geo::LabelLanguage::Chinese) {
        return {QStringLiteral("现有产业"),
                QStringLiteral("主导产业（序号）"),
                QStringLiteral("主导产业链缺失环节"),
                QStringLiteral("供应关联（线宽 = 金额）"),
                QStringLiteral("%1 缺失"),
                QStringLiteral("无现有产业：录入产业后显示其关联网络。")};
    }
    return {QStringLiteral("Active sector"),
            QStringLiteral("Leading industry (rank)"),
            QStringLiteral("Missing in the leading chain"),
            QStringLiteral("Supply link (width = value)"),
            QStringLiteral("%1 missing"),
            QStringLiteral("No active sectors: add industries to see their network.")};
}

SectorNetworkPainter::SectorNetworkPainter(SectorNetwork network, SectorNetworkTexts texts,
                                           SectorNetworkStyle style)
    : m_network(std::move(network))
    , m_texts(std::move(texts))
    , m_style(std::move(style)) {}

std::optional<QPointF> SectorNetworkPainter::nodeCentre(int node) const {
    if (node < 0 || node >= static_cast<int>(m_placements.size())) {
        return std::nullopt;
    }
    return m_placements[static_cast<std::size_t>(node)].centre;
}

int SectorNetworkPainter::nodeAt(QPointF point) const {
    for (std::size_t i = 0; i < m_placements.size(); ++i) {
        const Placement& p = m_placements[i];
        const QPointF d = point - p.centre;
        if (std::hypot(d.x(), d.y()) <= p.radius + 3.0 * m_scale) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QRectF SectorNetworkPainter::legendRect() const {
    return {m_rect.left(), m_rect.bottom() - m_legendHeight, m_rect.width(), m_legendHeight};
}

std::vector<int> SectorNetworkPainter::circleOrder() const {
    // Around the circle, clockwise from the top: the chain's sector, its missing buyers, the other
    // active sectors (leading ones first), then its missing suppliers, which end up just left of
    // the top, so every gap sits next to the sector it belongs to.
    const auto count = m_network.nodes.size();
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
    return order;
}

void SectorNetworkPainter::layout(const QPaintDevice& device, const QRectF& rect) {
    m_rect = rect;
    m_scale = device.logicalDpiY() / 96.0;
    const QFontMetricsF metrics(m_style.font, &device);
    // Two legend rows unless the drawing is wide enough for the four marks in one.
    const double rowHeight = metrics.height() + 4.0 * m_scale;
    m_legendRows = rect.width() >= 620.0 * m_scale ? 1 : 2;
    m_legendHeight = m_legendRows * rowHeight + 6.0 * m_scale;

    const auto count = m_network.nodes.size();
    m_placements.assign(count, Placement{});
    if (count == 0) {
        return;
    }
    const std::vector<int> order = circleOrder();
    const double s = m_scale;
    const QRectF area(rect.left(), rect.top(), rect.width(), rect.height() - m_legendHeight);
    const double labelWidth = std::clamp(area.width() * 0.2, 56.0 * s, 130.0 * s);
    const double labelHeight = 2.0 * metrics.height() + 6.0 * s;
    m_centre = area.center();
    // Above the top node and below the bottom one sit its label and the node itself (at most a
    // leading node's radius), so the chain's sector at the top keeps its label inside the view.
    const double largestNodeRadius = (kMaxNodeRadius * kLeadingScale + 4.0) * s;
    m_circleRadius = std::max(
        24.0 * s,
        std::min((area.width() - 2.0 * labelWidth) / 2.0 - 6.0 * s,
                 (area.height() - 2.0 * (labelHeight + largestNodeRadius)) / 2.0 - 2.0 * s));
    const double n = static_cast<double>(count);
    const double spacing =
        count > 1 ? 2.0 * m_circleRadius * std::sin(std::numbers::pi / n) : 2.0 * m_circleRadius;
    m_labelChord = std::max(spacing - 4.0 * s, 44.0 * s);
    const double nodeRadius = std::clamp(spacing * 0.22, 5.0 * s, kMaxNodeRadius * s);
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

void SectorNetworkPainter::paint(QPainter& painter) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(m_style.font);
    if (m_network.nodes.empty()) {
        painter.setPen(m_style.placeholder);
        painter.drawText(m_rect.adjusted(0.0, 0.0, 0.0, -m_legendHeight),
                         Qt::AlignCenter | Qt::TextWordWrap, m_texts.empty);
    } else {
        paintLinks(painter);
        paintGapLinks(painter);
        paintNodes(painter);
        paintLabels(painter);
    }
    paintLegend(painter);
    painter.restore();
}

void SectorNetworkPainter::paintLinks(QPainter& painter) const {
    double maxValue = 0.0;
    for (const SectorNetwork::Link& link : m_network.links) {
        maxValue = std::max(maxValue, link.value);
    }
    const double s = m_scale;
    for (const SectorNetwork::Link& link : m_network.links) {
        const auto from = nodeCentre(link.from);
        const auto to = nodeCentre(link.to);
        if (!from || !to || link.from == link.to) {
            continue;
        }
        const Placement& a = m_placements[static_cast<std::size_t>(link.from)];
        const Placement& b = m_placements[static_cast<std::size_t>(link.to)];
        const double width =
            (1.0 + (maxValue > 0.0 ? (kMaxLinkWidth - 1.0) * link.value / maxValue : 0.0)) * s;
        // Bend every link to its left, so a pair of opposite links shows as two arrows.
        const QPointF direction = unit(*to - *from);
        const QPointF normal(direction.y(), -direction.x());
        const double length = std::hypot(to->x() - from->x(), to->y() - from->y());
        const QPointF control = (*from + *to) / 2.0 + normal * length * 0.12;
        const QPointF start = *from + unit(control - *from) * a.radius;
        const QPointF endDirection = unit(*to - control);
        const QPointF tip = *to - endDirection * (b.radius + 1.0 * s);
        const double headSize = 6.0 * s + width * 1.2;
        QPainterPath path(start);
        path.quadTo(control, tip - endDirection * headSize * 0.8);
        painter.setPen(QPen(kLink, width, Qt::SolidLine, Qt::FlatCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        drawArrowHead(painter, tip, endDirection, headSize, kLink);
    }
}

void SectorNetworkPainter::paintGapLinks(QPainter& painter) const {
    if (!m_network.chainNode) {
        return;
    }
    const int chain = *m_network.chainNode;
    const auto chainCentre = nodeCentre(chain);
    if (!chainCentre) {
        return;
    }
    const double s = m_scale;
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
        const QPointF tip = to - direction * (toRadius + 1.0 * s);
        painter.setPen(QPen(kGap, 1.6 * s, Qt::DashLine));
        painter.drawLine(start, tip - direction * 6.0 * s);
        drawArrowHead(painter, tip, direction, 8.0 * s, kGap);
    }
}

void SectorNetworkPainter::paintNodes(QPainter& painter) const {
    const double s = m_scale;
    QFont rankFont = m_style.font;
    rankFont.setBold(true);
    for (std::size_t i = 0; i < m_network.nodes.size(); ++i) {
        const SectorNetwork::Node& node = m_network.nodes[i];
        const Placement& p = m_placements[i];
        if (node.role != SectorNetwork::Role::Active) {
            painter.setPen(QPen(kGap, 1.8 * s, Qt::DashLine));
            painter.setBrush(m_style.background);
            painter.drawEllipse(p.centre, p.radius, p.radius);
            continue;
        }
        const bool leading = node.leadingRank > 0;
        painter.setPen(QPen(kNodeBorder, (leading ? 2.5 : 1.0) * s));
        painter.setBrush(leading ? kLeadingFill : kActiveFill);
        painter.drawEllipse(p.centre, p.radius, p.radius);
        if (leading && p.radius >= 8.0 * s) {
            painter.setPen(Qt::white);
            rankFont.setPixelSize(
                std::max(static_cast<int>(8.0 * s), static_cast<int>(p.radius * 1.1)));
            painter.setFont(rankFont);
            painter.drawText(QRectF(p.centre - QPointF(p.radius, p.radius),
                                    QSizeF(2.0 * p.radius, 2.0 * p.radius)),
                             Qt::AlignCenter, QString::number(node.leadingRank));
            painter.setFont(m_style.font);
        }
    }
}

double SectorNetworkPainter::centredLabelWidth(std::size_t node) const {
    // Labels above (or below) their node share the row with the other centred labels on the
    // same side; two neighbours split the distance between them.
    const Placement& p = m_placements[node];
    const bool above = std::sin(p.angle) < 0.0;
    double room = 140.0 * m_scale;
    for (std::size_t other = 0; other < m_placements.size(); ++other) {
        const Placement& q = m_placements[other];
        if (other == node || std::abs(std::cos(q.angle)) > kSideThreshold ||
            (std::sin(q.angle) < 0.0) != above) {
            continue;
        }
        room = std::min(room, std::abs(q.centre.x() - p.centre.x()) - 4.0 * m_scale);
    }
    return std::max(room, m_labelChord);
}

void SectorNetworkPainter::paintLabels(QPainter& painter) const {
    const QPaintDevice& device = *painter.device();
    const double s = m_scale;
    QFont codeFont = m_style.font;
    codeFont.setBold(true);
    QFont nameFont = m_style.font;
    if (nameFont.pointSizeF() > 0.0) {
        nameFont.setPointSizeF(std::max(6.0, m_style.font.pointSizeF() * 0.9));
    }
    const QFontMetricsF codeMetrics(codeFont, &device);
    const QFontMetricsF nameMetrics(nameFont, &device);
    const double lineHeight = std::max(codeMetrics.height(), nameMetrics.height());
    for (std::size_t i = 0; i < m_network.nodes.size(); ++i) {
        const SectorNetwork::Node& node = m_network.nodes[i];
        const Placement& p = m_placements[i];
        const QPointF direction(std::cos(p.angle), std::sin(p.angle));
        const QPointF anchor = p.centre + direction * (p.radius + 4.0 * s);
        QRectF box;
        Qt::Alignment alignment;
        const double height = 2.0 * lineHeight;
        if (direction.x() > kSideThreshold) {
            box = QRectF(anchor.x(), anchor.y() - height / 2.0,
                         m_rect.right() - anchor.x() - 2.0 * s, height);
            alignment = Qt::AlignLeft;
        } else if (direction.x() < -kSideThreshold) {
            box = QRectF(m_rect.left() + 2.0 * s, anchor.y() - height / 2.0,
                         anchor.x() - m_rect.left() - 2.0 * s, height);
            alignment = Qt::AlignRight;
        } else {
            const double boxWidth = centredLabelWidth(i);
            const double top = direction.y() < 0.0 ? anchor.y() - height : anchor.y();
            box = QRectF(anchor.x() - boxWidth / 2.0, top, boxWidth, height);
            alignment = Qt::AlignHCenter;
        }
        const bool gap = node.role != SectorNetwork::Role::Active;
        painter.setPen(gap ? kGap.darker(130) : m_style.text);
        painter.setFont(codeFont);
        const QString code = gap ? m_texts.missingCode.arg(node.code) : node.code;
        painter.drawText(QRectF(box.left(), box.top(), box.width(), lineHeight),
                         alignment | Qt::AlignVCenter,
                         codeMetrics.elidedText(code, Qt::ElideRight, box.width()));
        nameFont.setItalic(gap);
        painter.setFont(nameFont);
        painter.drawText(QRectF(box.left(), box.top() + lineHeight, box.width(), lineHeight),
                         alignment | Qt::AlignVCenter,
                         nameMetrics.elidedText(node.name, Qt::ElideRight, box.width()));
    }
    painter.setFont(m_style.font);
}

void SectorNetworkPainter::paintLegend(QPainter& painter) const {
    const double s = m_scale;
    const QRectF area = legendRect();
    const QFontMetricsF metrics(m_style.font, painter.device());
    const double rowHeight = metrics.height() + 4.0 * s;
    const std::pair<LegendMark, QString> items[] = {
        {LegendMark::Sector, m_texts.activeSector},
        {LegendMark::Leading, m_texts.leadingIndustry},
        {LegendMark::Gap, m_texts.missingLink},
        {LegendMark::Link, m_texts.supplyLink},
    };
    const int perRow = m_legendRows == 2 ? 2 : 4;
    const double columnWidth = area.width() / perRow;
    painter.setPen(QPen(m_style.rule, 1.0 * s));
    painter.drawLine(area.topLeft(), area.topRight());
    for (int i = 0; i < 4; ++i) {
        const double x = area.left() + 6.0 * s + (i % perRow) * columnWidth;
        const double y = area.top() + 4.0 * s + (i / perRow) * rowHeight;
        const QPointF mark(x + 9.0 * s, y + rowHeight / 2.0);
        switch (items[i].first) {
        case LegendMark::Sector:
            painter.setPen(QPen(kNodeBorder, 1.0 * s));
            painter.setBrush(kActiveFill);
            painter.drawEllipse(mark, 5.0 * s, 5.0 * s);
            break;
        case LegendMark::Leading:
            painter.setPen(QPen(kNodeBorder, 2.5 * s));
            painter.setBrush(kLeadingFill);
            painter.drawEllipse(mark, 6.5 * s, 6.5 * s);
            break;
        case LegendMark::Gap:
            painter.setPen(QPen(kGap, 1.6 * s, Qt::DashLine));
            painter.setBrush(m_style.background);
            painter.drawEllipse(mark, 6.0 * s, 6.0 * s);
            break;
        case LegendMark::Link:
            painter.setPen(QPen(kLink, 2.5 * s));
            painter.drawLine(mark - QPointF(8.0 * s, 0.0), mark + QPointF(3.0 * s, 0.0));
            drawArrowHead(painter, mark + QPointF(9.0 * s, 0.0), QPointF(1.0, 0.0), 7.0 * s, kLink);
            break;
        }
        painter.setPen(m_style.text);
        const QRectF text(x + 24.0 * s, y, columnWidth - 30.0 * s, rowHeight);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(items[i].second, Qt::ElideRight, text.width()));
    }
}

} // namespace agglomap::render
