#pragma once

#include <QHashFunctions>
#include <QString>

#include <optional>

namespace agglomap::model {

// The groups of a district's values, as the inspector's tabs and older files speak of them.
enum class DistrictField {
    Name,
    Location,
    Classification, // zone level, type, year
    Area,
    Industries,
    LeadingIndustries,
    Infrastructure,
    Innovation,
    Finance,
    Linkages,
};

[[nodiscard]] QString fieldKey(DistrictField field);
[[nodiscard]] std::optional<DistrictField> fieldFromKey(const QString& key);

inline size_t qHash(DistrictField field, size_t seed = 0) noexcept {
    return ::qHash(static_cast<int>(field), seed);
}

} // namespace agglomap::model
