#include "model/value_limits.h"

#include "util/quoted_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace agglomap::model {

namespace {

constexpr const char* kContext = "agglomap::model::ValueLimits";

struct FieldLimit {
    ValueField field;
    double maximum;
    const char* name;
};

// Fields that hold no number (names, location, zone level, type, leading industries) have no
// entry: their own readers check them.
constexpr FieldLimit kLimits[] = {
    {ValueField::Year, 2100, QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Year")},
    {ValueField::PlannedArea, kMaxAreaKm2,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Planned area (km²)")},
    {ValueField::BuiltArea, kMaxAreaKm2,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Built area (km²)")},
    {ValueField::SectorOutput, kMaxMoney,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Output (100 million yuan)")},
    {ValueField::SectorEmployment, kMaxPersons,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Employment (persons)")},
    {ValueField::SectorEnterprises, kMaxCount,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Enterprises")},
    {ValueField::SectorSmes, kMaxCount,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Small and medium enterprises")},
    {ValueField::SectorHighTechOutput, kMaxMoney,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "High-tech output (100 million yuan)")},
    {ValueField::ProvisionCurrent, kMaxProvision,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Current provision (0–100)")},
    {ValueField::ProvisionRequired, kMaxProvision,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Required provision (0–100)")},
    {ValueField::RdSpending, kMaxMoney,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "R&D spending (100 million yuan)")},
    {ValueField::RdStaff, kMaxPersons,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "R&D staff (persons)")},
    {ValueField::Patents, kMaxCount, QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Patents")},
    {ValueField::HighTechEnterprises, kMaxCount,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "High-tech enterprises")},
    {ValueField::FixedInvestment, kMaxMoney,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Fixed investment (100 million yuan)")},
    {ValueField::BusinessIncome, kMaxMoney,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Business income (100 million yuan)")},
    {ValueField::ListedCompanies, kMaxCount,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Listed companies")},
    {ValueField::VentureFunds, kMaxCount,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Venture funds")},
    {ValueField::Link, kMaxMoney,
     QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "Link value (100 million yuan)")},
};

const FieldLimit* limitOf(ValueField field) {
    for (const FieldLimit& limit : kLimits) {
        if (limit.field == field) {
            return &limit;
        }
    }
    return nullptr;
}

// Grouped as both languages group them (100,000), whatever the system's locale.
const QLocale& numbers() {
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english;
}

QString plainNumber(double value) {
    // QLocale writes exponents as "1E+308"; people and spreadsheets write "1e+308".
    return std::abs(value) < 1e15 ? numbers().toString(value, 'g', 12)
                                  : QString::number(value, 'g', 12);
}

Status tooMany(qint64 count, int maximum, const char* what) {
    //: %1 is a count, %2 what is counted ("districts"), %3 the largest count allowed
    return Error{QCoreApplication::translate("agglomap::model::ValueLimits",
                                             "%1 %2 are more than Agglomap opens (at most %3).")
                     .arg(numbers().toString(count), QCoreApplication::translate(kContext, what),
                          numbers().toString(maximum))};
}

} // namespace

Status checkName(const QString& name) {
    if (name.size() <= kMaxNameLength) {
        return {};
    }
    //: %1 is the start of the name, %2 its length, %3 the longest allowed
    return Error{QCoreApplication::translate("agglomap::model::ValueLimits",
                                             "The name \"%1\" is %2 characters long; a name has "
                                             "at most %3.")
                     .arg(elided(name))
                     .arg(name.size())
                     .arg(kMaxNameLength)};
}

double maximumOf(ValueField field) {
    const FieldLimit* limit = limitOf(field);
    return limit ? limit->maximum : 0.0;
}

QString valueFieldName(ValueField field) {
    const FieldLimit* limit = limitOf(field);
    return limit ? QCoreApplication::translate(kContext, limit->name) : valueFieldKey(field);
}

Status checkValue(ValueField field, double value) {
    const FieldLimit* limit = limitOf(field);
    if (!limit) {
        return {};
    }
    const double lowest = field == ValueField::Year ? 1980.0 : 0.0;
    if (std::isfinite(value) && value >= lowest && value <= limit->maximum) {
        return {};
    }
    const QString shown =
        std::isfinite(value)
            ? plainNumber(value)
            : QCoreApplication::translate("agglomap::model::ValueLimits", "not a number");
    //: %1 is the field ("business income (100 million yuan)"), %2 and %3 the range, %4 the value
    return Error{QCoreApplication::translate("agglomap::model::ValueLimits",
                                             "%1 must be from %2 to %3, not %4.")
                     .arg(QCoreApplication::translate(kContext, limit->name), plainNumber(lowest),
                          plainNumber(limit->maximum), shown)};
}

Status checkDistrictValues(const District& district) {
    const auto check = [](ValueField field, double value) {
        return checkValue(field, value);
    };
    Status status = checkName(district.nameZh);
    if (status) {
        status = checkName(district.nameEn);
    }
    if (status) {
        status = check(ValueField::PlannedArea, district.plannedAreaKm2);
    }
    if (status) {
        status = check(ValueField::BuiltArea, district.builtAreaKm2);
    }
    if (status && district.year != 0) {
        status = check(ValueField::Year, district.year);
    }
    for (const SectorActivity& a : district.industries) {
        for (const auto& [field, value] :
             {std::pair{ValueField::SectorOutput, a.outputValue},
              std::pair{ValueField::SectorEmployment, a.employment},
              std::pair{ValueField::SectorEnterprises, double(a.enterprises)},
              std::pair{ValueField::SectorSmes, double(a.smallAndMediumEnterprises)},
              std::pair{ValueField::SectorHighTechOutput, a.highTechOutput}}) {
            if (status) {
                status = check(field, value);
            }
        }
    }
    for (const Provision& p : district.infrastructure) {
        if (status) {
            status = check(ValueField::ProvisionCurrent, p.current);
        }
        if (status) {
            status = check(ValueField::ProvisionRequired, p.required);
        }
    }
    const Innovation& i = district.innovation;
    const Finance& f = district.finance;
    for (const auto& [field, value] :
         {std::pair{ValueField::RdSpending, i.rdSpending},
          std::pair{ValueField::RdStaff, double(i.rdStaff)},
          std::pair{ValueField::Patents, double(i.patents)},
          std::pair{ValueField::HighTechEnterprises, double(i.highTechEnterprises)},
          std::pair{ValueField::FixedInvestment, f.fixedInvestment},
          std::pair{ValueField::BusinessIncome, f.businessIncome},
          std::pair{ValueField::ListedCompanies, double(f.listedCompanies)},
          std::pair{ValueField::VentureFunds, double(f.ventureFunds)}}) {
        if (status) {
            status = check(field, value);
        }
    }
    for (const SectorLink& link : district.links) {
        if (status) {
            status = check(ValueField::Link, link.value);
        }
    }
    if (!status) {
        //: %1 is the district's name, %2 what is wrong with one of its values
        return Error{
            QCoreApplication::translate("agglomap::model::ValueLimits", "District \"%1\": %2")
                .arg(district.nameZh, status.error().message)};
    }
    return {};
}

Status checkDistrictCount(qint64 count) {
    return count <= kMaxDistricts
               ? Status{}
               : tooMany(count, kMaxDistricts,
                         QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "districts"));
}

Status checkSectorCount(qint64 count) {
    return count <= kMaxSectors
               ? Status{}
               : tooMany(count, kMaxSectors,
                         QT_TRANSLATE_NOOP("agglomap::model::ValueLimits", "sectors"));
}

} // namespace agglomap::model
