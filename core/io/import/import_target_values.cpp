#include "io/import/import_target_values.h"

#include "model/value_limits.h"
#include "util/quoted_text.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <utility>

namespace agglomap::io::detail {

namespace {

using model::District;
using model::DistrictType;
using model::ZoneLevel;

// `message` is a whole sentence whose %1 is the cell's text, so that it translates as one.
Error quoted(const QString& text, const QString& message) {
    return Error{message.arg(elided(text))};
}

// QString::toDouble reads the C locale only; thousands separators are refused rather than
// guessed at, since "1,234" is 1.234 in half of Europe.
Result<double> number(const QString& text) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && std::isfinite(value)) {
        return value;
    }
    QString withoutSeparators = text;
    withoutSeparators.remove(QLatin1Char(','));
    if (withoutSeparators != text) {
        withoutSeparators.toDouble(&ok);
        if (ok) {
            return quoted(text,
                          QCoreApplication::translate(
                              "agglomap::io::Import",
                              "\"%1\" is not a number; write it without thousands separators."));
        }
    }
    return quoted(text,
                  QCoreApplication::translate("agglomap::io::Import", "\"%1\" is not a number."));
}

Result<double> nonNegative(const QString& text) {
    const auto value = number(text);
    if (value.ok() && value.value() < 0.0) {
        return quoted(text,
                      QCoreApplication::translate("agglomap::io::Import",
                                                  "\"%1\" is negative; it must be zero or more."));
    }
    return value;
}

// The field's documented maximum (model/value_limits.h): above it a value is a typing or
// unit error, and it would make sums over the plan meaningless.
template <typename Number>
Result<Number> withinLimit(Result<Number> value, model::ValueField field) {
    if (!value) {
        return value;
    }
    if (const Status status = model::checkValue(field, value.value()); !status) {
        return status.error();
    }
    return value;
}

// Spreadsheets hand counts over as "12.0"; those are whole numbers too.
Result<int> wholeNumber(const QString& text,
                        std::optional<model::ValueField> field = std::nullopt) {
    const auto value = field ? withinLimit(nonNegative(text), *field) : nonNegative(text);
    if (!value) {
        return value.error();
    }
    if (std::floor(value.value()) != value.value() ||
        value.value() > std::numeric_limits<int>::max()) {
        return quoted(text, QCoreApplication::translate("agglomap::io::Import",
                                                        "\"%1\" is not a whole number."));
    }
    return static_cast<int>(value.value());
}

Result<double> inRange(const QString& text, double low, double high, const QString& message) {
    const auto value = number(text);
    if (value.ok() && (value.value() < low || value.value() > high)) {
        return quoted(text, message);
    }
    return value;
}

Result<CellValue> zoneLevel(const QString& text) {
    if (const auto level = model::zoneLevelFromKey(text.toLower())) {
        return CellValue{*level};
    }
    static const std::pair<const char*, ZoneLevel> kChinese[] = {
        {"国家级", ZoneLevel::State},
        {"省级", ZoneLevel::Provincial},
        {"市级", ZoneLevel::Municipal},
        {"县级", ZoneLevel::County},
    };
    for (const auto& [label, level] : kChinese) {
        if (text == QString::fromUtf8(label)) {
            return CellValue{level};
        }
    }
    return quoted(
        text, QCoreApplication::translate("agglomap::io::Import",
                                          "\"%1\" is not a zone level: state (国家级), provincial "
                                          "(省级), municipal (市级) or county (县级)."));
}

Result<CellValue> districtType(const QString& text) {
    if (const auto type = model::districtTypeFromKey(text.toLower())) {
        return CellValue{*type};
    }
    static const std::pair<const char*, DistrictType> kChinese[] = {
        {"高新技术", DistrictType::HighTech},
        {"高新技术类", DistrictType::HighTech},
        {"产业定位明确", DistrictType::ClearlyPositioned},
        {"主导产业明确", DistrictType::ClearlyPositioned},
        {"综合", DistrictType::Comprehensive},
        {"综合类", DistrictType::Comprehensive},
        {"综合性", DistrictType::Comprehensive},
    };
    for (const auto& [label, type] : kChinese) {
        if (text == QString::fromUtf8(label)) {
            return CellValue{type};
        }
    }
    return quoted(text, QCoreApplication::translate(
                            "agglomap::io::Import",
                            "\"%1\" is not a district type: high-tech (高新技术), "
                            "clearly-positioned (产业定位明确) or comprehensive (综合)."));
}

