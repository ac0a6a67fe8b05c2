#include "render/profile/profile_charts.h"

#include "render/profile/profile_style.h"
#include "render/profile/profile_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace agglomap::render::profile {

namespace {

QString sectorCaption(geo::LabelLanguage language) {
    return say(language, "单位：亿元。深色为主导产业（数字为序号），浅色为其他产业。",
               "bn yuan. Dark bars: leading industries, numbered by rank; light: other sectors.");
}

double wrappedHeight(const QFontMetricsF& metrics, double width, const QString& text) {
    return metrics.boundingRect(QRectF(0.0, 0.0, width, 1.0e6), Qt::TextWordWrap, text).height();
}

QString categoryName(model::SectorCategory category, geo::LabelLanguage language) {
    switch (category) {
    case model::SectorCategory::Traditional:
        return say(language, "传统产业", "Traditional");
    case model::SectorCategory::ResourceDependent:
        return say(language, "资源依赖型", "Resource-dependent");
    case model::SectorCategory::HighTech:
        return say(language, "高新技术", "High-tech");
    case model::SectorCategory::Emerging:
        return say(language, "战略性新兴", "Emerging");
    case model::SectorCategory::Service:
        return say(language, "生产性服务", "Services");
    }
    return {};
}

QColor categoryColour(model::SectorCategory category) {
    switch (category) {
    case model::SectorCategory::Traditional:
        return {0x9a, 0xa5, 0xb1};
    case model::SectorCategory::ResourceDependent:
        return {0xb8, 0x8e, 0x6a};
    case model::SectorCategory::HighTech:
        return {0x2a, 0x7f, 0x8e};
    case model::SectorCategory::Emerging:
        return {0x86, 0xc2, 0xa4};
    case model::SectorCategory::Service:
        return {0xe0, 0xc4, 0x7e};
    }
    return colour::kRest;
}

constexpr std::array<model::SectorCategory, 5> kCategories{
    model::SectorCategory::Traditional, model::SectorCategory::ResourceDependent,
    model::SectorCategory::HighTech, model::SectorCategory::Emerging,
    model::SectorCategory::Service};

// The category legend's entries, flowed into lines across the width: where each one starts,
// relative to the legend's top left, and the legend's height.
struct MixLegend {
    std::vector<std::pair<model::SectorCategory, QPointF>> entries;
    double height = 0.0;
};

QString mixLabel(const ProfileContent& content, model::SectorCategory category) {
    return QStringLiteral("%1 %2").arg(
        categoryName(category, content.language),
        percent(content.categoryShares[static_cast<std::size_t>(category)]));
}

MixLegend mixLegend(const ProfileContent& content, const QPaintDevice& device, double width) {
    const Units units(device);
    const QFontMetricsF small(font(kSmallPt), &device);
    const double line = small.height() * 1.3;
    const double swatch = small.height() * 1.1;
    MixLegend legend;
    double x = 0.0;
    double y = 0.0;
    for (const model::SectorCategory category : kCategories) {
        if (content.categoryShares[static_cast<std::size_t>(category)] <= 0.0) {
            continue;
        }
        const double entry =
            swatch + units.mm(1.0) + small.horizontalAdvance(mixLabel(content, category));
        if (x > 0.0 && x + entry > width) {
            x = 0.0;
            y += line;
        }
        legend.entries.emplace_back(category, QPointF(x, y));
        x += entry + units.mm(3.0);
    }
    legend.height = legend.entries.empty() ? 0.0 : y + line;
    return legend;
}

} // namespace

// ---- SectorChart -------------------------------------------------------------------------

struct SectorChart::Geometry {
    double rowsTop = 0.0;
    double rowHeight = 0.0;
    double badgeWidth = 0.0;
    double codeLeft = 0.0;
    double codeWidth = 0.0;
    double nameLeft = 0.0;
    double nameWidth = 0.0;
    double barLeft = 0.0;
    double barWidth = 0.0;
    double valueWidth = 0.0;
    double shareWidth = 0.0;
    double captionTop = 0.0;
    double captionHeight = 0.0;
    double maxValue = 0.0;
    // The output by category below: a title line, a stacked bar, its legend.
    double mixTop = 0.0;
    double mixBarHeight = 0.0;
    double bottom = 0.0;
};

