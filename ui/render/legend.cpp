#include "render/legend.h"

#include "analysis/classification_method.h"
#include "render/district_symbols.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace agglomap::render {

namespace {

QColor toColor(const analysis::Rgb& rgb) {
    return QColor(rgb.r, rgb.g, rgb.b);
}

} // namespace

QString classificationMethodName(const QString& id) {
    if (id == QLatin1String("manual")) {
        return QCoreApplication::translate("Legend", "Manual breaks");
    }
    if (id == QLatin1String("equal-interval")) {
        return QCoreApplication::translate("Legend", "Equal interval");
    }
    if (id == QLatin1String("quantile")) {
        return QCoreApplication::translate("Legend", "Quantile");
    }
    if (id == QLatin1String("natural-breaks")) {
        return QCoreApplication::translate("Legend", "Natural breaks (Jenks)");
    }
    if (id == QLatin1String("std-dev")) {
        return QCoreApplication::translate("Legend", "Standard deviation");
    }
    if (id == QLatin1String("pretty")) {
        return QCoreApplication::translate("Legend", "Pretty breaks");
    }
    if (id == QLatin1String("box-map")) {
        return QCoreApplication::translate("Legend", "Box map");
    }
    if (id == QLatin1String("percentile")) {
        return QCoreApplication::translate("Legend", "Percentile");
    }
    return id;
}

QString aggregationName(analysis::Aggregation aggregation) {
    switch (aggregation) {
    case analysis::Aggregation::Sum:
        return QCoreApplication::translate("Legend", "Sum");
    case analysis::Aggregation::Mean:
        return QCoreApplication::translate("Legend", "Mean");
    case analysis::Aggregation::OutputWeightedMean:
        return QCoreApplication::translate("Legend", "Output-weighted mean");
    case analysis::Aggregation::Minimum:
        return QCoreApplication::translate("Legend", "Minimum");
    case analysis::Aggregation::Maximum:
        return QCoreApplication::translate("Legend", "Maximum");
    case analysis::Aggregation::Count:
        return QCoreApplication::translate("Legend", "Count of districts");
    }
    return {};
}

QString formatMetricValue(double value, bool isShare) {
    if (std::isnan(value)) {
        return QStringLiteral("—");
    }
    if (isShare) {
        return QStringLiteral("%1%").arg(value * 100.0, 0, 'f', std::abs(value) < 0.1 ? 1 : 0);
    }
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100.0 || magnitude == std::floor(magnitude) ? 0
                         : magnitude >= 1.0                                       ? 1
                                                                                  : 3;
    return QLocale().toString(value, 'f', decimals);
}

LegendContent legendContent(const analysis::Choropleth* choropleth,
                            const DistrictSymbolLayer* districts, geo::LabelLanguage language) {
    const bool chinese = language == geo::LabelLanguage::Chinese;
    LegendContent content;
    if (choropleth && choropleth->classification().classCount() > 0) {
        const analysis::ChoroplethSpec& spec = choropleth->spec();
        const analysis::DistrictMetric* metric = analysis::findDistrictMetric(spec.metricId);
        const bool share =
            metric && metric->isShare && spec.aggregation != analysis::Aggregation::Count;
        if (spec.aggregation == analysis::Aggregation::Count) {
            content.title = QCoreApplication::translate("Legend", "Districts per region");
        } else if (metric) {
            const QString unit = chinese ? metric->unitZh : metric->unitEn;
            content.title = unit.isEmpty()
                                ? metric->name(chinese)
                                : QStringLiteral("%1 (%2)").arg(metric->name(chinese), unit);
            content.title += QStringLiteral(", ") + aggregationName(spec.aggregation);
        }
        content.subtitle = QCoreApplication::translate("Legend", "%1, %n class(es)", "",
                                                       choropleth->classification().classCount())
                               .arg(classificationMethodName(spec.methodId));
        const auto& intervals = choropleth->classification().intervals();
        for (std::size_t i = 0; i < intervals.size(); ++i) {
            const auto& interval = intervals[i];
            const QString low = formatMetricValue(interval.lower, share);
            const QString high = formatMetricValue(interval.upper, share);
            LegendContent::Swatch swatch;
            swatch.colour = i < choropleth->colours().size() ? toColor(choropleth->colours()[i])
                                                             : QColor(Qt::gray);
            swatch.label = low == high ? low : QStringLiteral("%1 – %2").arg(low, high);
            swatch.count = interval.count;
            content.classes.push_back(swatch);
        }
        if (choropleth->noDataCount() > 0) {
            content.noData = LegendContent::Swatch{
                QColor(0xd9, 0xd9, 0xd9),
                QCoreApplication::translate("Legend", "No data (no district)"),
                choropleth->noDataCount()};
        }
        content.illustrative = choropleth->anyIllustrative();
    }
    if (districts && !districts->symbols().empty()) {
        const auto& categories = DistrictSymbolLayer::categories(districts->colouring());
        content.symbolTitle = QCoreApplication::translate("Legend", "Districts and parks");
        std::vector<int> counts(categories.size(), 0);
        for (const auto& symbol : districts->symbols()) {
            if (symbol.category >= 0 && symbol.category < static_cast<int>(counts.size())) {
                ++counts[static_cast<std::size_t>(symbol.category)];
            }
        }
        for (std::size_t i = 0; i < categories.size(); ++i) {
            content.symbolCategories.push_back(
                {categories[i].colour, chinese ? categories[i].nameZh : categories[i].nameEn,
                 counts[i]});
        }
        const double top = districts->maxIncome();
        if (top > 0.0) {
            for (const double fraction : {1.0, 0.25}) {
                const double income = top * fraction;
                content.symbolSizes.emplace_back(
                    districts->radiusForIncome(income),
                    QCoreApplication::translate("Legend", "%1 (100 million yuan income)")
                        .arg(formatMetricValue(income, false)));
            }
        }
        content.illustrative = content.illustrative || districts->anyIllustrative();
    }
    return content;
}

