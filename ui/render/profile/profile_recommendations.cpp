#include "render/profile/profile_recommendations.h"

#include "render/profile/profile_style.h"
#include "render/profile/profile_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace agglomap::render::profile {

namespace {

constexpr Qt::Alignment kWrap = Qt::AlignLeft | Qt::AlignTop;
constexpr int kWrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

QColor priorityColour(analysis::Priority priority) {
    switch (priority) {
    case analysis::Priority::High:
        return colour::kHigh;
    case analysis::Priority::Medium:
        return colour::kMedium;
    case analysis::Priority::Low:
        return colour::kLow;
    }
    return colour::kLow;
}

QString reasonText(const ProfileContent::Recommendation& r, geo::LabelLanguage language) {
    return say(language, "理由：", "Why: ") + r.reason;
}

double wrapped(const QFontMetricsF& metrics, double width, const QString& text) {
    return text.isEmpty()
               ? 0.0
               : metrics.boundingRect(QRectF(0.0, 0.0, width, 1.0e6), kWrapFlags, text).height();
}

} // namespace

struct RecommendationTable::Columns {
    double padding = 0.0;
    double spacing = 0.0;
    double priorityLeft = 0.0;
    double priorityWidth = 0.0;
    double textLeft = 0.0;
    double textWidth = 0.0;
    double sourceLeft = 0.0;
    double sourceWidth = 0.0;
};

RecommendationTable::Columns RecommendationTable::columns(const QPaintDevice& device,
                                                          const QRectF& rect) const {
    const Units units(device);
    const QFontMetricsF smallBold(font(kSmallPt, true), &device);
    const double gutter = units.mm(3.0);
    Columns c;
    c.padding = units.mm(1.4);
    c.spacing = units.mm(0.6);
    c.priorityLeft = rect.left();
    double priority = smallBold.horizontalAdvance(say(m_content.language, "优先级", "Priority"));
    for (const auto p :
         {analysis::Priority::High, analysis::Priority::Medium, analysis::Priority::Low}) {
        priority =
            std::max(priority, smallBold.horizontalAdvance(priorityName(p, m_content.language)) +
                                   units.mm(3.0));
    }
    c.priorityWidth = priority;
    c.sourceWidth = std::clamp(rect.width() * 0.27, units.mm(28.0), units.mm(60.0));
    c.sourceLeft = rect.right() - c.sourceWidth;
    c.textLeft = c.priorityLeft + c.priorityWidth + gutter;
    c.textWidth = std::max(units.mm(20.0), c.sourceLeft - gutter - c.textLeft);
    return c;
}

double RecommendationTable::headerHeight(const QPaintDevice& device) const {
    const QFontMetricsF small(font(kSmallPt), &device);
    return sectionHeadingHeight(device) + small.height() * 1.5;
}

std::vector<double> RecommendationTable::rowHeights(const QPaintDevice& device,
                                                    double width) const {
    const QFontMetricsF bodyBold(font(kBodyPt, true), &device);
    const QFontMetricsF body(font(kBodyPt), &device);
    const QFontMetricsF small(font(kSmallPt), &device);
    const Columns c = columns(device, QRectF(0.0, 0.0, width, 0.0));
    std::vector<double> heights;
    for (const ProfileContent::Recommendation& r : m_content.recommendations) {
        const double text = wrapped(bodyBold, c.textWidth, r.measure) + c.spacing +
                            wrapped(body, c.textWidth, reasonText(r, m_content.language));
        const double source = wrapped(small, c.sourceWidth, r.source);
        heights.push_back(std::max({text, source, small.height() * 1.3}) + 2.0 * c.padding);
    }
    if (heights.empty()) {
        heights.push_back(body.height() + 2.0 * c.padding);
    }
    return heights;
}

void RecommendationTable::paintHeader(QPainter& painter, const QRectF& rect, bool continued) const {
    const QPaintDevice& device = *painter.device();
    const geo::LabelLanguage language = m_content.language;
    const QString title = say(language, "发展建议", "Recommendations");
    paintSectionHeading(painter, rect,
                        continued ? title + say(language, "（续）", " (continued)") : title,
                        m_content.recommendationsIllustrative);
    const Columns c = columns(device, rect);
    const QFont small = font(kSmallPt);
    const double top = rect.top() + sectionHeadingHeight(device);
    const double height = headerHeight(device) - sectionHeadingHeight(device);
    const auto header = [&](double left, double width, const QString& text) {
        drawLine(painter, QRectF(left, top, width, height), Qt::AlignLeft | Qt::AlignVCenter, text,
                 small, colour::kMuted);
    };
    header(c.priorityLeft, c.priorityWidth, say(language, "优先级", "Priority"));
    header(c.textLeft, c.textWidth, say(language, "措施与理由", "Measure and reason"));
    header(c.sourceLeft, c.sourceWidth,
           say(language, "依据（文献与章节）", "Source (paper, section)"));
}

void RecommendationTable::paintRow(QPainter& painter, const QRectF& rect, int row) const {
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const geo::LabelLanguage language = m_content.language;
    const Columns c = columns(device, rect);
    const QFont bodyBold = font(kBodyPt, true);
    const QFont body = font(kBodyPt);
    const QFont small = font(kSmallPt);
    const QFont smallBold = font(kSmallPt, true);
    painter.save();
    painter.setPen(QPen(colour::kRule, units.pt(0.5)));
    painter.drawLine(rect.topLeft(), rect.topRight());
    const double top = rect.top() + c.padding;
    if (m_content.recommendations.empty()) {
        drawLine(painter, QRectF(c.textLeft, top, c.textWidth, rect.height() - 2.0 * c.padding),
                 kWrap, say(language, "无建议：各项规则均未触发。", "None: no rule applies."), body,
                 colour::kMuted);
        painter.restore();
        return;
    }
    const ProfileContent::Recommendation& r =
        m_content.recommendations[static_cast<std::size_t>(row)];

    // The priority as a small outlined tag in its colour.
    const QFontMetricsF smallBoldMetrics(smallBold, &device);
    const QString priority = priorityName(r.priority, language);
    const double tagWidth = smallBoldMetrics.horizontalAdvance(priority) + units.mm(2.4);
    const QRectF tag(c.priorityLeft, top, tagWidth, smallBoldMetrics.height() * 1.3);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(priorityColour(r.priority), units.pt(0.8)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(tag, units.mm(0.8), units.mm(0.8));
    painter.setFont(smallBold);
    painter.drawText(tag, Qt::AlignCenter, priority);

    const QFontMetricsF boldMetrics(bodyBold, &device);
    const double measureHeight = wrapped(boldMetrics, c.textWidth, r.measure);
    painter.setFont(bodyBold);
    painter.setPen(colour::kInk);
    painter.drawText(QRectF(c.textLeft, top, c.textWidth, measureHeight), kWrapFlags, r.measure);
    const QString reason = reasonText(r, language);
    const double reasonTop = top + measureHeight + c.spacing;
    painter.setFont(body);
    painter.setPen(colour::kMuted);
    painter.drawText(QRectF(c.textLeft, reasonTop, c.textWidth, rect.bottom() - reasonTop),
                     kWrapFlags, reason);
    painter.setFont(small);
    painter.drawText(QRectF(c.sourceLeft, top, c.sourceWidth, rect.bottom() - top), kWrapFlags,
                     r.source);
    painter.restore();
}

} // namespace agglomap::render::profile
