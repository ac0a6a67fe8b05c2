#include "io/boundaries/feature_codes.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <ogrsf_frmts.h>

#include <cmath>
#include <optional>

namespace agglomap::io {

namespace {

// Names official and web data give the code field, most specific first: adcode (AMap, DataV),
// PAC (national basic geographic data), XZQDM/XZQHDM (land surveys), GB (Tianditu), DM.
const QStringList& codeFieldNames() {
    static const QStringList names{
        QStringLiteral("adcode"),       QStringLiteral("ad_code"),
        QStringLiteral("code"),         QStringLiteral("pac"),
        QStringLiteral("xzqdm"),        QStringLiteral("xzqhdm"),
        QStringLiteral("qhdm"),         QStringLiteral("gb"),
        QStringLiteral("gbcode"),       QStringLiteral("dm"),
        QStringLiteral("行政区划代码"), QStringLiteral("行政区划编码"),
        QStringLiteral("行政区代码"),   QStringLiteral("区划代码"),
        QStringLiteral("代码"),         QStringLiteral("编码"),
    };
    return names;
}

constexpr long long kSmallestCode = 100000;
constexpr long long kLargestCode = 999999;

std::optional<geo::RegionCode> codeIn(const OGRFeature& feature, int index) {
    if (!feature.IsFieldSetAndNotNull(index)) {
        return std::nullopt;
    }
    switch (feature.GetFieldDefnRef(index)->GetType()) {
    case OFTInteger:
    case OFTInteger64: {
        const long long value = feature.GetFieldAsInteger64(index);
        if (value >= kSmallestCode && value <= kLargestCode) {
            return static_cast<geo::RegionCode>(value);
        }
        return std::nullopt;
    }
    case OFTReal: {
        // Shapefiles written by some tools store integers as N(11,0), which GDAL reads as reals.
        const double value = feature.GetFieldAsDouble(index);
        if (value == std::floor(value) && value >= static_cast<double>(kSmallestCode) &&
            value <= static_cast<double>(kLargestCode)) {
            return static_cast<geo::RegionCode>(value);
        }
        return std::nullopt;
    }
    case OFTString: {
        static const QRegularExpression sixDigits(QStringLiteral("^[1-9][0-9]{5}$"));
        const QString text = QString::fromUtf8(feature.GetFieldAsString(index)).trimmed();
        if (sixDigits.match(text).hasMatch()) {
            return text.toInt();
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QStringList fieldNames(const OGRFeatureDefn& definition) {
    QStringList names;
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        names << QString::fromUtf8(definition.GetFieldDefn(i)->GetNameRef());
    }
    return names;
}

QString fieldsPhrase(const QStringList& names) {
    return names.isEmpty()
               //: Fills %3 of "%1: has no field "%2"; %3." and %2 of the message that no code field
               //: was found
               ? QCoreApplication::translate("agglomap::io::Boundaries", "it has no fields")
               //: %1 lists the layer's field names
               : QCoreApplication::translate("agglomap::io::Boundaries", "its fields are %1")
                     .arg(names.join(QStringLiteral(", ")));
}

// Fields named like code fields, in the order of codeFieldNames().
std::vector<int> candidateFields(const OGRFeatureDefn& definition) {
    const QStringList names = fieldNames(definition);
    std::vector<int> candidates;
    for (const QString& wanted : codeFieldNames()) {
        for (int i = 0; i < names.size(); ++i) {
            if (names[i].compare(wanted, Qt::CaseInsensitive) == 0) {
                candidates.push_back(i);
            }
        }
    }
    return candidates;
}

// One field's codes, or the first feature whose value is not a code.
struct FieldReading {
    std::vector<FeatureCodes::Entry> features;
    std::optional<long long> badFid;
    QString badValue;
};

} // namespace

Result<FeatureCodes> readFeatureCodes(OGRLayer& layer, const QString& where,
                                      const QString& requestedField) {
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    std::vector<int> fields;
    if (!requestedField.isEmpty()) {
        const int index = definition.GetFieldIndex(requestedField.toUtf8().constData());
        if (index < 0) {
            return Error{QCoreApplication::translate("agglomap::io::Boundaries",
                                                     "%1: has no field \"%2\"; %3.")
                             .arg(where, requestedField, fieldsPhrase(fieldNames(definition)))};
        }
        fields.push_back(index);
    } else {
        fields = candidateFields(definition);
        if (fields.empty()) {
            return Error{QCoreApplication::translate(
                             "agglomap::io::Boundaries",
                             "%1: no field is named like an administrative code field "
                             "(adcode, code, pac, xzqdm, gb, dm, 行政区划代码, 区划代码, "
                             "代码, ...); %2. Choose the field holding "
                             "the six-digit codes.")
                             .arg(where, fieldsPhrase(fieldNames(definition)))};
        }
    }

    // Only attributes are needed here; skipping geometry makes this pass cheap.
    const char* ignoreGeometry[] = {"OGR_GEOMETRY", nullptr};
    layer.SetIgnoredFields(ignoreGeometry);
    std::vector<FieldReading> readings(fields.size());
    layer.ResetReading();
    for (const auto& feature : layer) {
        for (std::size_t f = 0; f < fields.size(); ++f) {
            FieldReading& reading = readings[f];
            if (reading.badFid) {
                continue;
            }
            if (const auto code = codeIn(*feature, fields[f])) {
                reading.features.push_back({feature->GetFID(), *code});
            } else {
                reading.badFid = feature->GetFID();
                reading.badValue = QString::fromUtf8(feature->GetFieldAsString(fields[f]));
            }
        }
    }
    layer.SetIgnoredFields(nullptr);
    layer.ResetReading();

    for (std::size_t f = 0; f < fields.size(); ++f) {
        if (!readings[f].badFid) {
            if (readings[f].features.empty()) {
                return Error{QCoreApplication::translate("agglomap::io::Boundaries",
                                                         "%1: holds no features.")
                                 .arg(where)};
            }
            return FeatureCodes{QString::fromUtf8(definition.GetFieldDefn(fields[f])->GetNameRef()),
                                std::move(readings[f].features)};
        }
    }
    const FieldReading& first = readings.front();
    const QString field = QString::fromUtf8(definition.GetFieldDefn(fields.front())->GetNameRef());
    const QString problem =
        first.badValue.trimmed().isEmpty()
            //: Fills %4 of "%1, feature %2, field "%3": %4; every feature needs..."
            ? QCoreApplication::translate("agglomap::io::Boundaries", "no code")
            : QCoreApplication::translate("agglomap::io::Boundaries",
                                          "\"%1\" is not a six-digit administrative code")
                  .arg(first.badValue);
    return Error{
        //: %1 is the file, %2 the feature's number, %3 the field, %4 the problem
        QCoreApplication::translate("agglomap::io::Boundaries",
                                    "%1, feature %2, field \"%3\": %4; every feature needs the "
                                    "six-digit GB/T 2260 code of its region, e.g. 410102.")
            .arg(where)
            .arg(*first.badFid)
            .arg(field, problem)};
}

} // namespace agglomap::io