SectorChart::Geometry SectorChart::geometry(const QPaintDevice& device, const QRectF& rect) const {
    const Units units(device);
    const QFontMetricsF body(font(kBodyPt), &device);
    const QFontMetricsF small(font(kSmallPt), &device);
    const double gutter = units.mm(1.5);
    Geometry g;
    g.rowsTop = rect.top() + sectionHeadingHeight(device) + units.mm(0.8);
    g.rowHeight = body.height() * 1.5;
    g.badgeWidth = g.rowHeight * 0.8;
    double codeWidth = 0.0;
    double nameWidth = 0.0;
    for (const ProfileContent::SectorBar& bar : m_content.sectors) {
        codeWidth = std::max(codeWidth, small.horizontalAdvance(bar.code));
        nameWidth = std::max(nameWidth, body.horizontalAdvance(bar.name));
        g.valueWidth = std::max(g.valueWidth, body.horizontalAdvance(number(bar.value, 1)));
        g.shareWidth = std::max(g.shareWidth, small.horizontalAdvance(percent(bar.share)));
        g.maxValue = std::max(g.maxValue, bar.value);
    }
    g.codeLeft = rect.left() + g.badgeWidth;
    g.codeWidth = codeWidth;
    g.nameLeft = g.codeLeft + codeWidth + gutter;
    // Names get what they need up to nearly half the chart, the bars the rest.
    g.nameWidth = std::min(nameWidth + 1.0, rect.width() * 0.45);
    const double valuesWidth = g.valueWidth + gutter + g.shareWidth;
    g.barLeft = g.nameLeft + g.nameWidth + gutter;
    g.barWidth = std::max(units.mm(8.0), rect.right() - valuesWidth - gutter - g.barLeft);
    const double rows = static_cast<double>(std::max<std::size_t>(1, m_content.sectors.size()));
    g.captionTop = g.rowsTop + rows * g.rowHeight + units.mm(1.2);
    g.captionHeight = wrappedHeight(small, rect.width(), sectorCaption(m_content.language));
    g.bottom = g.captionTop + g.captionHeight;
    if (!m_content.sectors.empty()) {
        g.mixTop = g.bottom + units.mm(4.0);
        g.mixBarHeight = g.rowHeight * 0.62;
        g.bottom = g.mixTop + body.height() * 1.4 + g.mixBarHeight + units.mm(1.2) +
                   mixLegend(m_content, device, rect.width()).height;
    }
    return g;
}

double SectorChart::height(const QPaintDevice& device, double width) const {
    return geometry(device, QRectF(0.0, 0.0, width, 0.0)).bottom;
}

QColor SectorChart::barColour(const ProfileContent::SectorBar& bar) {
    return bar.rest ? colour::kRest : bar.leadingRank > 0 ? colour::kLeading : colour::kSector;
}

QRectF SectorChart::barRect(const QPaintDevice& device, const QRectF& rect, int row) const {
    if (row < 0 || row >= static_cast<int>(m_content.sectors.size())) {
        return {};
    }
    const Geometry g = geometry(device, rect);
    const ProfileContent::SectorBar& bar = m_content.sectors[static_cast<std::size_t>(row)];
    const double length = g.maxValue > 0.0 ? g.barWidth * bar.value / g.maxValue : 0.0;
    const double barHeight = g.rowHeight * 0.62;
    const double top = g.rowsTop + row * g.rowHeight + (g.rowHeight - barHeight) / 2.0;
    return {g.barLeft, top, std::max(length, 0.0), barHeight};
}

