#include "analysis/district_indicators.h"
#include "support/sample_district.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace agglomap;
using namespace agglomap::analysis;
using namespace agglomap::model;

using test::handWorkedDistrict;
using test::kChemicals;
using test::kElectronics;
using test::kFood;

namespace {

IndicatorContext context() {
    return test::handWorkedContext();
}

} // namespace

// Every figure below is worked by hand in the comments; the formulas are in district_indicators.h.
TEST(DistrictIndicators, MatchTheHandWorkedExample) {
    const DistrictIndicators i = computeIndicators(handWorkedDistrict(), context());
    EXPECT_DOUBLE_EQ(i.totalOutput, 100.0);
    EXPECT_DOUBLE_EQ(i.leadingShare, 0.6);
    EXPECT_DOUBLE_EQ(i.topSectorShare, 0.6);
    EXPECT_DOUBLE_EQ(i.leadingClarity, 0.4); // 0.6 - 0.2
    EXPECT_TRUE(i.clearlyPositioned);
    // Location quotients (x_i/X)/(P_i/P): 0.6/0.1, 0.2/0.3, 0.2/0.1, 0/0.5.
    EXPECT_DOUBLE_EQ(i.locationQuotients[0], 6.0);
    EXPECT_NEAR(i.locationQuotients[1], 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(i.locationQuotients[2], 2.0);
    EXPECT_DOUBLE_EQ(i.locationQuotients[3], 0.0);
    EXPECT_NEAR(i.krugman, 1.2, 1e-12);                     // .5 + .1 + .1 + .5
    EXPECT_NEAR(i.herfindahl, (0.44 - 0.25) / 0.75, 1e-12); // .36 + .04 + .04, N = 4
    EXPECT_DOUBLE_EQ(i.highTechShare, 0.15);                // 15 of 100 reported high-tech
    EXPECT_DOUBLE_EQ(i.newIndustryShare, 0.2);              // electronics
    EXPECT_DOUBLE_EQ(i.traditionalShare, 0.8);              // food + chemicals
    EXPECT_NEAR(i.linkageDensity, 2.0 / 6.0, 1e-12);        // 2 links, 3 sectors
    EXPECT_DOUBLE_EQ(i.rdIntensity, 0.012);
    EXPECT_EQ(i.rdTier, RdTier::OnePercent);
    EXPECT_NEAR(i.smeShare, 58.0 / 70.0, 1e-12);
    EXPECT_EQ(i.incomeTier, IncomeTier::Reaches10Billion); // 100 x 100 million yuan
    // Gaps: water .5, power 0 (utilities .25), banks .75 (finance), R&D .5 (services).
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[0], 0.25);
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[1], 0.0);
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[2], 0.5);
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[3], 0.75);
    EXPECT_DOUBLE_EQ(i.infrastructureGap, 0.4375); // (.5 + 0 + .75 + .5) / 4
    // Clearly positioned and linked, but R&D 1.2% is short of 1.5%: organized, not innovative.
    EXPECT_EQ(i.stage, ClusterStage::Organized);
    // Three categories above 15% and linked: convergence of related industries.
    EXPECT_EQ(i.mode, InnovationMode::Convergence);
}

TEST(DistrictIndicators, ADistrictWithoutOutputHasUndefinedSharesAndIsInformal) {
    District empty;
    const DistrictIndicators i = computeIndicators(empty, context());
    EXPECT_TRUE(std::isnan(i.leadingShare));
    EXPECT_TRUE(std::isnan(i.herfindahl));
    EXPECT_TRUE(std::isnan(i.rdIntensity));
    EXPECT_TRUE(std::isnan(i.smeShare));
    EXPECT_FALSE(i.clearlyPositioned);
    EXPECT_EQ(i.stage, ClusterStage::Informal);
    EXPECT_EQ(i.mode, InnovationMode::Progressive);
    EXPECT_EQ(i.incomeTier, IncomeTier::Below10Billion);
    EXPECT_DOUBLE_EQ(i.infrastructureGap, 0.0); // nothing required, nothing missing
}

