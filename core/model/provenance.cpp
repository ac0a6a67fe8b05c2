#include "model/provenance.h"

#include "util/enum_keys.h"

#include <algorithm>
#include <utility>

namespace agglomap::model {

namespace {

constexpr EnumKeys<Origin, 3> kOrigins{{
    {Origin::Entered, "entered"},
    {Origin::Illustrative, "illustrative"},
    {Origin::Imported, "imported"},
}};

struct ValueFieldInfo {
    ValueField field;
    const char* key;
    DistrictField group;
};

constexpr std::array<ValueFieldInfo, 25> kValueFields{{
    {ValueField::NameZh, "name-zh", DistrictField::Name},
    {ValueField::NameEn, "name-en", DistrictField::Name},
    {ValueField::Location, "location", DistrictField::Location},
    {ValueField::Year, "year", DistrictField::Classification},
    {ValueField::ZoneLevel, "zone-level", DistrictField::Classification},
    {ValueField::DistrictType, "type", DistrictField::Classification},
    {ValueField::PlannedArea, "planned-area", DistrictField::Area},
    {ValueField::BuiltArea, "built-area", DistrictField::Area},
    {ValueField::SectorOutput, "sector-output", DistrictField::Industries},
    {ValueField::SectorEmployment, "sector-employment", DistrictField::Industries},
    {ValueField::SectorEnterprises, "sector-enterprises", DistrictField::Industries},
    {ValueField::SectorSmes, "sector-smes", DistrictField::Industries},
    {ValueField::SectorHighTechOutput, "sector-high-tech-output", DistrictField::Industries},
    {ValueField::LeadingIndustries, "leading-industries", DistrictField::LeadingIndustries},
    {ValueField::ProvisionCurrent, "provision-current", DistrictField::Infrastructure},
    {ValueField::ProvisionRequired, "provision-required", DistrictField::Infrastructure},
    {ValueField::RdSpending, "rd-spending", DistrictField::Innovation},
    {ValueField::RdStaff, "rd-staff", DistrictField::Innovation},
    {ValueField::Patents, "patents", DistrictField::Innovation},
    {ValueField::HighTechEnterprises, "high-tech-enterprises", DistrictField::Innovation},
    {ValueField::FixedInvestment, "fixed-investment", DistrictField::Finance},
    {ValueField::BusinessIncome, "business-income", DistrictField::Finance},
    {ValueField::ListedCompanies, "listed-companies", DistrictField::Finance},
    {ValueField::VentureFunds, "venture-funds", DistrictField::Finance},
    {ValueField::Link, "link", DistrictField::Linkages},
}};

const ValueFieldInfo& infoOf(ValueField field) {
    return kValueFields[static_cast<std::size_t>(field)];
}

} // namespace

QString originKey(Origin origin) {
    return keyOf(kOrigins, origin);
}
std::optional<Origin> originFromKey(const QString& key) {
    return valueOf(kOrigins, key);
}

Provenance Provenance::entered(QDateTime when) {
    return Provenance{Origin::Entered, {}, {}, 0, std::move(when)};
}
Provenance Provenance::illustrative(QString method) {
    return Provenance{Origin::Illustrative, std::move(method), {}, 0, {}};
}
Provenance Provenance::imported(QString file, QString column, int row, QDateTime when) {
    return Provenance{Origin::Imported, std::move(file), std::move(column), row, std::move(when)};
}

DistrictField groupOf(ValueField field) {
    return infoOf(field).group;
}
QString valueFieldKey(ValueField field) {
    return QString::fromLatin1(infoOf(field).key);
}
std::optional<ValueField> valueFieldFromKey(const QString& key) {
    for (const auto& info : kValueFields) {
        if (key == QLatin1String(info.key)) {
            return info.field;
        }
    }
    return std::nullopt;
}

QString keyText(const ValueKey& key) {
    switch (key.field) {
    case ValueField::SectorOutput:
    case ValueField::SectorEmployment:
    case ValueField::SectorEnterprises:
    case ValueField::SectorSmes:
    case ValueField::SectorHighTechOutput:
    case ValueField::ProvisionCurrent:
    case ValueField::ProvisionRequired:
        return QStringLiteral("%1 %2").arg(valueFieldKey(key.field)).arg(key.index);
    case ValueField::Link:
        return QStringLiteral("%1 %2 %3")
            .arg(valueFieldKey(key.field))
            .arg(key.index)
            .arg(key.index2);
    default:
        return valueFieldKey(key.field);
    }
}

QString provenanceText(const Provenance& p) {
    const QString when = p.when.isValid() ? p.when.toString(Qt::ISODate) : QString();
    switch (p.origin) {
    case Origin::Illustrative:
        return QStringLiteral("illustrative: %1").arg(p.source);
    case Origin::Imported:
        return QStringLiteral("imported: %1, %2, row %3, %4")
            .arg(p.source, p.column)
            .arg(p.row)
            .arg(when);
    case Origin::Entered:
        break;
    }
    return p.source.isEmpty() ? QStringLiteral("entered: %1").arg(when)
                              : QStringLiteral("entered: %1, %2").arg(p.source, when);
}

const Provenance& ProvenanceMap::of(const ValueKey& key) const {
    static const Provenance kEntered;
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? kEntered : it->second;
}

void ProvenanceMap::set(const ValueKey& key, Provenance provenance) {
    if (provenance == Provenance{}) {
        m_entries.erase(key);
    } else {
        m_entries.insert_or_assign(key, std::move(provenance));
    }
}

void ProvenanceMap::erase(const ValueKey& key) {
    m_entries.erase(key);
}

void ProvenanceMap::eraseIf(ValueField field, std::optional<int> index) {
    std::erase_if(m_entries, [&](const auto& entry) {
        return entry.first.field == field && (!index || entry.first.index == *index);
    });
}

bool ProvenanceMap::anyIllustrative() const {
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const auto& entry) { return entry.second.isIllustrative(); });
}

bool ProvenanceMap::anyIllustrative(DistrictField group) const {
    return std::any_of(m_entries.begin(), m_entries.end(), [group](const auto& entry) {
        return groupOf(entry.first.field) == group && entry.second.isIllustrative();
    });
}

bool ProvenanceMap::anyIllustrative(ValueField field) const {
    return std::any_of(m_entries.begin(), m_entries.end(), [field](const auto& entry) {
        return entry.first.field == field && entry.second.isIllustrative();
    });
}

} // namespace agglomap::model
