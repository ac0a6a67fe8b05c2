#include "render/profile/profile_facts.h"

#include "render/profile/profile_style.h"
#include "render/profile/profile_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace agglomap::render::profile {

struct FactsTable::Geometry {
    double rowsTop = 0.0;
    double rowHeight = 0.0;
    double labelWidth = 0.0;
    double leadingTop = 0.0;  // the leading industries' sub-heading
    double leadingRows = 0.0; // top of their first row (after the column header)
    double shareWidth = 0.0;
    double quotientWidth = 0.0;
    double bottom = 0.0;
};

FactsTable::Geometry FactsTable::geometry(const QPaintDevice& device, const QRectF& rect) const {
    const Units units(device);
    const QFontMetricsF body(font(kBodyPt), &device);
    const QFontMetricsF small(font(kSmallPt), &device);
    const geo::LabelLanguage language = m_content.language;
    Geometry g;
    g.rowsTop = rect.top() + sectionHeadingHeight(device) + units.mm(0.4);
    g.rowHeight = body.height() * 1.45;
    for (const ProfileContent::Fact& fact : m_content.facts) {
        g.labelWidth = std::max(g.labelWidth, body.horizontalAdvance(fact.label));
    }
    g.labelWidth = std::min(g.labelWidth + units.mm(3.0), rect.width() * 0.45);
    g.leadingTop =
        g.rowsTop + static_cast<double>(m_content.facts.size()) * g.rowHeight + units.mm(2.0);
    g.leadingRows = g.leadingTop + body.height() * 1.3 + small.height() * 1.3;
    g.shareWidth = std::max(small.horizontalAdvance(say(language, "产值占比", "Share of output")),
                            body.horizontalAdvance(QStringLiteral("100.0%"))) +
                   units.mm(2.0);
    g.quotientWidth = std::max(small.horizontalAdvance(say(language, "区位商", "LQ")),
                               body.horizontalAdvance(QStringLiteral("10.00"))) +
                      units.mm(2.0);
    const double leadingCount =
        static_cast<double>(std::max<std::size_t>(1, m_content.leading.size()));
    g.bottom = g.leadingRows + leadingCount * g.rowHeight;
    return g;
}

double FactsTable::height(const QPaintDevice& device, double width) const {
    return geometry(device, QRectF(0.0, 0.0, width, 0.0)).bottom;
}

void FactsTable::paint(QPainter& painter, const QRectF& rect) const {
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const geo::LabelLanguage language = m_content.language;
    const Geometry g = geometry(device, rect);
    const QFont body = font(kBodyPt);
    const QFont bodyBold = font(kBodyPt, true);
    const QFont small = font(kSmallPt);
    paintSectionHeading(painter, rect, say(language, "主要指标", "Key facts"), false);
    painter.save();
    const QPen hairline(colour::kHairline, units.pt(0.5));
    const double valueLeft = rect.left() + g.labelWidth;
    for (std::size_t i = 0; i < m_content.facts.size(); ++i) {
        const ProfileContent::Fact& fact = m_content.facts[i];
        const double top = g.rowsTop + static_cast<double>(i) * g.rowHeight;
        drawLine(painter, QRectF(rect.left(), top, g.labelWidth, g.rowHeight),
                 Qt::AlignLeft | Qt::AlignVCenter, fact.label, body, colour::kMuted);
        drawLine(painter, QRectF(valueLeft, top, rect.right() - valueLeft, g.rowHeight),
                 Qt::AlignLeft | Qt::AlignVCenter, fact.value, body, colour::kInk,
                 fact.illustrative);
        painter.setPen(hairline);
        painter.drawLine(QPointF(rect.left(), top + g.rowHeight),
                         QPointF(rect.right(), top + g.rowHeight));
    }

    // Leading industries: rank, name, share, location quotient, in aligned columns.
    const QFontMetricsF bodyMetrics(body, &device);
    drawLine(painter, QRectF(rect.left(), g.leadingTop, rect.width(), bodyMetrics.height() * 1.3),
             Qt::AlignLeft | Qt::AlignVCenter, say(language, "主导产业", "Leading industries"),
             bodyBold, colour::kHeading, m_content.leadingIllustrative);
    const double headerTop = g.leadingTop + bodyMetrics.height() * 1.3;
    const double headerHeight = g.leadingRows - headerTop;
    const double quotientLeft = rect.right() - g.quotientWidth;
    const double shareLeft = quotientLeft - g.shareWidth;
    const double badge = g.rowHeight * 0.8;
    const double nameLeft = rect.left() + badge;
    const auto header = [&](double left, double width, const QString& text, Qt::Alignment a) {
        drawLine(painter, QRectF(left, headerTop, width, headerHeight), a | Qt::AlignVCenter, text,
                 small, colour::kMuted);
    };
    header(nameLeft, shareLeft - nameLeft, say(language, "产业", "Industry"), Qt::AlignLeft);
    header(shareLeft, g.shareWidth, say(language, "产值占比", "Share of output"), Qt::AlignRight);
    header(quotientLeft, g.quotientWidth, say(language, "区位商", "LQ"), Qt::AlignRight);
    painter.setPen(QPen(colour::kRule, units.pt(0.5)));
    painter.drawLine(QPointF(rect.left(), g.leadingRows), QPointF(rect.right(), g.leadingRows));
    if (m_content.leading.empty()) {
        drawLine(painter, QRectF(nameLeft, g.leadingRows, rect.right() - nameLeft, g.rowHeight),
                 Qt::AlignLeft | Qt::AlignVCenter,
                 say(language, "尚未确定主导产业", "None designated"), body, colour::kMuted);
    }
    for (std::size_t i = 0; i < m_content.leading.size(); ++i) {
        const ProfileContent::LeadingIndustry& row = m_content.leading[i];
        const double top = g.leadingRows + static_cast<double>(i) * g.rowHeight;
        drawRankBadge(painter, QPointF(rect.left() + badge * 0.45, top + g.rowHeight / 2.0),
                      g.rowHeight * 0.3, row.rank);
        drawLine(painter, QRectF(nameLeft, top, shareLeft - nameLeft - units.mm(1.0), g.rowHeight),
                 Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 %2").arg(row.code, row.name),
                 body, colour::kInk);
        drawLine(painter, QRectF(shareLeft, top, g.shareWidth, g.rowHeight),
                 Qt::AlignRight | Qt::AlignVCenter, percent(row.share), body, colour::kInk);
        drawLine(painter, QRectF(quotientLeft, top, g.quotientWidth, g.rowHeight),
                 Qt::AlignRight | Qt::AlignVCenter, number(row.locationQuotient, 2), body,
                 colour::kInk);
        painter.setPen(hairline);
        painter.drawLine(QPointF(rect.left(), top + g.rowHeight),
                         QPointF(rect.right(), top + g.rowHeight));
    }
    painter.restore();
}

} // namespace agglomap::render::profile
