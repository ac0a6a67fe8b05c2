#include "render/briefing/map_briefing.h"

#include "render/briefing/page_format.h"
#include "render/map_image_renderer.h"
#include "render/map_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace agglomap::render {

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kNoticeBorder(0xd9, 0x8c, 0x00);
const QColor kNoticeFill(0xff, 0xf4, 0xdc);

constexpr double kTitlePt = 18.0;
constexpr double kSubtitlePt = 10.5;
constexpr double kFooterPt = 7.0;
constexpr double kNoticePt = 8.0;
constexpr double kNoticeTitlePt = 9.5;

double textHeight(const QPaintDevice& device, const QFont& font, double width,
                  const QString& text) {
    const QFontMetricsF metrics(font, &device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

QString footerText(const MapBriefing& briefing) {
    QStringList lines = briefing.credits;
    const QDate date = briefing.date.isValid() ? briefing.date : QDate::currentDate();
    lines << QCoreApplication::translate("Briefing", "Made with Agglomap on %1.")
                 .arg(date.toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString illustrativeNoticeTitle() {
    return QCoreApplication::translate("Briefing", "Illustrative data");
}

QString illustrativeNoticeText() {
    return QCoreApplication::translate(
        "Briefing", "Some values on this map are generated for illustration, not taken from a "
                    "source. They are marked with dashed outlines and * in the plan's tables.");
}

BriefingLayout layOutBriefing(const QPaintDevice& device, const QRectF& page,
                              const MapBriefing& briefing) {
    const double dpi = device.logicalDpiY();
    const double margin = mmToPixels(page.width() > page.height() * 1.6 ? 8.0 : 10.0, dpi);
    const double gap = mmToPixels(4.0, dpi);
    const QRectF inner = page.marginsRemoved(QMarginsF(margin, margin, margin, margin));

    BriefingLayout layout;
    const double titleHeight =
        textHeight(device, LegendPainter::font(kTitlePt, true), inner.width(), briefing.title);
    layout.title = QRectF(inner.left(), inner.top(), inner.width(), titleHeight);
    const double subtitleHeight = briefing.subtitle.isEmpty()
                                      ? 0.0
                                      : textHeight(device, LegendPainter::font(kSubtitlePt, false),
                                                   inner.width(), briefing.subtitle);
    layout.subtitle =
        QRectF(inner.left(), layout.title.bottom() + gap * 0.3, inner.width(), subtitleHeight);

    const double footerHeight = textHeight(device, LegendPainter::font(kFooterPt, false),
                                           inner.width(), footerText(briefing));
    layout.footer =
        QRectF(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);

    const double bodyTop = layout.subtitle.bottom() + gap;
    const double bodyBottom = layout.footer.top() - gap * 0.6;
    const double pad = mmToPixels(2.0, dpi);
    const bool portrait = page.height() > page.width();
    // Landscape pages and slides keep the legend in a column beside the map; portrait pages
    // put it under the map, which then gets the full width.
    const double columnWidth =
        portrait ? inner.width() * 0.56
                 : std::clamp(inner.width() * 0.25, mmToPixels(48.0, dpi), mmToPixels(75.0, dpi));
    const double noticeWidth = portrait ? inner.width() - columnWidth - gap : columnWidth;
    const double legendHeight =
        briefing.legend.isEmpty()
            ? 0.0
            : LegendPainter(briefing.legend).height(device, columnWidth - 2.0 * pad) + 2.0 * pad;
    const double noticeHeight =
        briefing.legend.illustrative
            ? QFontMetricsF(LegendPainter::font(kNoticeTitlePt, true), &device).lineSpacing() +
                  textHeight(device, LegendPainter::font(kNoticePt, false), noticeWidth - 2.0 * pad,
                             illustrativeNoticeText()) +
                  2.0 * pad
            : 0.0;
    if (portrait) {
        const double bandHeight = std::max(legendHeight, noticeHeight);
        layout.map = QRectF(inner.left(), bodyTop, inner.width(),
                            bodyBottom - bodyTop - bandHeight - (bandHeight > 0 ? gap : 0.0));
        const double bandTop = layout.map.bottom() + gap;
        layout.legend = QRectF(inner.left(), bandTop, columnWidth, legendHeight);
        if (noticeHeight > 0) {
            layout.notice = QRectF(inner.right() - noticeWidth, bandTop, noticeWidth, noticeHeight);
        }
    } else {
        layout.map =
            QRectF(inner.left(), bodyTop, inner.width() - columnWidth - gap, bodyBottom - bodyTop);
        const double columnLeft = layout.map.right() + gap;
        layout.legend = QRectF(columnLeft, bodyTop, columnWidth, legendHeight);
        if (noticeHeight > 0) {
            layout.notice =
                QRectF(columnLeft, bodyBottom - noticeHeight, columnWidth, noticeHeight);
        }
    }
    return layout;
}

void paintBriefing(QPainter& painter, const QRectF& page, const MapBriefing& briefing) {
    const QPaintDevice& device = *painter.device();
    const BriefingLayout layout = layOutBriefing(device, page, briefing);
    const double dpi = device.logicalDpiY();
    const double hairline = std::max(1.0, dpi / 150.0);
    const double pad = mmToPixels(2.0, dpi);

    painter.save();
    painter.fillRect(page, Qt::white);

    painter.setPen(kText);
    painter.setFont(LegendPainter::font(kTitlePt, true));
    painter.drawText(layout.title, Qt::TextWordWrap | Qt::AlignLeft, briefing.title);
    painter.setPen(kMuted);
    painter.setFont(LegendPainter::font(kSubtitlePt, false));
    painter.drawText(layout.subtitle, Qt::TextWordWrap | Qt::AlignLeft, briefing.subtitle);

    if (briefing.scene) {
        painter.save();
        painter.setClipRect(layout.map);
        const QRectF shown = briefing.sceneRect.isValid()
                                 ? briefing.sceneRect
                                 : focusRect(*briefing.scene, briefing.state);
        const QTransform sceneToDevice = fitTransform(shown, layout.map, 0.02);
        const MapPainter mapPainter(*briefing.scene, briefing.state);
        painter.fillRect(layout.map, Qt::white);
        mapPainter.paintMap(painter, sceneToDevice, layout.map);
        mapPainter.paintDecorations(painter, sceneToDevice, layout.map);
        painter.restore();
    }
    painter.setPen(QPen(kRule, hairline));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(layout.map);

    if (!briefing.legend.isEmpty()) {
        LegendPainter(briefing.legend)
            .paint(painter, layout.legend.marginsRemoved(QMarginsF(pad, pad, pad, pad)));
    }
    if (!layout.notice.isEmpty()) {
        painter.setPen(QPen(kNoticeBorder, hairline * 1.5));
        painter.setBrush(kNoticeFill);
        painter.drawRect(layout.notice);
        const QRectF text = layout.notice.marginsRemoved(QMarginsF(pad, pad, pad, pad));
        painter.setPen(kText);
        painter.setFont(LegendPainter::font(kNoticeTitlePt, true));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, illustrativeNoticeTitle());
        const double titleLine =
            QFontMetricsF(LegendPainter::font(kNoticeTitlePt, true), &device).lineSpacing();
        painter.setFont(LegendPainter::font(kNoticePt, false));
        painter.drawText(text.adjusted(0, titleLine, 0, 0), Qt::TextWordWrap | Qt::AlignLeft,
                         illustrativeNoticeText());
    }

    painter.setPen(kMuted);
    painter.setFont(LegendPainter::font(kFooterPt, false));
    painter.drawText(layout.footer, Qt::TextWordWrap | Qt::AlignLeft, footerText(briefing));
    painter.restore();
}

} // namespace agglomap::render
