#include "widgets/preferences/area_units.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace agglomap::widgets;

namespace {

// Digits follow the default locale: these tests write numbers the en_US way.
class AreaUnitsTest : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};

} // namespace

TEST_F(AreaUnitsTest, OneSquareKilometreIsAHundredHectaresOrFifteenHundredMu) {
    EXPECT_DOUBLE_EQ(areaFromSquareKilometres(1.0, AreaUnit::SquareKilometres), 1.0);
    EXPECT_DOUBLE_EQ(areaFromSquareKilometres(1.0, AreaUnit::Hectares), 100.0);
    EXPECT_DOUBLE_EQ(areaFromSquareKilometres(1.0, AreaUnit::Mu), 1500.0);
    EXPECT_DOUBLE_EQ(areaFromSquareKilometres(12.4, AreaUnit::Mu), 18600.0);
}

TEST_F(AreaUnitsTest, AreasAreWrittenWithTheUnitAndTheDecimalsTheirSizeNeeds) {
    EXPECT_EQ(formatArea(1.0, AreaUnit::Mu), QStringLiteral("1,500 mu"));
    EXPECT_EQ(formatArea(1.0, AreaUnit::Hectares), QStringLiteral("100 ha"));
    EXPECT_EQ(formatArea(12.34, AreaUnit::SquareKilometres), QStringLiteral("12.3 km²"));
    EXPECT_EQ(formatArea(1234.5, AreaUnit::Hectares), QStringLiteral("123,450 ha"));
    // Small areas keep a decimal more rather than round to nothing.
    EXPECT_EQ(formatArea(0.05, AreaUnit::SquareKilometres), QStringLiteral("0.05 km²"));
    EXPECT_EQ(formatArea(0.004, AreaUnit::Mu), QStringLiteral("6.0 mu"));
    EXPECT_EQ(formatArea(0.0, AreaUnit::Hectares), QStringLiteral("0 ha"));
}

TEST_F(AreaUnitsTest, AnUnknownAreaIsADash) {
    EXPECT_EQ(formatArea(std::numeric_limits<double>::quiet_NaN(), AreaUnit::Mu),
              QStringLiteral("—"));
}

TEST_F(AreaUnitsTest, EachUnitHasANameToChooseItBy) {
    EXPECT_TRUE(areaUnitName(AreaUnit::SquareKilometres).contains(QStringLiteral("km²")));
    EXPECT_TRUE(areaUnitName(AreaUnit::Hectares).contains(QStringLiteral("公顷")));
    EXPECT_TRUE(areaUnitName(AreaUnit::Mu).contains(QStringLiteral("亩")));
}