TEST(DistrictIndicators, WithoutADesignatedLeaderTheLargestSectorDecidesPositioning) {
    District d = handWorkedDistrict();
    d.leadingIndustries.clear();
    const DistrictIndicators i = computeIndicators(d, context());
    EXPECT_DOUBLE_EQ(i.leadingShare, 0.0);
    EXPECT_TRUE(i.clearlyPositioned); // food holds 60%
    d.industries[0].outputValue = 20; // now 20 / 20 / 20
    EXPECT_FALSE(computeIndicators(d, context()).clearlyPositioned);
}

TEST(DistrictIndicators, StageAndModeFollowTheThresholds) {
    District d = handWorkedDistrict();
    d.innovation.rdSpending = 2.5;    // 2.5% of income
    d.industries[2].outputValue = 60; // electronics now 60 of 140
    d.industries[2].highTechOutput = 50;
    d.leadingIndustries = {kElectronics};
    const DistrictIndicators i = computeIndicators(d, context());
    EXPECT_EQ(i.rdTier, RdTier::TwoPercent);
    EXPECT_EQ(i.stage, ClusterStage::Innovative);
    EXPECT_EQ(i.mode, InnovationMode::Fundamental);

    IndicatorContext strict = context();
    strict.thresholds.innovativeRdIntensity = 0.03;
    strict.thresholds.rdBenchmarks = {0.03, 0.04, 0.05};
    const DistrictIndicators j = computeIndicators(d, strict);
    EXPECT_EQ(j.rdTier, RdTier::BelowOnePercent);
    EXPECT_NE(j.stage, ClusterStage::Innovative);
}

TEST(DistrictIndicators, IncomeTiersFollowTheHenan2012Targets) {
    District d = handWorkedDistrict();
    for (const auto& [income, tier] :
         std::vector<std::pair<double, IncomeTier>>{{99.9, IncomeTier::Below10Billion},
                                                    {100, IncomeTier::Reaches10Billion},
                                                    {500, IncomeTier::Reaches50Billion},
                                                    {1000, IncomeTier::Reaches100Billion}}) {
        d.finance.businessIncome = income;
        EXPECT_EQ(computeIndicators(d, context()).incomeTier, tier) << income;
    }
}

TEST(DistrictIndicators, ChainCompletenessNamesTheMissingLinksOfTheLeadingIndustry) {
    InputOutputTable io(4);
    ASSERT_TRUE(io.setCoefficient(kChemicals, kFood, 0.20).ok()); // key supplier, present
    ASSERT_TRUE(io.setCoefficient(3, kFood, 0.10).ok()); // key supplier, missing (new materials)
    ASSERT_TRUE(io.setCoefficient(kFood, kElectronics, 0.06).ok()); // key buyer, present
    ASSERT_TRUE(io.setCoefficient(kElectronics, kFood, 0.01).ok()); // below the 0.05 threshold
    IndicatorContext c = context();
    c.inputOutput = &io;
    const DistrictIndicators i = computeIndicators(handWorkedDistrict(), c);
    EXPECT_NEAR(i.chainCompleteness, 2.0 / 3.0, 1e-12);
    EXPECT_EQ(i.missingSuppliers, (std::vector<SectorIndex>{3}));
    EXPECT_TRUE(i.missingBuyers.empty());
    // Links into food: 3 + 1 = 4; food's inputs: 60 x (0.20 + 0.10 + 0.01) = 18.6.
    EXPECT_NEAR(i.localSourcingShare, 4.0 / 18.6, 1e-12);
    // Without a table the chain indicators are undefined, not zero.
    EXPECT_TRUE(std::isnan(computeIndicators(handWorkedDistrict(), context()).chainCompleteness));
}

TEST(OutputBySector, SumsTheDistrictsGiven) {
    const District a = handWorkedDistrict();
    const District b = handWorkedDistrict();
    EXPECT_EQ(outputBySector({&a, &b}, 4), (std::vector<double>{120, 40, 40, 0}));
}
