#include "render/atlas/atlas_pages.h"

#include "model/plan.h"
#include "render/briefing/page_format.h"
#include "render/legend.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace agglomap::render {

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xbb, 0xbb, 0xbb);
constexpr double kTitlePt = 16.0;
constexpr double kCityPt = 10.0;
constexpr double kRowPt = 8.5;
constexpr double kFooterPt = 7.0;

// The contents' header: title and a line under it, on every contents page.
double headerHeight(const QPaintDevice& device) {
    return QFontMetricsF(LegendPainter::font(kTitlePt, true), &device).lineSpacing() * 2.0;
}

double rowHeight(const QPaintDevice& device) {
    return QFontMetricsF(LegendPainter::font(kCityPt, true), &device).lineSpacing() * 1.3;
}

struct ContentsRow {
    QString text;
    int page = 0; // 1-based, as printed
    bool city = false;
};

std::vector<ContentsRow> contentsRows(const AtlasPlan& plan) {
    std::vector<ContentsRow> rows;
    for (const AtlasEntry& entry : plan.entries) {
        if (entry.firstOfCity) {
            rows.push_back({entry.cityName, entry.firstPage + 1, true});
        }
        rows.push_back({entry.title, entry.firstPage + 1, false});
    }
    return rows;
}

} // namespace

AtlasPageFrame::AtlasPageFrame(const QPaintDevice& device, QDate date,
                               const ProfileSources& sources) {
    const double dpi = device.logicalDpiY();
    m_page = QRectF(0, 0, device.width(), device.height());
    const double side = mmToPixels(15.0, dpi);
    const double top = mmToPixels(14.0, dpi);
    const double footer = mmToPixels(14.0, dpi);
    m_content = QRectF(side, top, m_page.width() - 2.0 * side,
                       m_page.height() - top - footer - mmToPixels(4.0, dpi));
    m_footer = QRectF(side, m_page.height() - footer, m_page.width() - 2.0 * side,
                      footer - mmToPixels(5.0, dpi));
    m_chinese = sources.language == geo::LabelLanguage::Chinese;
    const model::PlanInfo& info = sources.plan->info();
    m_credit = QStringLiteral("%1 · Agglomap · %2")
                   .arg(m_chinese ? info.titleZh : info.titleEn,
                        (date.isValid() ? date : QDate::currentDate()).toString(Qt::ISODate));
}

void AtlasPageFrame::paintFooter(QPainter& painter, const QString& heading, int pageNumber,
                                 int pageCount) const {
    const QFont font = LegendPainter::font(kFooterPt, false);
    const QFontMetricsF metrics(font, painter.device());
    painter.save();
    painter.setPen(QPen(kRule, std::max(1.0, painter.device()->logicalDpiY() / 150.0)));
    painter.drawLine(m_footer.topLeft(), m_footer.topRight());
    painter.setFont(font);
    painter.setPen(kMuted);
    const QString number =
        text("第 %1 页，共 %2 页", "Page %1 of %2").arg(pageNumber).arg(pageCount);
    const double numberWidth = metrics.horizontalAdvance(number);
    const QRectF line(m_footer.left(), m_footer.top() + metrics.height() * 0.3, m_footer.width(),
                      metrics.height());
    painter.drawText(
        line.adjusted(0, 0, -numberWidth - metrics.height(), 0), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(heading, Qt::ElideRight, line.width() - numberWidth - metrics.height()));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    painter.drawText(line.translated(0, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                     m_credit);
    painter.restore();
}

AtlasPlan layOutAtlas(const QPaintDevice& device, const AtlasPageFrame& frame,
                      std::vector<AtlasEntry> entries, bool withContents) {
    AtlasPlan plan;
    plan.entries = std::move(entries);
    plan.rowsPerContentsPage =
        std::max(1, static_cast<int>((frame.contentRect().height() - headerHeight(device)) /
                                     rowHeight(device)));
    if (withContents) {
        int rows = 0;
        for (const AtlasEntry& entry : plan.entries) {
            rows += entry.firstOfCity ? 2 : 1;
        }
        plan.contentsPages = (rows + plan.rowsPerContentsPage - 1) / plan.rowsPerContentsPage;
    }
    int page = plan.contentsPages;
    for (AtlasEntry& entry : plan.entries) {
        entry.firstPage = page;
        page += entry.pages;
    }
    plan.totalPages = page;
    return plan;
}

void paintContentsPage(QPainter& painter, const AtlasPageFrame& frame, const AtlasPlan& plan,
                       const QString& title, int contentsPage) {
    const QPaintDevice& device = *painter.device();
    const QRectF area = frame.contentRect();
    painter.save();
    const QFont titleFont = LegendPainter::font(kTitlePt, true);
    painter.setFont(titleFont);
    painter.setPen(kText);
    const QString heading =
        contentsPage == 0 ? title
                          : frame.text("%1（目录，续）", "%1 (contents, continued)").arg(title);
    const QFontMetricsF titleMetrics(titleFont, &device);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.lineSpacing()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(heading, Qt::ElideRight, area.width()));
    const double ruleY = area.top() + titleMetrics.lineSpacing() * 1.4;
    painter.setPen(QPen(kRule, std::max(1.0, device.logicalDpiY() / 150.0)));
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));

    const std::vector<ContentsRow> rows = contentsRows(plan);
    const double height = rowHeight(device);
    const auto first = static_cast<std::size_t>(contentsPage * plan.rowsPerContentsPage);
    const std::size_t last =
        std::min(rows.size(), first + static_cast<std::size_t>(plan.rowsPerContentsPage));
    double y = area.top() + headerHeight(device);
    for (std::size_t i = first; i < last; ++i) {
        const ContentsRow& row = rows[i];
        const QFont font = LegendPainter::font(row.city ? kCityPt : kRowPt, row.city);
        const QFontMetricsF metrics(font, &device);
        painter.setFont(font);
        painter.setPen(row.city ? kText : kMuted);
        const QString number = QString::number(row.page);
        const double indent = row.city ? 0.0 : metrics.height() * 1.5;
        const double numberWidth = metrics.horizontalAdvance(number);
        const QRectF line(area.left() + indent, y, area.width() - indent, height);
        const double textRoom = line.width() - numberWidth - metrics.height() * 2.0;
        const QString text = metrics.elidedText(row.text, Qt::ElideRight, textRoom);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
        // Dot leaders from the name to its page number, as printed contents have them.
        const double dotsFrom = line.left() + metrics.horizontalAdvance(text) + metrics.height();
        const double dotsTo = line.right() - numberWidth - metrics.height() * 0.5;
        if (dotsTo > dotsFrom) {
            painter.setPen(QPen(kRule, std::max(1.0, device.logicalDpiY() / 100.0), Qt::DotLine));
            const double baseline = y + height * 0.5 + metrics.ascent() * 0.35;
            painter.drawLine(QPointF(dotsFrom, baseline), QPointF(dotsTo, baseline));
        }
        y += height;
    }
    painter.restore();
}

} // namespace agglomap::render
