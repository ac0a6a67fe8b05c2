#include "render/briefing/legend_json.h"

#include "analysis/district_metric.h"
#include "io/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace agglomap::render {

namespace {

QJsonObject swatchJson(const LegendContent::Swatch& swatch) {
    return QJsonObject{{QStringLiteral("colour"), swatch.colour.name()},
                       {QStringLiteral("label"), swatch.label},
                       {QStringLiteral("count"), swatch.count}};
}

QJsonObject classificationJson(const analysis::Choropleth& choropleth) {
    const analysis::ChoroplethSpec& spec = choropleth.spec();
    QJsonArray breaks;
    for (const double value : choropleth.classification().breaks()) {
        breaks.append(value);
    }
    QJsonObject json{
        {QStringLiteral("indicator"), spec.metricId},
        {QStringLiteral("aggregation"), analysis::aggregationKey(spec.aggregation)},
        {QStringLiteral("level"), spec.level == geo::RegionLevel::County ? QStringLiteral("county")
                                                                         : QStringLiteral("city")},
        {QStringLiteral("method"), spec.methodId},
        {QStringLiteral("classes"), choropleth.classification().classCount()},
        {QStringLiteral("ramp"), spec.rampId},
        {QStringLiteral("inverted"), spec.direction == analysis::RampDirection::Inverted},
        {QStringLiteral("breaks"), breaks},
    };
    // A city view counts only its own counties; say which city and whose classes they are.
    if (const auto city = choropleth.focusCity()) {
        json.insert(QStringLiteral("city"), static_cast<qint64>(*city));
        json.insert(QStringLiteral("cityViewBreaks"),
                    analysis::cityViewBreaksKey(spec.cityViewBreaks));
    }
    return json;
}

} // namespace

QJsonObject legendJson(const LegendContent& legend, const analysis::Choropleth* choropleth) {
    QJsonObject json;
    json.insert(QStringLiteral("title"), legend.title);
    json.insert(QStringLiteral("subtitle"), legend.subtitle);
    if (choropleth && choropleth->classification().classCount() > 0) {
        json.insert(QStringLiteral("classification"), classificationJson(*choropleth));
    }
    QJsonArray classes;
    const auto& intervals = choropleth ? choropleth->classification().intervals()
                                       : std::vector<analysis::ClassInterval>{};
    for (std::size_t i = 0; i < legend.classes.size(); ++i) {
        QJsonObject entry = swatchJson(legend.classes[i]);
        if (i < intervals.size()) {
            entry.insert(QStringLiteral("lower"), intervals[i].lower);
            entry.insert(QStringLiteral("upper"), intervals[i].upper);
            entry.insert(QStringLiteral("lowerInclusive"), intervals[i].lowerInclusive);
            entry.insert(QStringLiteral("upperInclusive"), intervals[i].upperInclusive);
            if (intervals[i].role != analysis::ClassRole::Range) {
                entry.insert(QStringLiteral("role"), analysis::classRoleKey(intervals[i].role));
            }
        }
        classes.append(entry);
    }
    json.insert(QStringLiteral("classes"), classes);
    json.insert(QStringLiteral("noData"),
                legend.noData ? QJsonValue(swatchJson(*legend.noData)) : QJsonValue());
    QJsonArray categories;
    for (const auto& swatch : legend.symbolCategories) {
        categories.append(swatchJson(swatch));
    }
    QJsonArray sizes;
    for (const auto& [radius, label] : legend.symbolSizes) {
        sizes.append(
            QJsonObject{{QStringLiteral("radiusPx96"), radius}, {QStringLiteral("label"), label}});
    }
    json.insert(QStringLiteral("symbols"),
                QJsonObject{{QStringLiteral("title"), legend.symbolTitle},
                            {QStringLiteral("categories"), categories},
                            {QStringLiteral("sizes"), sizes}});
    json.insert(QStringLiteral("illustrative"), legend.illustrative);
    return json;
}

QString legendSidecarPath(const QString& mapPath) {
    const QFileInfo info(mapPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".legend.json"));
}

Status writeLegendJson(const QJsonObject& legend, const QString& path) {
    io::OutputFile file(path);
    Status status = file.begin();
    if (status) {
        file.write(QJsonDocument(legend).toJson(QJsonDocument::Indented));
        status = file.commit();
    }
    return status;
}

} // namespace agglomap::render
