#include "widgets/symbology_settings.h"

#include "analysis/classification_method.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSettings>
#include <QStringList>

#include <functional>

namespace agglomap::widgets {

namespace {

const QString kMetric = QStringLiteral("map/choropleth/metric");
const QString kAggregation = QStringLiteral("map/choropleth/aggregation");
const QString kMethod = QStringLiteral("map/choropleth/method");
const QString kClasses = QStringLiteral("map/choropleth/classes");
const QString kBreaks = QStringLiteral("map/choropleth/manualBreaks");
const QString kRamp = QStringLiteral("map/choropleth/ramp");
const QString kInverted = QStringLiteral("map/choropleth/inverted");
const QString kCityBreaks = QStringLiteral("map/choropleth/cityBreaks");
const QString kColouring = QStringLiteral("map/districts/colouring");

// One reading for every store: the user's settings and a project file's settings object.
using ValueOf = std::function<QVariant(const QString& key)>;
using SetValue = std::function<void(const QString& key, const QVariant& value)>;

render::MapSymbology symbologyFrom(const ValueOf& value) {
    render::MapSymbology symbology;
    analysis::ChoroplethSpec& spec = symbology.choropleth;
    if (const QString metric = value(kMetric).toString(); analysis::findDistrictMetric(metric)) {
        spec.metricId = metric;
        spec.aggregation = analysis::findDistrictMetric(metric)->defaultAggregation;
    }
    if (const auto aggregation = analysis::aggregationFromKey(value(kAggregation).toString())) {
        spec.aggregation = *aggregation;
    }
    std::vector<double> breaks;
    for (const QString& text :
         value(kBreaks).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double threshold = text.toDouble(&ok);
        if (!ok || (!breaks.empty() && threshold <= breaks.back())) {
            breaks.clear();
            break;
        }
        breaks.push_back(threshold);
    }
    spec.manualThresholds = breaks;
    const QString method = value(kMethod).toString();
    if ((method == QLatin1String("manual") && !breaks.empty()) ||
        analysis::classificationMethodIds().contains(method)) {
        spec.methodId = method;
    }
    const int classes = value(kClasses).isValid() ? value(kClasses).toInt() : spec.classes;
    spec.classes = classes >= 2 && classes <= 9 ? classes : spec.classes;
    if (const QString ramp = value(kRamp).toString();
        analysis::ColourRampCatalogue::builtIn().find(ramp)) {
        spec.rampId = ramp;
    }
    spec.direction = value(kInverted).toBool() ? analysis::RampDirection::Inverted
                                               : analysis::RampDirection::Normal;
    if (const auto cityBreaks = analysis::cityViewBreaksFromKey(value(kCityBreaks).toString())) {
        spec.cityViewBreaks = *cityBreaks;
    }
    if (const auto colouring = render::symbolColouringFromKey(value(kColouring).toString())) {
        symbology.districtColouring = *colouring;
    }
    return symbology;
}

void storeSymbology(const SetValue& setValue, const render::MapSymbology& symbology) {
    const analysis::ChoroplethSpec& spec = symbology.choropleth;
    setValue(kMetric, spec.metricId);
    setValue(kAggregation, analysis::aggregationKey(spec.aggregation));
    setValue(kMethod, spec.methodId);
    setValue(kClasses, spec.classes);
    QStringList breaks;
    for (const double threshold : spec.manualThresholds) {
        breaks << QString::number(threshold, 'g', 17);
    }
    setValue(kBreaks, breaks.join(QLatin1Char(' ')));
    setValue(kRamp, spec.rampId);
    setValue(kInverted, spec.direction == analysis::RampDirection::Inverted);
    setValue(kCityBreaks, analysis::cityViewBreaksKey(spec.cityViewBreaks));
    setValue(kColouring, render::symbolColouringKey(symbology.districtColouring));
}

} // namespace

render::MapSymbology readSymbology(const QSettings& settings) {
    return symbologyFrom([&settings](const QString& key) { return settings.value(key); });
}

void writeSymbology(QSettings& settings, const render::MapSymbology& symbology) {
    storeSymbology(
        [&settings](const QString& key, const QVariant& value) { settings.setValue(key, value); },
        symbology);
}

render::MapSymbology symbologyFromJson(const QJsonObject& object) {
    return symbologyFrom([&object](const QString& key) {
        return object.contains(key) ? object.value(key).toVariant() : QVariant();
    });
}

QJsonObject symbologyToJson(const render::MapSymbology& symbology) {
    QJsonObject object;
    storeSymbology(
        [&object](const QString& key, const QVariant& value) {
            object.insert(key, QJsonValue::fromVariant(value));
        },
        symbology);
    return object;
}

} // namespace agglomap::widgets
