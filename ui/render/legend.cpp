#include "render/legend.h"

#include "analysis/classification_method.h"
#include "render/district_symbols.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
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

QString aggregationName(analysis::Aggregation aggregation, const analysis::DistrictMetric* metric) {
    switch (aggregation) {
    case analysis::Aggregation::Sum:
        return QCoreApplication::translate("Legend", "Sum");
    case analysis::Aggregation::Mean:
        return QCoreApplication::translate("Legend", "Mean");
    case analysis::Aggregation::WeightedMean:
        if (!metric) {
            return QCoreApplication::translate("Legend", "Weighted mean");
        }
        switch (metric->weight) {
        case analysis::WeightBasis::Output:
            return QCoreApplication::translate("Legend", "Mean weighted by output");
        case analysis::WeightBasis::BusinessIncome:
            return QCoreApplication::translate("Legend", "Mean weighted by business income");
        case analysis::WeightBasis::Enterprises:
            return QCoreApplication::translate("Legend", "Mean weighted by enterprises");
        }
        break;
    case analysis::Aggregation::Minimum:
        return QCoreApplication::translate("Legend", "Minimum");
    case analysis::Aggregation::Maximum:
        return QCoreApplication::translate("Legend", "Maximum");
    case analysis::Aggregation::Count:
        return QCoreApplication::translate("Legend", "Count of districts");
    }
    return {};
}

namespace {

int defaultDecimals(double value, bool isShare) {
    const double magnitude = std::abs(value);
    if (isShare) {
        return magnitude < 0.1 ? 1 : 0;
    }
    return magnitude >= 100.0 || magnitude == std::floor(magnitude) ? 0 : magnitude >= 1.0 ? 1 : 3;
}

// Enough for values a relative 1e-9 apart (closer ones share a class) at the magnitudes of
// plan indicators.
constexpr int kMaxDecimals = 12;

// Decimals for each bound so that no two different bounds print alike.
std::vector<int> boundDecimals(const std::vector<double>& bounds, bool isShare) {
    std::vector<int> decimals;
    for (double b : bounds) {
        decimals.push_back(defaultDecimals(b, isShare));
    }
    // A bound widened for its right neighbour can, by rounding, meet its left one again: repeat
    // until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
            if (bounds[i] == bounds[i + 1]) {
                continue;
            }
            int d = std::max(decimals[i], decimals[i + 1]);
            while (d < kMaxDecimals && formatMetricValue(bounds[i], isShare, d) ==
                                           formatMetricValue(bounds[i + 1], isShare, d)) {
                ++d;
            }
            for (std::size_t j : {i, i + 1}) {
                if (decimals[j] < d) {
                    decimals[j] = d;
                    changed = true;
                }
            }
        }
    }
    return decimals;
}

} // namespace

QString formatMetricValue(double value, bool isShare, int decimals) {
    if (std::isnan(value)) {
        return QStringLiteral("—");
    }
    if (isShare) {
        return QStringLiteral("%1%").arg(QLocale().toString(value * 100.0, 'f', decimals));
    }
    return QLocale().toString(value, 'f', decimals);
}

QString formatMetricValue(double value, bool isShare) {
    return formatMetricValue(value, isShare, defaultDecimals(value, isShare));
}

