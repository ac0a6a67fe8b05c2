#include "widgets/symbology_settings.h"

#include "analysis/classification_method.h"

#include <QSettings>
#include <QStringList>

namespace agglomap::widgets {

namespace {

const QString kMetric = QStringLiteral("map/choropleth/metric");
const QString kAggregation = QStringLiteral("map/choropleth/aggregation");
const QString kMethod = QStringLiteral("map/choropleth/method");
const QString kClasses = QStringLiteral("map/choropleth/classes");
const QString kBreaks = QStringLiteral("map/choropleth/manualBreaks");
const QString kRamp = QStringLiteral("map/choropleth/ramp");
const QString kInverted = QStringLiteral("map/choropleth/inverted");
const QString kColouring = QStringLiteral("map/districts/colouring");

} // namespace

render::MapSymbology readSymbology(const QSettings& settings) {
    render::MapSymbology symbology;
    analysis::ChoroplethSpec& spec = symbology.choropleth;
    if (const QString metric = settings.value(kMetric).toString();
        analysis::findDistrictMetric(metric)) {
        spec.metricId = metric;
        spec.aggregation = analysis::findDistrictMetric(metric)->defaultAggregation;
    }
    if (const auto aggregation =
            analysis::aggregationFromKey(settings.value(kAggregation).toString())) {
        spec.aggregation = *aggregation;
    }
    std::vector<double> breaks;
    for (const QString& text :
         settings.value(kBreaks).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || (!breaks.empty() && value <= breaks.back())) {
            breaks.clear();
            break;
        }
        breaks.push_back(value);
    }
    spec.manualThresholds = breaks;
    const QString method = settings.value(kMethod).toString();
    if ((method == QLatin1String("manual") && !breaks.empty()) ||
        analysis::classificationMethodIds().contains(method)) {
        spec.methodId = method;
    }
    const int classes = settings.value(kClasses, spec.classes).toInt();
    spec.classes = classes >= 2 && classes <= 9 ? classes : spec.classes;
    if (const QString ramp = settings.value(kRamp).toString();
        analysis::ColourRampCatalogue::builtIn().find(ramp)) {
        spec.rampId = ramp;
    }
    spec.direction = settings.value(kInverted).toBool() ? analysis::RampDirection::Inverted
                                                        : analysis::RampDirection::Normal;
    if (const auto colouring =
            render::symbolColouringFromKey(settings.value(kColouring).toString())) {
        symbology.districtColouring = *colouring;
    }
    return symbology;
}

void writeSymbology(QSettings& settings, const render::MapSymbology& symbology) {
    const analysis::ChoroplethSpec& spec = symbology.choropleth;
    settings.setValue(kMetric, spec.metricId);
    settings.setValue(kAggregation, analysis::aggregationKey(spec.aggregation));
    settings.setValue(kMethod, spec.methodId);
    settings.setValue(kClasses, spec.classes);
    QStringList breaks;
    for (const double value : spec.manualThresholds) {
        breaks << QString::number(value, 'g', 17);
    }
    settings.setValue(kBreaks, breaks.join(QLatin1Char(' ')));
    settings.setValue(kRamp, spec.rampId);
    settings.setValue(kInverted, spec.direction == analysis::RampDirection::Inverted);
    settings.setValue(kColouring, render::symbolColouringKey(symbology.districtColouring));
}

} // namespace agglomap::widgets
