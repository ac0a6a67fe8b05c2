#include "io/import/district_import.h"
#include "io/import/import_target_spec.h"

#include <array>

namespace agglomap::io {

namespace {

using detail::TargetKind;
using model::DistrictField;

struct FixedTarget {
    TargetKind kind;
    const char* key;
    const char* labelZh;
    const char* labelEn;
    DistrictField field;
    // Further names a column may carry, separated by '|'.
    const char* aliases;
};

// The district's own values; infrastructure and sectors follow from their catalogues.
constexpr std::array<FixedTarget, 17> kFixedTargets{{
    {TargetKind::NameZh, "name_zh", "中文名称", "Chinese name", DistrictField::Name,
     "名称|中文名|集聚区名称|产业集聚区名称|园区名称|开发区名称|name (zh)|chinese name"},
    {TargetKind::NameEn, "name_en", "英文名称", "English name", DistrictField::Name,
     "英文名|name (en)|english name"},
    {TargetKind::Lon, "lon", "经度", "Longitude", DistrictField::Location, "lng|long|x|东经"},
    {TargetKind::Lat, "lat", "纬度", "Latitude", DistrictField::Location, "y|北纬"},
    {TargetKind::Year, "year", "设立年份", "Year established", DistrictField::Classification,
     "年份|成立年份|批准年份|设立时间|established"},
    {TargetKind::ZoneLevel, "zone_level", "开发区级别", "Zone level", DistrictField::Classification,
     "级别|园区级别|level"},
    {TargetKind::Type, "type", "集聚区类型", "District type", DistrictField::Classification,
     "类型|类别|园区类型"},
    {TargetKind::PlannedArea, "planned_area_km2", "规划面积（平方公里）", "Planned area (km²)",
     DistrictField::Area, "规划面积|planned_area|planned area|规划面积(km2)"},
    {TargetKind::BuiltArea, "built_area_km2", "建成区面积（平方公里）", "Built-up area (km²)",
     DistrictField::Area, "建成区面积|建成面积|built_area|built area|built-up area"},
    {TargetKind::RdSpending, "rd_spending", "研发经费（亿元）", "R&D spending (100 million yuan)",
     DistrictField::Innovation, "研发经费|研发投入|r&d经费|研究与试验发展经费|r&d spending"},
    {TargetKind::RdStaff, "rd_staff", "研发人员", "R&D staff", DistrictField::Innovation,
     "研发人员数|r&d人员|研究与试验发展人员"},
    {TargetKind::Patents, "patents", "专利", "Patents", DistrictField::Innovation,
     "专利数|专利数量|专利授权数|专利授权量"},
    {TargetKind::HighTechEnterprises, "high_tech_enterprises", "高新技术企业",
     "High-tech enterprises", DistrictField::Innovation, "高新技术企业数|高新技术企业数量"},
    {TargetKind::FixedInvestment, "fixed_investment", "固定资产投资（亿元）",
     "Fixed investment (100 million yuan)", DistrictField::Finance,
     "固定资产投资|累计固定资产投资|fixed asset investment|fixed investment"},
    {TargetKind::BusinessIncome, "business_income", "主营业务收入（亿元）",
     "Business income (100 million yuan)", DistrictField::Finance,
     "主营业务收入|营业收入|business income|revenue"},
    {TargetKind::ListedCompanies, "listed_companies", "上市公司", "Listed companies",
     DistrictField::Finance, "上市公司数|上市企业|上市企业数"},
    {TargetKind::VentureFunds, "venture_funds", "创业投资基金", "Venture funds",
     DistrictField::Finance, "创投基金|风险投资基金|创业投资基金数"},
}};

const QLatin1String kCurrentSuffix("_current");
const QLatin1String kRequiredSuffix("_required");
const QLatin1String kOutputPrefix("output:");
const QLatin1String kEmploymentPrefix("employment:");

QStringList splitAliases(const char* aliases) {
    return QString::fromUtf8(aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Spreadsheets write keys with underscores where ours have hyphens ("waste_water_current").
QString underscored(QString key) {
    return key.replace(QLatin1Char('-'), QLatin1Char('_'))
        .replace(QLatin1Char(':'), QLatin1Char('_'));
}

} // namespace

namespace detail {

QString normalizedName(const QString& name) {
    QString result = name.trimmed().toLower();
    result.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    result.remove(QLatin1Char(' '));
    return result;
}

std::optional<TargetSpec> targetSpec(const QString& key, const model::SectorCatalogue& sectors) {
    for (const FixedTarget& target : kFixedTargets) {
        if (key == QLatin1String(target.key)) {
            return TargetSpec{target.kind, 0, target.field};
        }
    }
    for (const auto& [suffix, kind] : {std::pair{kCurrentSuffix, TargetKind::ProvisionCurrent},
                                       std::pair{kRequiredSuffix, TargetKind::ProvisionRequired}}) {
        if (key.endsWith(suffix)) {
            if (const auto item = model::infrastructureItemFromKey(key.chopped(suffix.size()))) {
                return TargetSpec{kind, static_cast<int>(*item), DistrictField::Infrastructure};
            }
        }
    }
    for (const auto& [prefix, kind] :
         {std::pair{kOutputPrefix, TargetKind::SectorOutput},
          std::pair{kEmploymentPrefix, TargetKind::SectorEmployment}}) {
        if (key.startsWith(prefix)) {
            if (const auto sector = sectors.indexOf(key.mid(prefix.size()))) {
                return TargetSpec{kind, *sector, DistrictField::Industries};
            }
        }
    }
    return std::nullopt;
}

} // namespace detail

std::vector<ImportTarget> importTargets(const model::SectorCatalogue& sectors) {
    std::vector<ImportTarget> targets;
    for (const FixedTarget& target : kFixedTargets) {
        QStringList aliases = splitAliases(target.aliases);
        // A label without its unit is what most statistics tables head a column with.
        const QString zh = QString::fromUtf8(target.labelZh);
        if (const auto bracket = zh.indexOf(QChar(0xFF08)); bracket > 0) {
            aliases.append(zh.left(bracket));
        }
        targets.push_back({QString::fromLatin1(target.key), zh, QString::fromUtf8(target.labelEn),
                           target.field, aliases});
    }
    for (const model::InfrastructureItemInfo& info : model::infrastructureItems()) {
        const QString item = QString::fromLatin1(info.key);
        const QString zh = QString::fromUtf8(info.nameZh);
        const QString en = QString::fromUtf8(info.nameEn);
        targets.push_back({item + kCurrentSuffix,
                           zh + QStringLiteral("现状"),
                           QStringLiteral("%1 (current)").arg(en),
                           DistrictField::Infrastructure,
                           {underscored(item) + kCurrentSuffix, zh + QStringLiteral("现状水平"),
                            zh + QStringLiteral("水平")}});
        targets.push_back({item + kRequiredSuffix,
                           zh + QStringLiteral("要求"),
                           QStringLiteral("%1 (required)").arg(en),
                           DistrictField::Infrastructure,
                           {underscored(item) + kRequiredSuffix, zh + QStringLiteral("需求"),
                            zh + QStringLiteral("规划要求")}});
    }
    for (const model::Sector& sector : sectors.sectors()) {
        const QString output = kOutputPrefix + sector.code;
        const QString employment = kEmploymentPrefix + sector.code;
        targets.push_back({output,
                           sector.nameZh + QStringLiteral("产值（亿元）"),
                           QStringLiteral("%1 output (100 million yuan)").arg(sector.nameEn),
                           DistrictField::Industries,
                           {underscored(output), sector.nameZh + QStringLiteral("产值"),
                            sector.code + QStringLiteral("产值")}});
        targets.push_back({employment,
                           sector.nameZh + QStringLiteral("从业人员"),
                           QStringLiteral("%1 employment").arg(sector.nameEn),
                           DistrictField::Industries,
                           {underscored(employment), sector.nameZh + QStringLiteral("从业人数"),
                            sector.nameZh + QStringLiteral("就业人数"),
                            sector.code + QStringLiteral("从业人员")}});
    }
    for (ImportTarget& target : targets) {
        for (QString& alias : target.aliases) {
            alias = detail::normalizedName(alias);
        }
    }
    return targets;
}

} // namespace agglomap::io