QString classRoleName(analysis::ClassRole role) {
    using analysis::ClassRole;
    switch (role) {
    case ClassRole::Range:
        return {};
    case ClassRole::BelowMinus2Sd:
        return QCoreApplication::translate("Legend", "Below −2 SD");
    case ClassRole::Minus2ToMinus1Sd:
        return QCoreApplication::translate("Legend", "−2 to −1 SD");
    case ClassRole::Minus1To0Sd:
        return QCoreApplication::translate("Legend", "−1 to 0 SD");
    case ClassRole::Zero1To1Sd:
        return QCoreApplication::translate("Legend", "0 to 1 SD");
    case ClassRole::Plus1To2Sd:
        return QCoreApplication::translate("Legend", "1 to 2 SD");
    case ClassRole::AbovePlus2Sd:
        return QCoreApplication::translate("Legend", "Above 2 SD");
    case ClassRole::LowerOutlier:
        return QCoreApplication::translate("Legend", "Lower outlier");
    case ClassRole::BelowQ1:
        return QCoreApplication::translate("Legend", "< 25%");
    case ClassRole::Q1ToMedian:
        return QCoreApplication::translate("Legend", "25–50%");
    case ClassRole::MedianToQ3:
        return QCoreApplication::translate("Legend", "50–75%");
    case ClassRole::AboveQ3:
        return QCoreApplication::translate("Legend", "> 75%");
    case ClassRole::UpperOutlier:
        return QCoreApplication::translate("Legend", "Upper outlier");
    case ClassRole::BelowP1:
        return QCoreApplication::translate("Legend", "< 1%");
    case ClassRole::P1ToP10:
        return QCoreApplication::translate("Legend", "1–10%");
    case ClassRole::P10ToP50:
        return QCoreApplication::translate("Legend", "10–50%");
    case ClassRole::P50ToP90:
        return QCoreApplication::translate("Legend", "50–90%");
    case ClassRole::P90ToP99:
        return QCoreApplication::translate("Legend", "90–99%");
    case ClassRole::AboveP99:
        return QCoreApplication::translate("Legend", "> 99%");
    }
    return {};
}

std::vector<QString> classLabels(const analysis::Classification& classification, bool isShare) {
    const std::vector<double> bounds = classification.breaks();
    const std::vector<int> decimals = boundDecimals(bounds, isShare);
    std::vector<QString> labels;
    const auto& intervals = classification.intervals();
    for (std::size_t i = 0; i < intervals.size(); ++i) {
        const analysis::ClassInterval& interval = intervals[i];
        QString range;
        if (interval.lower == interval.upper) {
            range = formatMetricValue(interval.upper, isShare, decimals[i + 1]);
        } else {
            const QString low = formatMetricValue(interval.lower, isShare, decimals[i]);
            const QString high = formatMetricValue(interval.upper, isShare, decimals[i + 1]);
            range = QStringLiteral("%1%2 – %3%4")
                        .arg(interval.lowerInclusive ? QString() : QStringLiteral(">"), low,
                             interval.upperInclusive ? QString() : QStringLiteral("<"), high);
        }
        const QString role = classRoleName(interval.role);
        //: %1 is the name of a class (Lower outlier, −1 to 0 SD), %2 its range of values
        const QString named = QCoreApplication::translate("Legend", "%1: %2");
        labels.push_back(role.isEmpty() ? range : named.arg(role, range));
    }
    return labels;
}

QString classScopeText(const analysis::Choropleth& choropleth) {
    if (!choropleth.focusCity()) {
        return {};
    }
    return choropleth.usesProvinceClasses()
               ? QCoreApplication::translate("Legend", "province-wide classes, for comparison")
               : QCoreApplication::translate("Legend", "classes of the counties shown");
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
            content.title = metric->title(chinese) +
                            (chinese ? QStringLiteral("，") : QStringLiteral(", ")) +
                            aggregationName(spec.aggregation, metric);
        }
        content.subtitle = QCoreApplication::translate("Legend", "%1, %n class(es)", "",
                                                       choropleth->classification().classCount())
                               .arg(classificationMethodName(spec.methodId));
        if (const QString scope = classScopeText(*choropleth); !scope.isEmpty()) {
            //: %1 is the method and class count, %2 which regions the classes come from
            content.subtitle =
                QCoreApplication::translate("Legend", "%1; %2").arg(content.subtitle, scope);
        }
        const auto& intervals = choropleth->classification().intervals();
        const std::vector<QString> labels = classLabels(choropleth->classification(), share);
        for (std::size_t i = 0; i < intervals.size(); ++i) {
            LegendContent::Swatch swatch;
            swatch.colour = i < choropleth->colours().size() ? toColor(choropleth->colours()[i])
                                                             : QColor(Qt::gray);
            swatch.label = labels[i];
            swatch.count = intervals[i].count;
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