void SectorChart::paint(QPainter& painter, const QRectF& rect) const {
    const QPaintDevice& device = *painter.device();
    const geo::LabelLanguage language = m_content.language;
    paintSectionHeading(painter, rect,
                        say(language, "产业结构（按产值）", "Sector structure (output)"),
                        m_content.sectorsIllustrative);
    const Geometry g = geometry(device, rect);
    const QFont body = font(kBodyPt);
    const QFont bodyBold = font(kBodyPt, true);
    const QFont small = font(kSmallPt);
    const QFont smallBold = font(kSmallPt, true);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_content.sectors.empty()) {
        drawLine(painter, QRectF(rect.left(), g.rowsTop, rect.width(), g.rowHeight),
                 Qt::AlignLeft | Qt::AlignVCenter,
                 say(language, "无产业数据", "No industries recorded"), body, colour::kMuted);
    }
    // A faint baseline for the bars.
    const double rowsBottom =
        g.rowsTop + static_cast<double>(m_content.sectors.size()) * g.rowHeight;
    painter.setPen(QPen(colour::kRule, Units(device).pt(0.5)));
    painter.drawLine(QPointF(g.barLeft, g.rowsTop), QPointF(g.barLeft, rowsBottom));
    for (std::size_t i = 0; i < m_content.sectors.size(); ++i) {
        const ProfileContent::SectorBar& bar = m_content.sectors[i];
        const double top = g.rowsTop + static_cast<double>(i) * g.rowHeight;
        const auto cell = [&](double left, double width) {
            return QRectF(left, top, width, g.rowHeight);
        };
        if (bar.leadingRank > 0) {
            drawRankBadge(painter,
                          QPointF(rect.left() + g.badgeWidth * 0.45, top + g.rowHeight / 2.0),
                          g.rowHeight * 0.3, bar.leadingRank);
        }
        drawLine(painter, cell(g.codeLeft, g.codeWidth + 1.0), Qt::AlignLeft | Qt::AlignVCenter,
                 bar.code, smallBold, colour::kMuted);
        drawLine(painter, cell(g.nameLeft, g.nameWidth), Qt::AlignLeft | Qt::AlignVCenter, bar.name,
                 bar.leadingRank > 0 ? bodyBold : body, bar.rest ? colour::kMuted : colour::kInk);
        const QRectF barBox = barRect(device, rect, static_cast<int>(i));
        painter.setPen(Qt::NoPen);
        painter.setBrush(barColour(bar));
        painter.drawRect(barBox);
        const double valueLeft = rect.right() - g.shareWidth - Units(device).mm(1.5) - g.valueWidth;
        drawLine(painter, cell(valueLeft, g.valueWidth), Qt::AlignRight | Qt::AlignVCenter,
                 number(bar.value, 1), body, colour::kInk);
        drawLine(painter, cell(rect.right() - g.shareWidth, g.shareWidth),
                 Qt::AlignRight | Qt::AlignVCenter, percent(bar.share), small, colour::kMuted);
    }
    painter.setFont(small);
    painter.setPen(colour::kMuted);
    painter.drawText(QRectF(rect.left(), g.captionTop, rect.width(), g.captionHeight),
                     Qt::TextWordWrap | Qt::AlignLeft, sectorCaption(language));
    if (!m_content.sectors.empty()) {
        paintMix(painter, rect, g.mixTop, g.mixBarHeight);
    }
    painter.restore();
}

void SectorChart::paintMix(QPainter& painter, const QRectF& rect, double top,
                           double barHeight) const {
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const QFontMetricsF body(font(kBodyPt), &device);
    const double titleHeight = body.height() * 1.4;
    drawLine(painter, QRectF(rect.left(), top, rect.width(), titleHeight),
             Qt::AlignLeft | Qt::AlignVCenter,
             say(m_content.language, "产业类别构成（产值占比）", "Output by category"),
             font(kBodyPt, true), colour::kHeading);
    const double barTop = top + titleHeight;
    double x = rect.left();
    painter.setPen(Qt::NoPen);
    for (const model::SectorCategory category : kCategories) {
        const double width =
            rect.width() * m_content.categoryShares[static_cast<std::size_t>(category)];
        painter.setBrush(categoryColour(category));
        painter.drawRect(QRectF(x, barTop, width, barHeight));
        x += width;
    }
    const MixLegend legend = mixLegend(m_content, device, rect.width());
    const QFont small = font(kSmallPt);
    const QFontMetricsF smallMetrics(small, &device);
    const double line = smallMetrics.height() * 1.3;
    const double swatch = smallMetrics.height() * 1.1;
    const double legendTop = barTop + barHeight + units.mm(1.2);
    for (const auto& [category, at] : legend.entries) {
        const QPointF origin(rect.left() + at.x(), legendTop + at.y());
        painter.setPen(Qt::NoPen);
        painter.setBrush(categoryColour(category));
        painter.drawRect(
            QRectF(origin.x(), origin.y() + (line - swatch * 0.7) / 2.0, swatch, swatch * 0.7));
        const double textLeft = origin.x() + swatch + units.mm(1.0);
        drawLine(painter, QRectF(textLeft, origin.y(), rect.right() - textLeft, line),
                 Qt::AlignLeft | Qt::AlignVCenter, mixLabel(m_content, category), small,
                 colour::kInk);
    }
}

