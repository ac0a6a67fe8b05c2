#include "model/district.h"

#include "util/enum_keys.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace agglomap::model {

namespace {

constexpr EnumKeys<ZoneLevel, 4> kZoneLevels{{
    {ZoneLevel::State, "state"},
    {ZoneLevel::Provincial, "provincial"},
    {ZoneLevel::Municipal, "municipal"},
    {ZoneLevel::County, "county"},
}};

constexpr EnumKeys<DistrictType, 3> kDistrictTypes{{
    {DistrictType::HighTech, "high-tech"},
    {DistrictType::ClearlyPositioned, "clearly-positioned"},
    {DistrictType::Comprehensive, "comprehensive"},
}};

constexpr EnumKeys<DistrictField, 10> kFields{{
    {DistrictField::Name, "name"},
    {DistrictField::Location, "location"},
    {DistrictField::Classification, "classification"},
    {DistrictField::Area, "area"},
    {DistrictField::Industries, "industries"},
    {DistrictField::LeadingIndustries, "leading-industries"},
    {DistrictField::Infrastructure, "infrastructure"},
    {DistrictField::Innovation, "innovation"},
    {DistrictField::Finance, "finance"},
    {DistrictField::Linkages, "linkages"},
}};

} // namespace

QString zoneLevelKey(ZoneLevel level) {
    return keyOf(kZoneLevels, level);
}
std::optional<ZoneLevel> zoneLevelFromKey(const QString& key) {
    return valueOf(kZoneLevels, key);
}
QString districtTypeKey(DistrictType type) {
    return keyOf(kDistrictTypes, type);
}
std::optional<DistrictType> districtTypeFromKey(const QString& key) {
    return valueOf(kDistrictTypes, key);
}
QString fieldKey(DistrictField field) {
    return keyOf(kFields, field);
}
std::optional<DistrictField> fieldFromKey(const QString& key) {
    return valueOf(kFields, key);
}

std::vector<ValueKey> District::valueKeys(DistrictField group) const {
    switch (group) {
    case DistrictField::Name:
        return {{ValueField::NameZh}, {ValueField::NameEn}};
    case DistrictField::Location:
        return {{ValueField::Location}};
    case DistrictField::Classification:
        return {{ValueField::Year}, {ValueField::ZoneLevel}, {ValueField::DistrictType}};
    case DistrictField::Area:
        return {{ValueField::PlannedArea}, {ValueField::BuiltArea}};
    case DistrictField::Industries: {
        std::vector<ValueKey> keys;
        for (const SectorActivity& a : industries) {
            for (ValueField field : {ValueField::SectorOutput, ValueField::SectorEmployment,
                                     ValueField::SectorEnterprises, ValueField::SectorSmes,
                                     ValueField::SectorHighTechOutput}) {
                keys.push_back({field, a.sector});
            }
        }
        return keys;
    }
    case DistrictField::LeadingIndustries:
        return {{ValueField::LeadingIndustries}};
    case DistrictField::Infrastructure: {
        std::vector<ValueKey> keys;
        for (int item = 0; item < kInfrastructureItemCount; ++item) {
            keys.push_back({ValueField::ProvisionCurrent, item});
            keys.push_back({ValueField::ProvisionRequired, item});
        }
        return keys;
    }
    case DistrictField::Innovation:
        return {{ValueField::RdSpending},
                {ValueField::RdStaff},
                {ValueField::Patents},
                {ValueField::HighTechEnterprises}};
    case DistrictField::Finance:
        return {{ValueField::FixedInvestment},
                {ValueField::BusinessIncome},
                {ValueField::ListedCompanies},
                {ValueField::VentureFunds}};
    case DistrictField::Linkages: {
        std::vector<ValueKey> keys;
        for (const SectorLink& link : links) {
            keys.push_back({ValueField::Link, link.from, link.to});
        }
        return keys;
    }
    }
    return {};
}

void markGroupIllustrative(District& district, DistrictField group, const QString& method) {
    for (const ValueKey& key : district.valueKeys(group)) {
        district.provenance.set(key, Provenance::illustrative(method));
    }
}

QStringList illustrativeGroupKeys(const District& district) {
    QStringList keys;
    for (auto field :
         {DistrictField::Name, DistrictField::Location, DistrictField::Classification,
          DistrictField::Area, DistrictField::Industries, DistrictField::LeadingIndustries,
          DistrictField::Infrastructure, DistrictField::Innovation, DistrictField::Finance,
          DistrictField::Linkages}) {
        if (district.provenance.anyIllustrative(field)) {
            keys << fieldKey(field);
        }
    }
    return keys;
}

const SectorActivity* District::activity(SectorIndex sector) const {
    const auto it = std::find_if(industries.begin(), industries.end(),
                                 [sector](const SectorActivity& a) { return a.sector == sector; });
    return it == industries.end() ? nullptr : &*it;
}

double District::totalOutput() const {
    return std::accumulate(industries.begin(), industries.end(), 0.0,
                           [](double sum, const SectorActivity& a) { return sum + a.outputValue; });
}

} // namespace agglomap::model
