#include "model/input_output_table.h"

#include <gtest/gtest.h>

using agglomap::model::InputOutputTable;

namespace {

// A = [[0.2, 0.3], [0.4, 0.1]]; I - A has determinant 0.6, so
// B = (I - A)^-1 = [[1.5, 0.5], [2/3, 4/3]], and B sums to 4.
InputOutputTable twoSectors() {
    InputOutputTable table(2);
    EXPECT_TRUE(table.setCoefficient(0, 0, 0.2).ok());
    EXPECT_TRUE(table.setCoefficient(0, 1, 0.3).ok());
    EXPECT_TRUE(table.setCoefficient(1, 0, 0.4).ok());
    EXPECT_TRUE(table.setCoefficient(1, 1, 0.1).ok());
    return table;
}

} // namespace

TEST(InputOutputTable, LeontiefInverseMatchesTheHandWorkedExample) {
    const auto b = twoSectors().leontiefInverse();
    EXPECT_NEAR(b[0][0], 1.5, 1e-12);
    EXPECT_NEAR(b[0][1], 0.5, 1e-12);
    EXPECT_NEAR(b[1][0], 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(b[1][1], 4.0 / 3.0, 1e-12);
}

TEST(InputOutputTable, RasmussenLinkagesAverageOne) {
    const InputOutputTable table = twoSectors();
    const auto [backward, forward] = table.rasmussenLinkages(); // 2 x column (row) sums / 4
    EXPECT_NEAR(backward[0], 2.0 * (1.5 + 2.0 / 3.0) / 4.0, 1e-12);
    EXPECT_NEAR(backward[1], 2.0 * (0.5 + 4.0 / 3.0) / 4.0, 1e-12);
    // Both rows sum to 2.
    EXPECT_NEAR(forward[0], 1.0, 1e-12);
    EXPECT_NEAR(forward[1], 1.0, 1e-12);
}

TEST(InputOutputTable, KeySuppliersAndBuyersPassTheThreshold) {
    const InputOutputTable table = twoSectors();
    EXPECT_EQ(table.keySuppliers(0, 0.3), (std::vector<int>{1})); // a_10 = 0.4
    EXPECT_EQ(table.keyBuyers(0, 0.3), (std::vector<int>{1}));    // a_01 = 0.3
    EXPECT_TRUE(table.keySuppliers(1, 0.35).empty());             // a_01 = 0.3 falls short
}

TEST(InputOutputTable, RefusesCoefficientsThatMakeTheEconomyUnproductive) {
    InputOutputTable table = twoSectors();
    const auto result = table.setCoefficient(0, 0, 0.7); // column 0 would sum to 1.1
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(
        result.error().message,
        QStringLiteral(
            "Sector 0's inputs would add up to 1.1 per unit of output; they must stay below 1."));
    EXPECT_DOUBLE_EQ(table.coefficient(0, 0), 0.2);
    EXPECT_FALSE(table.setCoefficient(0, 5, 0.1).ok());
    EXPECT_FALSE(table.setCoefficient(0, 1, -0.1).ok());
}