template <typename T> Result<CellValue> cell(const Result<T>& value) {
    if (!value) {
        return value.error();
    }
    return CellValue{value.value()};
}

template <typename T> bool assign(T& field, const T& value) {
    if (field == value) {
        return false;
    }
    field = value;
    return true;
}

model::SectorActivity& activityOf(District& district, model::SectorIndex sector) {
    for (model::SectorActivity& activity : district.industries) {
        if (activity.sector == sector) {
            return activity;
        }
    }
    district.industries.push_back({sector, 0.0, 0.0, 0, 0, 0.0});
    return district.industries.back();
}

Result<bool> setOutput(District& district, model::SectorIndex sector, double output,
                       const model::SectorCatalogue& sectors) {
    const bool isNew = district.activity(sector) == nullptr;
    model::SectorActivity& activity = activityOf(district, sector);
    if (activity.highTechOutput > output) {
        if (!district.provenance.isIllustrative(
                {model::ValueField::SectorHighTechOutput, sector})) {
            //: %1 is the output entered, %2 the high-tech output, %3 the sector
            return Error{QCoreApplication::translate(
                             "agglomap::io::Import",
                             "\"%1\" is less than the high-tech output of %2 already "
                             "entered for %3, which is part of the output.")
                             .arg(output)
                             .arg(activity.highTechOutput)
                             .arg(sectors.at(sector).nameZh)};
        }
        activity.highTechOutput = output;
    }
    return assign(activity.outputValue, output) || isNew;
}

} // namespace

model::ValueKey valueKeyOf(const TargetSpec& target) {
    using model::ValueField;
    switch (target.kind) {
    case TargetKind::NameZh:
        return {ValueField::NameZh};
    case TargetKind::NameEn:
        return {ValueField::NameEn};
    case TargetKind::Lon:
    case TargetKind::Lat:
        return {ValueField::Location};
    case TargetKind::Year:
        return {ValueField::Year};
    case TargetKind::ZoneLevel:
        return {ValueField::ZoneLevel};
    case TargetKind::Type:
        return {ValueField::DistrictType};
    case TargetKind::PlannedArea:
        return {ValueField::PlannedArea};
    case TargetKind::BuiltArea:
        return {ValueField::BuiltArea};
    case TargetKind::RdSpending:
        return {ValueField::RdSpending};
    case TargetKind::RdStaff:
        return {ValueField::RdStaff};
    case TargetKind::Patents:
        return {ValueField::Patents};
    case TargetKind::HighTechEnterprises:
        return {ValueField::HighTechEnterprises};
    case TargetKind::FixedInvestment:
        return {ValueField::FixedInvestment};
    case TargetKind::BusinessIncome:
        return {ValueField::BusinessIncome};
    case TargetKind::ListedCompanies:
        return {ValueField::ListedCompanies};
    case TargetKind::VentureFunds:
        return {ValueField::VentureFunds};
    case TargetKind::ProvisionCurrent:
        return {ValueField::ProvisionCurrent, target.index};
    case TargetKind::ProvisionRequired:
        return {ValueField::ProvisionRequired, target.index};
    case TargetKind::SectorOutput:
        return {ValueField::SectorOutput, target.index};
    case TargetKind::SectorEmployment:
        return {ValueField::SectorEmployment, target.index};
    }
    return {};
}

