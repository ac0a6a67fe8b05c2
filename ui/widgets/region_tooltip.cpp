#include "widgets/region_tooltip.h"

#include "render/legend.h"

#include <QCoreApplication>

namespace agglomap::widgets {

namespace {

QString kindText(geo::RegionKind kind) {
    switch (kind) {
    case geo::RegionKind::Province:
        return QCoreApplication::translate("RegionTooltip", "province");
    case geo::RegionKind::City:
        return QCoreApplication::translate("RegionTooltip", "prefecture-level city");
    case geo::RegionKind::UrbanDistrict:
        return QCoreApplication::translate("RegionTooltip", "urban district");
    case geo::RegionKind::County:
        return QCoreApplication::translate("RegionTooltip", "county");
    case geo::RegionKind::CountyLevelCity:
        return QCoreApplication::translate("RegionTooltip", "county-level city");
    }
    return {};
}

QString choroplethLine(const analysis::Choropleth& choropleth, geo::RegionCode code,
                       geo::LabelLanguage language) {
    const analysis::RegionValue* value = choropleth.value(code);
    const analysis::DistrictMetric* metric =
        analysis::findDistrictMetric(choropleth.spec().metricId);
    if (!value || !metric) {
        return {};
    }
    const bool chinese = language == geo::LabelLanguage::Chinese;
    const bool count = choropleth.spec().aggregation == analysis::Aggregation::Count;
    const QString name =
        count ? QCoreApplication::translate("RegionTooltip", "Districts") : metric->name(chinese);
    QString line = QStringLiteral("<br><b>%1:</b> %2")
                       .arg(name.toHtmlEscaped(),
                            render::formatMetricValue(value->value, metric->isShare && !count));
    if (value->classIndex) {
        line += QCoreApplication::translate("RegionTooltip", " (class %1 of %2)")
                    .arg(*value->classIndex + 1)
                    .arg(choropleth.classification().classCount());
    } else {
        line += QCoreApplication::translate("RegionTooltip", " (no data)");
    }
    line += QStringLiteral("<br>") +
            QCoreApplication::translate("RegionTooltip", "%n district(s)", "", value->districts);
    if (value->illustrative) {
        line +=
            QStringLiteral("<br><i>") +
            QCoreApplication::translate(
                "RegionTooltip", "* Includes illustrative values: generated, not from a source.") +
            QStringLiteral("</i>");
    }
    return line;
}

} // namespace

QString bilingualName(const geo::Region& region, geo::LabelLanguage first) {
    return first == geo::LabelLanguage::Chinese ? region.nameZh + QLatin1Char(' ') + region.nameEn
                                                : region.nameEn + QLatin1Char(' ') + region.nameZh;
}

QString regionTooltip(const geo::RegionHierarchy& hierarchy, geo::RegionCode code,
                      const analysis::Choropleth* choropleth, geo::LabelLanguage language) {
    const geo::Region* region = hierarchy.find(code);
    if (!region) {
        return {};
    }
    QString text = QStringLiteral("<b>%1</b> %2<br>%3 · %4")
                       .arg(region->nameZh.toHtmlEscaped(), region->nameEn.toHtmlEscaped())
                       .arg(region->code)
                       .arg(kindText(region->kind));
    if (region->level == geo::RegionLevel::City) {
        text += QStringLiteral("<br>") +
                QCoreApplication::translate("RegionTooltip",
                                            "County-level units: %1. Double-click to open.")
                    .arg(hierarchy.children(code).size());
    } else if (const geo::Region* parent = hierarchy.find(region->parentCode)) {
        text += QStringLiteral("<br>") +
                QCoreApplication::translate("RegionTooltip", "in %1 %2")
                    .arg(parent->nameZh.toHtmlEscaped(), parent->nameEn.toHtmlEscaped());
    }
    if (choropleth && choropleth->spec().level == region->level) {
        text += choroplethLine(*choropleth, code, language);
    }
    return text;
}

QString districtTooltip(const render::DistrictSymbolLayer::Symbol& symbol,
                        const render::DistrictSymbolLayer& layer) {
    const auto& categories = render::DistrictSymbolLayer::categories(layer.colouring());
    const auto index = static_cast<std::size_t>(symbol.category);
    QString text = QStringLiteral("<b>%1</b> %2")
                       .arg(symbol.nameZh.toHtmlEscaped(), symbol.nameEn.toHtmlEscaped());
    text += QStringLiteral("<br>") +
            QCoreApplication::translate("RegionTooltip", "Business income: %1 (100 million yuan)")
                .arg(render::formatMetricValue(symbol.income, false));
    if (index < categories.size()) {
        text += QStringLiteral("<br>%1 %2").arg(categories[index].nameZh, categories[index].nameEn);
    }
    if (symbol.illustrative) {
        text += QStringLiteral("<br><i>") +
                QCoreApplication::translate("RegionTooltip",
                                            "Illustrative values: generated, not from a source.") +
                QStringLiteral("</i>");
    }
    text +=
        QStringLiteral("<br>") + QCoreApplication::translate("RegionTooltip", "Click to inspect.");
    return text;
}

} // namespace agglomap::widgets
