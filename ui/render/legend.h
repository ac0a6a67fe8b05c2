#pragma once

#include "analysis/choropleth.h"
#include "geo/region.h"

#include <QColor>
#include <QFont>
#include <QString>

#include <optional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace agglomap::render {

class DistrictSymbolLayer;

// What a legend says, worked out once from the map's choropleth and district symbols, so the
// legend dock, the exported briefing and its JSON sidecar all list the same classes and counts.
struct LegendContent {
    struct Swatch {
        QColor colour;
        QString label;
        int count = 0;
    };
    QString title;    // "主营业务收入 (亿元), 合计"
    QString subtitle; // "Natural breaks, 5 classes"
    std::vector<Swatch> classes;
    std::optional<Swatch> noData;
    QString symbolTitle;
    std::vector<Swatch> symbolCategories;
    std::vector<std::pair<double, QString>> symbolSizes; // radius at 96 dpi, income label
    bool illustrative = false;

    [[nodiscard]] bool isEmpty() const { return classes.empty() && symbolCategories.empty(); }
};

// Names shown for classification methods (by id) and aggregations, in legends and controls.
[[nodiscard]] QString classificationMethodName(const QString& id);
// A weighted mean names its weight when the metric is known ("Mean weighted by business income").
[[nodiscard]] QString aggregationName(analysis::Aggregation aggregation,
                                      const analysis::DistrictMetric* metric = nullptr);

// Class bounds as the legend prints them: shares in percent, money with sensible decimals.
[[nodiscard]] QString formatMetricValue(double value, bool isShare);
// The same with the decimals given (of the percentage, for a share).
[[nodiscard]] QString formatMetricValue(double value, bool isShare, int decimals);

// One label per class, unambiguous at the precision shown: each bound gets as many decimals as
// it needs to differ from its neighbours, an open bound is marked (">20% – 24%" holds values
// above 20%, "20% – <24%" values below 24%), a class of one value shows that value, and classes
// of standard deviation, box and percentile maps are named in the method's terms first
// ("−1 to 0 SD: 12 – 45").
[[nodiscard]] std::vector<QString> classLabels(const analysis::Classification& classification,
                                               bool isShare);
// The name of a class in its method's terms ("Lower outlier"); empty for a plain range.
[[nodiscard]] QString classRoleName(analysis::ClassRole role);
// Where a city view's classes come from, for the legend's and the briefing's subtitle; empty
// for a province view.
[[nodiscard]] QString classScopeText(const analysis::Choropleth& choropleth);

[[nodiscard]] LegendContent legendContent(const analysis::Choropleth* choropleth,
                                          const DistrictSymbolLayer* districts,
                                          geo::LabelLanguage language);

// Draws a legend box at any resolution: the dock paints it into a widget, exports onto a page.
class LegendPainter {
public:
    explicit LegendPainter(const LegendContent& content);

    // Size in device pixels for the device's resolution (logical dpi), for a given width.
    [[nodiscard]] double height(const QPaintDevice& device, double width) const;
    void paint(QPainter& painter, const QRectF& rect) const;
    [[nodiscard]] static QFont font(double pointSize, bool bold);

private:
    const LegendContent& m_content;
};

} // namespace agglomap::render