// ---- ProvisionChart ----------------------------------------------------------------------

struct ProvisionChart::Geometry {
    double rowsTop = 0.0;
    double rowHeight = 0.0;
    double labelWidth = 0.0;
    double barLeft = 0.0;
    double barWidth = 0.0;
    double numbersWidth = 0.0;
    double gapWidth = 0.0;
    double scaleMax = 100.0;
    double legendTop = 0.0;
    double legendHeight = 0.0;
    double scaleHeight = 0.0; // the note on the scale, below the legend
};

namespace {

QString scaleNote(geo::LabelLanguage language) {
    return say(language,
               "0–100 分，100 为完全满足现代产业需求；右列为现状 / 要求及缺口占要求的比例。",
               "Scale 0–100, where 100 fully meets modern industrial demand; on the right: "
               "provided / required, and the shortfall as a share of the requirement.");
}

QString provisionNumbers(const ProfileContent::ProvisionBar& bar) {
    return QStringLiteral("%1 / %2").arg(number(bar.current, 0), number(bar.required, 0));
}

QString gapText(const ProfileContent::ProvisionBar& bar, geo::LabelLanguage language) {
    return bar.gap() > 0.0 ? QStringLiteral("−%1").arg(percent(bar.gap(), 0))
                           : say(language, "达标", "met");
}

} // namespace

ProvisionChart::Geometry ProvisionChart::geometry(const QPaintDevice& device,
                                                  const QRectF& rect) const {
    const Units units(device);
    const QFontMetricsF body(font(kBodyPt), &device);
    const QFontMetricsF small(font(kSmallPt), &device);
    const double gutter = units.mm(1.5);
    Geometry g;
    g.rowsTop = rect.top() + sectionHeadingHeight(device) + units.mm(0.8);
    g.rowHeight = body.height() * 1.5;
    double labelWidth = 0.0;
    for (const ProfileContent::ProvisionBar& bar : m_content.provisions) {
        labelWidth = std::max(labelWidth, body.horizontalAdvance(bar.name));
        g.numbersWidth = std::max(g.numbersWidth, body.horizontalAdvance(provisionNumbers(bar)));
        g.gapWidth =
            std::max(g.gapWidth, small.horizontalAdvance(gapText(bar, m_content.language)));
        g.scaleMax = std::max({g.scaleMax, bar.current, bar.required});
    }
    g.labelWidth = std::min(labelWidth + 1.0, rect.width() * 0.42);
    g.barLeft = rect.left() + g.labelWidth + gutter;
    g.barWidth = std::max(units.mm(8.0), rect.right() - g.gapWidth - g.numbersWidth - 2.0 * gutter -
                                             g.barLeft - gutter);
    const double rows = static_cast<double>(std::max<std::size_t>(1, m_content.provisions.size()));
    g.legendTop = g.rowsTop + rows * g.rowHeight + units.mm(1.2);
    g.legendHeight = small.height() * 1.3;
    g.scaleHeight = wrappedHeight(small, rect.width(), scaleNote(m_content.language));
    return g;
}

double ProvisionChart::height(const QPaintDevice& device, double width) const {
    const Geometry g = geometry(device, QRectF(0.0, 0.0, width, 0.0));
    return g.legendTop + g.legendHeight + g.scaleHeight;
}

