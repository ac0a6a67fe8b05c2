#pragma once

#include "model/district.h"
#include "util/status.h"

#include <QString>

namespace agglomap::model {

// The largest plan Agglomap opens, and the largest value each stored field may hold. Above these
// a value is a typing or unit error (元 for 亿元), and sums over a whole plan stay finite:
// 20,000 districts × 1,000 sectors × 10^5 is far below the largest double. docs/limits.md
// gives the reasons for each number.
inline constexpr int kMaxDistricts = 20'000;
inline constexpr int kMaxSectors = 1'000;
inline constexpr int kMaxScenarios = 100;
inline constexpr double kMaxMoney = 1e5;          // 100 million yuan, one district
inline constexpr double kMaxReferenceMoney = 1e7; // 100 million yuan, a province or the nation
inline constexpr double kMaxAreaKm2 = 1e4;
inline constexpr double kMaxPersons = 1e7;
inline constexpr double kMaxCount = 1e6;
inline constexpr double kMaxProvision = 100.0;

// The largest value `field` may hold (0 is the smallest for every number).
[[nodiscard]] double maximumOf(ValueField field);
// The field's name in the interface language, for messages ("business income").
[[nodiscard]] QString valueFieldName(ValueField field);
// Whether `value` is a finite number from 0 to the field's maximum; the error names the field,
// the value and the range.
[[nodiscard]] Status checkValue(ValueField field, double value);
// Every number the district holds (areas, industries, provision, innovation, finance, links).
[[nodiscard]] Status checkDistrictValues(const District& district);
// A district's name in either language: at most kMaxNameLength characters.
[[nodiscard]] Status checkName(const QString& name);
// A plan's or a file's count of districts or sectors.
[[nodiscard]] Status checkDistrictCount(qint64 count);
[[nodiscard]] Status checkSectorCount(qint64 count);

} // namespace agglomap::model