LegendPainter::LegendPainter(const LegendContent& content)
    : m_content(content) {}

QFont LegendPainter::font(double pointSize, bool bold) {
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(pointSize);
    font.setWeight(bold ? QFont::DemiBold : QFont::Normal);
    return font;
}

namespace {

// Walks the legend's rows once for measuring and once for painting, so both agree.
template <typename Row>
double layOut(const LegendContent& content, const QPaintDevice& device, double width, Row&& row) {
    const QFontMetricsF title(LegendPainter::font(9.5, true), &device);
    const QFontMetricsF body(LegendPainter::font(8.5, false), &device);
    const double line = body.height() * 1.35;
    const double gap = body.height() * 0.6;
    double y = 0.0;
    auto text = [&](const QString& s, bool bold) {
        const QFontMetricsF& m = bold ? title : body;
        const QRectF r =
            m.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap | Qt::AlignLeft, s);
        row(QStringLiteral("text"), y, r.height(), s, QColor(), 0, bold, 0.0);
        y += r.height() + gap * 0.3;
    };
    if (!content.classes.empty()) {
        text(content.title, true);
        if (!content.subtitle.isEmpty()) {
            text(content.subtitle, false);
        }
        for (const auto& swatch : content.classes) {
            row(QStringLiteral("swatch"), y, line, swatch.label, swatch.colour, swatch.count, false,
                0.0);
            y += line;
        }
        if (content.noData) {
            row(QStringLiteral("nodata"), y, line, content.noData->label, content.noData->colour,
                content.noData->count, false, 0.0);
            y += line;
        }
        y += gap;
    }
    if (!content.symbolCategories.empty()) {
        text(content.symbolTitle, true);
        for (const auto& swatch : content.symbolCategories) {
            row(QStringLiteral("dot"), y, line, swatch.label, swatch.colour, swatch.count, false,
                0.0);
            y += line;
        }
        for (const auto& [radius, label] : content.symbolSizes) {
            const double dpiScale = device.logicalDpiX() / 96.0;
            const double h = std::max(line, 2.0 * radius * dpiScale + 4.0);
            row(QStringLiteral("size"), y, h, label, QColor(), 0, false, radius * dpiScale);
            y += h;
        }
        y += gap;
    }
    if (content.illustrative) {
        text(QCoreApplication::translate(
                 "Legend", "Dashed outlines and values marked * are illustrative: generated, "
                           "not from a source."),
             false);
    }
    return y;
}

} // namespace

double LegendPainter::height(const QPaintDevice& device, double width) const {
    return layOut(
        m_content, device, width,
        [](const QString&, double, double, const QString&, const QColor&, int, bool, double) {});
}

void LegendPainter::paint(QPainter& painter, const QRectF& rect) const {
    const QPaintDevice& device = *painter.device();
    const QFont titleFont = font(9.5, true);
    const QFont bodyFont = font(8.5, false);
    const QFontMetricsF body(bodyFont, &device);
    const double swatchWidth = body.height() * 1.6;
    const double swatchHeight = body.height() * 0.95;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    layOut(m_content, device, rect.width(),
           [&](const QString& kind, double y, double h, const QString& label, const QColor& colour,
               int count, bool bold, double radius) {
               const double top = rect.top() + y;
               if (kind == QLatin1String("text")) {
                   painter.setFont(bold ? titleFont : bodyFont);
                   painter.setPen(QColor(0x1a, 0x1a, 0x1a));
                   painter.drawText(QRectF(rect.left(), top, rect.width(), h),
                                    Qt::TextWordWrap | Qt::AlignLeft, label);
                   return;
               }
               const QRectF symbolBox(rect.left(), top + (h - swatchHeight) / 2.0, swatchWidth,
                                      swatchHeight);
               painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.8));
               if (kind == QLatin1String("swatch") || kind == QLatin1String("nodata")) {
                   painter.setBrush(colour);
                   if (kind == QLatin1String("nodata")) {
                       painter.setBrush(QBrush(colour, Qt::BDiagPattern));
                   }
                   painter.drawRect(symbolBox);
               } else if (kind == QLatin1String("dot")) {
                   painter.setBrush(colour);
                   const double r = swatchHeight * 0.42;
                   painter.drawEllipse(symbolBox.center(), r, r);
               } else {
                   painter.setBrush(QColor(0xbb, 0xbb, 0xbb));
                   painter.drawEllipse(QPointF(symbolBox.center().x(), top + h / 2.0), radius,
                                       radius);
               }
               painter.setFont(bodyFont);
               painter.setPen(QColor(0x1a, 0x1a, 0x1a));
               const double textLeft = symbolBox.right() + body.height() * 0.6;
               const QString countText =
                   kind == QLatin1String("size") ? QString() : QStringLiteral("(%1)").arg(count);
               const double countWidth = body.horizontalAdvance(countText);
               painter.drawText(QRectF(textLeft, top, rect.right() - textLeft - countWidth - 4, h),
                                Qt::AlignVCenter | Qt::AlignLeft,
                                body.elidedText(label, Qt::ElideRight,
                                                rect.right() - textLeft - countWidth - 4));
               painter.setPen(QColor(0x60, 0x60, 0x60));
               painter.drawText(QRectF(rect.right() - countWidth, top, countWidth, h),
                                Qt::AlignVCenter | Qt::AlignRight, countText);
           });
    painter.restore();
}

} // namespace agglomap::render