void ProvisionChart::paint(QPainter& painter, const QRectF& rect) const {
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const geo::LabelLanguage language = m_content.language;
    paintSectionHeading(painter, rect,
                        say(language, "基础设施与服务配套", "Infrastructure and services"),
                        m_content.provisionsIllustrative);
    const Geometry g = geometry(device, rect);
    const QFont body = font(kBodyPt);
    const QFont small = font(kSmallPt);
    const QFont smallBold = font(kSmallPt, true);
    painter.save();
    if (m_content.provisions.empty()) {
        drawLine(painter, QRectF(rect.left(), g.rowsTop, rect.width(), g.rowHeight),
                 Qt::AlignLeft | Qt::AlignVCenter,
                 say(language, "无配套数据", "No provision recorded"), body, colour::kMuted);
    }
    const double barHeight = g.rowHeight * 0.55;
    const auto xOf = [&](double value) {
        return g.barLeft + g.barWidth * std::clamp(value, 0.0, g.scaleMax) / g.scaleMax;
    };
    const double gapLeft = rect.right() - g.gapWidth;
    const double numbersLeft = gapLeft - units.mm(1.5) - g.numbersWidth;
    for (std::size_t i = 0; i < m_content.provisions.size(); ++i) {
        const ProfileContent::ProvisionBar& bar = m_content.provisions[i];
        const double top = g.rowsTop + static_cast<double>(i) * g.rowHeight;
        const double barTop = top + (g.rowHeight - barHeight) / 2.0;
        drawLine(painter, QRectF(rect.left(), top, g.labelWidth, g.rowHeight),
                 Qt::AlignLeft | Qt::AlignVCenter, bar.name, body, colour::kInk);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour::kTrack);
        painter.drawRect(QRectF(g.barLeft, barTop, g.barWidth, barHeight));
        painter.setBrush(colour::kCurrent);
        painter.drawRect(QRectF(g.barLeft, barTop, xOf(bar.current) - g.barLeft, barHeight));
        if (bar.required > bar.current) {
            painter.setBrush(colour::kGapFill);
            painter.drawRect(
                QRectF(xOf(bar.current), barTop, xOf(bar.required) - xOf(bar.current), barHeight));
        }
        if (bar.required > 0.0) {
            painter.setPen(QPen(colour::kInk, units.pt(1.2)));
            const double x = xOf(bar.required);
            painter.drawLine(QPointF(x, barTop - units.mm(0.6)),
                             QPointF(x, barTop + barHeight + units.mm(0.6)));
        }
        drawLine(painter, QRectF(numbersLeft, top, g.numbersWidth, g.rowHeight),
                 Qt::AlignRight | Qt::AlignVCenter, provisionNumbers(bar), body, colour::kInk);
        const bool short_ = bar.gap() > 0.0;
        drawLine(painter, QRectF(gapLeft, top, g.gapWidth, g.rowHeight),
                 Qt::AlignRight | Qt::AlignVCenter, gapText(bar, language),
                 short_ ? smallBold : small, short_ ? colour::kGap : colour::kMuted);
    }
    // The legend: provided, shortfall, required, and the scale.
    const QFontMetricsF smallMetrics(small, &device);
    const double swatch = smallMetrics.height() * 0.7;
    const double y = g.legendTop + g.legendHeight / 2.0;
    double x = rect.left();
    const auto legendItem = [&](const QString& label, auto drawMark) {
        drawMark(QRectF(x, y - swatch / 2.0, swatch * 1.6, swatch));
        x += swatch * 1.6 + units.mm(1.0);
        const double width = smallMetrics.horizontalAdvance(label) + 1.0;
        drawLine(painter, QRectF(x, g.legendTop, width, g.legendHeight),
                 Qt::AlignLeft | Qt::AlignVCenter, label, small, colour::kMuted);
        x += width + units.mm(3.0);
    };
    legendItem(say(language, "现状", "provided"), [&](const QRectF& r) {
        painter.setPen(Qt::NoPen);
        painter.fillRect(r, colour::kCurrent);
    });
    legendItem(say(language, "缺口", "shortfall"),
               [&](const QRectF& r) { painter.fillRect(r, colour::kGapFill); });
    legendItem(say(language, "要求", "required"), [&](const QRectF& r) {
        painter.setPen(QPen(colour::kInk, units.pt(1.2)));
        painter.drawLine(QPointF(r.center().x(), r.top() - units.mm(0.5)),
                         QPointF(r.center().x(), r.bottom() + units.mm(0.5)));
    });
    painter.setFont(small);
    painter.setPen(colour::kMuted);
    painter.drawText(QRectF(rect.left(), g.legendTop + g.legendHeight, rect.width(), g.scaleHeight),
                     Qt::TextWordWrap | Qt::AlignLeft, scaleNote(language));
    painter.restore();
}

} // namespace agglomap::render::profile