Result<CellValue> parseCell(const TargetSpec& target, const QString& text) {
    switch (target.kind) {
    case TargetKind::NameZh:
    case TargetKind::NameEn:
        if (text.size() > kMaxNameLength) {
            //: %1 is the start of the name, %2 its length, %3 the longest allowed
            return Error{
                QCoreApplication::translate("agglomap::io::Import",
                                            "\"%1\" is %2 characters long; a name has at most %3.")
                    .arg(elided(text))
                    .arg(text.size())
                    .arg(kMaxNameLength)};
        }
        return CellValue{text};
    case TargetKind::Lon:
        return cell(
            inRange(text, -180.0, 180.0,
                    QCoreApplication::translate("agglomap::io::Import",
                                                "\"%1\" is not a longitude (-180 to 180).")));
    case TargetKind::Lat:
        return cell(inRange(
            text, -90.0, 90.0,
            QCoreApplication::translate(
                "agglomap::io::Import",
                "\"%1\" is not a latitude (-90 to 90); are longitude and latitude swapped?")));
    case TargetKind::Year: {
        const auto year = wholeNumber(text);
        if (year.ok() && (year.value() < 1980 || year.value() > 2100)) {
            return quoted(text,
                          QCoreApplication::translate("agglomap::io::Import",
                                                      "\"%1\" is not a year from 1980 to 2100."));
        }
        return cell(year);
    }
    case TargetKind::ZoneLevel:
        return zoneLevel(text);
    case TargetKind::Type:
        return districtType(text);
    case TargetKind::ProvisionCurrent:
    case TargetKind::ProvisionRequired:
        return cell(inRange(
            text, 0.0, 100.0,
            QCoreApplication::translate("agglomap::io::Import",
                                        "\"%1\" is outside the provision scale of 0 to 100.")));
    case TargetKind::RdStaff:
    case TargetKind::Patents:
    case TargetKind::HighTechEnterprises:
    case TargetKind::ListedCompanies:
    case TargetKind::VentureFunds:
        return cell(wholeNumber(text, valueKeyOf(target).field));
    case TargetKind::PlannedArea:
    case TargetKind::BuiltArea:
    case TargetKind::RdSpending:
    case TargetKind::FixedInvestment:
    case TargetKind::BusinessIncome:
    case TargetKind::SectorOutput:
    case TargetKind::SectorEmployment:
        return cell(withinLimit(nonNegative(text), valueKeyOf(target).field));
    }
    return quoted(
        text, QCoreApplication::translate("agglomap::io::Import", "\"%1\" cannot be imported."));
}

Result<bool> applyValue(District& district, const TargetSpec& target, const CellValue& value,
                        const model::SectorCatalogue& sectors) {
    const auto real = [&] {
        return std::get<double>(value);
    };
    const auto whole = [&] {
        return std::get<int>(value);
    };
    // Only a provision target's index is an infrastructure item; a sector's may lie beyond them.
    const auto provision = [&]() -> model::Provision& {
        return district.infrastructure[static_cast<std::size_t>(target.index)];
    };
    switch (target.kind) {
    case TargetKind::NameZh: {
        // A name from a source replaces the placeholder taken from the host county.
        const bool wasPlaceholder = std::exchange(district.placeholderName, false);
        return assign(district.nameZh, std::get<QString>(value)) || wasPlaceholder;
    }
    case TargetKind::NameEn:
        return assign(district.nameEn, std::get<QString>(value));
    case TargetKind::Lon:
        return assign(district.location.lon, real());
    case TargetKind::Lat:
        return assign(district.location.lat, real());
    case TargetKind::Year:
        return assign(district.year, whole());
    case TargetKind::ZoneLevel:
        return assign(district.zoneLevel, std::get<model::ZoneLevel>(value));
    case TargetKind::Type:
        return assign(district.type, std::get<model::DistrictType>(value));
    case TargetKind::PlannedArea:
        return assign(district.plannedAreaKm2, real());
    case TargetKind::BuiltArea:
        return assign(district.builtAreaKm2, real());
    case TargetKind::RdSpending:
        return assign(district.innovation.rdSpending, real());
    case TargetKind::RdStaff:
        return assign(district.innovation.rdStaff, whole());
    case TargetKind::Patents:
        return assign(district.innovation.patents, whole());
    case TargetKind::HighTechEnterprises:
        return assign(district.innovation.highTechEnterprises, whole());
    case TargetKind::FixedInvestment:
        return assign(district.finance.fixedInvestment, real());
    case TargetKind::BusinessIncome:
        return assign(district.finance.businessIncome, real());
    case TargetKind::ListedCompanies:
        return assign(district.finance.listedCompanies, whole());
    case TargetKind::VentureFunds:
        return assign(district.finance.ventureFunds, whole());
    case TargetKind::ProvisionCurrent:
        return assign(provision().current, real());
    case TargetKind::ProvisionRequired:
        return assign(provision().required, real());
    case TargetKind::SectorOutput:
        return setOutput(district, target.index, real(), sectors);
    case TargetKind::SectorEmployment: {
        const bool isNew = district.activity(target.index) == nullptr;
        return assign(activityOf(district, target.index).employment, real()) || isNew;
    }
    }
    return false;
}

} // namespace agglomap::io::detail
