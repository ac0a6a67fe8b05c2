#include "widgets/region_tooltip.h"

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

} // namespace

QString bilingualName(const geo::Region& region, geo::LabelLanguage first) {
    return first == geo::LabelLanguage::Chinese ? region.nameZh + QLatin1Char(' ') + region.nameEn
                                                : region.nameEn + QLatin1Char(' ') + region.nameZh;
}

QString regionTooltip(const geo::RegionHierarchy& hierarchy, geo::RegionCode code) {
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
    return text;
}

} // namespace agglomap::widgets
