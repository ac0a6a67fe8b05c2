#pragma once

#include <QString>

namespace agglomap::widgets {

// How areas are shown: square kilometres, hectares, or mu (亩, 1/1500 km²), which Chinese
// planning documents commonly use. The plan keeps every area in km².
enum class AreaUnit { SquareKilometres, Hectares, Mu };

// 1 km² = 100 ha = 1500 亩.
[[nodiscard]] double areaFromSquareKilometres(double squareKilometres, AreaUnit unit);
// The unit as written after a number: "km²", "ha", "mu" (平方公里, 公顷, 亩 in Chinese).
[[nodiscard]] QString areaUnitSymbol(AreaUnit unit);
// The unit as offered for choosing: "Square kilometres (km²)".
[[nodiscard]] QString areaUnitName(AreaUnit unit);
// An area given in km², converted and written in the unit with as many decimals as its size
// needs, in the default locale's digits: "12.5 km²", "1,250 ha", "18,750 mu"; "—" for NaN.
[[nodiscard]] QString formatArea(double squareKilometres, AreaUnit unit);

} // namespace agglomap::widgets
