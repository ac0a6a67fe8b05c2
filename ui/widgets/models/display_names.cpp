#include "widgets/models/display_names.h"

#include "analysis/district_metric.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace agglomap::widgets {

namespace {
// The strings are marked with QT_TRANSLATE_NOOP so lupdate finds them under this context.
constexpr char kContext[] = "DisplayNames";

QString translated(const char* text) {
    return QCoreApplication::translate(kContext, text);
}
} // namespace

bool interfaceIsChinese() {
    return QLocale().language() == QLocale::Chinese;
}

QString zoneLevelName(model::ZoneLevel level) {
    switch (level) {
    case model::ZoneLevel::State:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "State-level"));
    case model::ZoneLevel::Provincial:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "Provincial"));
    case model::ZoneLevel::Municipal:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "Municipal"));
    case model::ZoneLevel::County:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "County"));
    }
    return {};
}

QString districtTypeName(model::DistrictType type) {
    switch (type) {
    case model::DistrictType::HighTech:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "High-tech"));
    case model::DistrictType::ClearlyPositioned:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "Clearly positioned"));
    case model::DistrictType::Comprehensive:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "Comprehensive"));
    }
    return {};
}

QString clusterStageName(analysis::ClusterStage stage) {
    return analysis::clusterStageName(stage, interfaceIsChinese());
}

QString innovationModeName(analysis::InnovationMode mode) {
    return analysis::innovationModeName(mode, interfaceIsChinese());
}

QString priorityName(analysis::Priority priority) {
    switch (priority) {
    case analysis::Priority::High:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "High"));
    case analysis::Priority::Medium:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "Medium"));
    case analysis::Priority::Low:
        return translated(QT_TRANSLATE_NOOP("DisplayNames", "Low"));
    }
    return {};
}

QString districtName(const model::District& district, geo::LabelLanguage language) {
    const QString& name =
        language == geo::LabelLanguage::Chinese ? district.nameZh : district.nameEn;
    // A district without the name in this language still needs a label.
    const QString& shown =
        name.isEmpty() ? (district.nameZh.isEmpty() ? district.nameEn : district.nameZh) : name;
    return district.placeholderName
               ? translated(QT_TRANSLATE_NOOP("DisplayNames", "%1 (placeholder name)")).arg(shown)
               : shown;
}

QString regionName(const model::Plan& plan, geo::RegionCode code, geo::LabelLanguage language) {
    const geo::Region* region = plan.regions().find(code);
    return region ? region->name(language) : QString();
}

QString leadingIndustryNames(const model::Plan& plan, const model::District& district,
                             geo::LabelLanguage language) {
    QStringList names;
    for (model::SectorIndex s : district.leadingIndustries) {
        if (s >= 0 && s < plan.sectors().size()) {
            const model::Sector& sector = plan.sectors().at(s);
            names << (language == geo::LabelLanguage::Chinese ? sector.nameZh : sector.nameEn);
        }
    }
    return names.join(language == geo::LabelLanguage::Chinese ? QStringLiteral("、")
                                                              : QStringLiteral(", "));
}

} // namespace agglomap::widgets
