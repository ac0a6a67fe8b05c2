#include "render/profile/profile_text.h"

#include <QLocale>
#include <QPaintDevice>

#include <cmath>

namespace agglomap::render::profile {

using geo::LabelLanguage;

QString sectorName(const model::SectorCatalogue& sectors, model::SectorIndex sector,
                   LabelLanguage language) {
    if (sector < 0 || sector >= sectors.size()) {
        return QString::number(sector);
    }
    const model::Sector& s = sectors.at(sector);
    const bool chinese = language == LabelLanguage::Chinese;
    const QString& wanted = chinese ? s.nameZh : s.nameEn;
    return wanted.isEmpty() ? (chinese ? s.nameEn : s.nameZh) : wanted;
}

QString zoneLevelName(model::ZoneLevel level, LabelLanguage language) {
    switch (level) {
    case model::ZoneLevel::State:
        return say(language, "国家级开发区", "State-level zone");
    case model::ZoneLevel::Provincial:
        return say(language, "省级开发区", "Provincial zone");
    case model::ZoneLevel::Municipal:
        return say(language, "市级开发区", "Municipal zone");
    case model::ZoneLevel::County:
        return say(language, "县级开发区", "County zone");
    }
    return {};
}

QString districtTypeName(model::DistrictType type, LabelLanguage language) {
    switch (type) {
    case model::DistrictType::HighTech:
        return say(language, "高新技术型", "High-tech district");
    case model::DistrictType::ClearlyPositioned:
        return say(language, "主导产业明确型", "Clearly positioned district");
    case model::DistrictType::Comprehensive:
        return say(language, "综合性产业园区", "Comprehensive industrial park");
    }
    return {};
}

QString clusterStageName(analysis::ClusterStage stage, LabelLanguage language) {
    // One name per stage everywhere: the core's.
    return analysis::clusterStageName(stage, language == LabelLanguage::Chinese);
}

QString innovationModeName(analysis::InnovationMode mode, LabelLanguage language) {
    return analysis::innovationModeName(mode, language == LabelLanguage::Chinese);
}

QString priorityName(analysis::Priority priority, LabelLanguage language) {
    switch (priority) {
    case analysis::Priority::High:
        return say(language, "高", "High");
    case analysis::Priority::Medium:
        return say(language, "中", "Medium");
    case analysis::Priority::Low:
        return say(language, "低", "Low");
    }
    return {};
}

QString rdTierName(analysis::RdTier tier, LabelLanguage language) {
    switch (tier) {
    case analysis::RdTier::BelowOnePercent:
        return say(language, "低于1%基准", "below the 1% benchmark");
    case analysis::RdTier::OnePercent:
        return say(language, "达到1%", "reaches 1%");
    case analysis::RdTier::OneAndAHalfPercent:
        return say(language, "达到1.5%", "reaches 1.5%");
    case analysis::RdTier::TwoPercent:
        return say(language, "达到2%", "reaches 2%");
    }
    return {};
}

QString incomeTierName(analysis::IncomeTier tier, LabelLanguage language) {
    switch (tier) {
    case analysis::IncomeTier::Below10Billion:
        return say(language, "未达100亿元", "below 10 bn yuan");
    case analysis::IncomeTier::Reaches10Billion:
        return say(language, "达100亿元", "reaches 10 bn yuan");
    case analysis::IncomeTier::Reaches50Billion:
        return say(language, "达500亿元", "reaches 50 bn yuan");
    case analysis::IncomeTier::Reaches100Billion:
        return say(language, "达1000亿元", "reaches 100 bn yuan");
    }
    return {};
}

QString infrastructureName(model::InfrastructureItem item, LabelLanguage language) {
    const model::InfrastructureItemInfo& info = model::infoOf(item);
    return language == LabelLanguage::Chinese ? QString::fromUtf8(info.nameZh)
                                              : QString::fromUtf8(info.nameEn);
}

QString number(double value, int decimals) {
    if (std::isnan(value)) {
        return QStringLiteral("—");
    }
    // One number format for every document, whatever the user's locale.
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(value, 'f', decimals);
}

QString percent(double fraction, int decimals) {
    if (std::isnan(fraction)) {
        return QStringLiteral("—");
    }
    return number(fraction * 100.0, decimals) + QLatin1Char('%');
}

double moneyInUnit(double hundredMillionYuan, LabelLanguage language) {
    // English readers count in billions; Chinese statistics in 亿 (100 million).
    return language == LabelLanguage::Chinese ? hundredMillionYuan : hundredMillionYuan / 10.0;
}

QString moneyUnit(LabelLanguage language) {
    return say(language, "亿元", "bn yuan");
}

QString money(double hundredMillionYuan, LabelLanguage language) {
    return QStringLiteral("%1 %2").arg(number(moneyInUnit(hundredMillionYuan, language), 2),
                                       moneyUnit(language));
}

QString illustrativeMark() {
    return QStringLiteral("*");
}

QString illustrativeNotice(LabelLanguage language) {
    return say(language,
               "示意值：标有 * 的数值由样本规划生成，并非取自资料来源，仅用于演示；"
               "用于决策前请以实际数据替换。",
               "Illustrative values: figures marked * were generated for the sample plan, not "
               "taken from a source. Replace them with real data before relying on them.");
}

QFont font(double pointSize, bool bold) {
    QFont result;
    // WenQuanYi first: it writes 工, 石 and 山 as themselves into a PDF's text layer, where
    // Noto CJK writes look-alike Kangxi radicals.
    result.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                        QStringLiteral("Droid Sans Fallback")});
    result.setPointSizeF(pointSize);
    result.setWeight(bold ? QFont::DemiBold : QFont::Normal);
    return result;
}

Units::Units(const QPaintDevice& device)
    : m_dpi(device.logicalDpiY()) {}

} // namespace agglomap::render::profile
