#include "widgets/preferences/area_units.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace agglomap::widgets {

namespace {

constexpr double kHectaresPerSquareKilometre = 100.0;
constexpr double kMuPerSquareKilometre = 1500.0;

// One decimal of km² is 10 ha or 150 亩, so the smaller units need none; small areas get one
// more so they do not round to nothing.
int decimalsFor(double value, AreaUnit unit) {
    const bool small =
        value != 0.0 && std::abs(value) < (unit == AreaUnit::SquareKilometres ? 1.0 : 10.0);
    const int usual = unit == AreaUnit::SquareKilometres ? 1 : 0;
    return small ? usual + 1 : usual;
}

} // namespace

double areaFromSquareKilometres(double squareKilometres, AreaUnit unit) {
    switch (unit) {
    case AreaUnit::SquareKilometres:
        return squareKilometres;
    case AreaUnit::Hectares:
        return squareKilometres * kHectaresPerSquareKilometre;
    case AreaUnit::Mu:
        return squareKilometres * kMuPerSquareKilometre;
    }
    return squareKilometres;
}

QString areaUnitSymbol(AreaUnit unit) {
    switch (unit) {
    case AreaUnit::SquareKilometres:
        return QCoreApplication::translate("AreaUnits", "km²");
    case AreaUnit::Hectares:
        return QCoreApplication::translate("AreaUnits", "ha");
    case AreaUnit::Mu:
        return QCoreApplication::translate("AreaUnits", "mu");
    }
    return {};
}

QString areaUnitName(AreaUnit unit) {
    switch (unit) {
    case AreaUnit::SquareKilometres:
        return QCoreApplication::translate("AreaUnits", "Square kilometres (km²)");
    case AreaUnit::Hectares:
        return QCoreApplication::translate("AreaUnits", "Hectares (ha, 公顷)");
    case AreaUnit::Mu:
        return QCoreApplication::translate("AreaUnits", "Mu (亩, 1/15 ha)");
    }
    return {};
}

QString formatArea(double squareKilometres, AreaUnit unit) {
    if (std::isnan(squareKilometres)) {
        return QStringLiteral("—");
    }
    const double value = areaFromSquareKilometres(squareKilometres, unit);
    return QCoreApplication::translate("AreaUnits", "%1 %2", "number, unit")
        .arg(QLocale().toString(value, 'f', decimalsFor(value, unit)), areaUnitSymbol(unit));
}

} // namespace agglomap::widgets
