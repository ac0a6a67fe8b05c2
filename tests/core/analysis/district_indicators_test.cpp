#include "analysis/district_indicators.h"
#include "support/sample_district.h"

#include <gtest/gtest.h>

#include <array>
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
    // Income 100 over 70 enterprises: 1.43 (100 million yuan) each, the 4% band.
    EXPECT_NEAR(i.salesPerEnterprise, 100.0 / 70.0, 1e-12);
    EXPECT_DOUBLE_EQ(i.rdBenchmark, 0.04);
    EXPECT_FALSE(i.meetsRdBenchmark);
    EXPECT_NEAR(i.smeShare, 58.0 / 70.0, 1e-12);
    EXPECT_EQ(i.incomeTier, IncomeTier::Reaches10Billion); // 100 x 100 million yuan
    // Gaps: water .5, power 0 (utilities .25), banks .75 (finance), R&D .5 (services).
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[0], 0.25);
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[1], 0.0);
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[2], 0.5);
    EXPECT_DOUBLE_EQ(i.infrastructureGapByCategory[3], 0.75);
    EXPECT_DOUBLE_EQ(i.infrastructureGap, 0.4375); // (.5 + 0 + .75 + .5) / 4
    // Without a context of its own the within-plan comparison is the province's.
    EXPECT_EQ(i.locationQuotientsWithinPlan, i.locationQuotients);
    EXPECT_DOUBLE_EQ(i.krugmanWithinPlan, i.krugman);
    // Clearly positioned and linked: organized; no patents, services half missing and R&D
    // short of its benchmark, so not innovative.
    EXPECT_TRUE(i.organizedConditions);
    EXPECT_EQ(i.innovativeConditions, (std::array<bool, 4>{true, false, true, false}));
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

namespace {

// The hand-worked district grown into one that meets all four of the Ningxia paper's conditions.
District innovativeDistrict() {
    District d = handWorkedDistrict();
    d.innovation.rdSpending = 4.5;    // 4.5% of income: above the 4% benchmark
    d.innovation.patents = 12;        // property rights in use
    d.finance.ventureFunds = 1;       // and a capital market
    d.industries[2].outputValue = 60; // electronics now 60 of 140
    d.industries[2].highTechOutput = 50;
    d.leadingIndustries = {kElectronics};
    test::provision(d, InfrastructureItem::RAndDInstitutions) = {60, 60};
    return d;
}

} // namespace

TEST(DistrictIndicators, StageAndModeFollowTheThresholds) {
    const District d = innovativeDistrict();
    const DistrictIndicators i = computeIndicators(d, context());
    EXPECT_TRUE(i.meetsRdBenchmark);
    EXPECT_EQ(i.stage, ClusterStage::Innovative);
    EXPECT_EQ(i.mode, InnovationMode::Fundamental);

    IndicatorContext strict = context();
    strict.thresholds.innovativeRdIntensity = 0.05;
    strict.thresholds.enterpriseRdBenchmarks = {0.06, 0.05, 0.05};
    const DistrictIndicators j = computeIndicators(d, strict);
    EXPECT_FALSE(j.meetsRdBenchmark);
    EXPECT_NE(j.stage, ClusterStage::Innovative);
}

TEST(DistrictIndicators, AnInnovativeClusterMustFirstBeOrganized) {
    District d = innovativeDistrict();
    // Spread the output so that no industry leads: every innovative condition still holds.
    d.industries[0].outputValue = 50;
    d.industries[1].outputValue = 45;
    d.industries[2].outputValue = 45;
    const DistrictIndicators i = computeIndicators(d, context());
    EXPECT_EQ(i.innovativeConditions, (std::array<bool, 4>{true, true, true, true}));
    EXPECT_FALSE(i.organizedConditions);
    EXPECT_EQ(i.stage, ClusterStage::Informal);
}

TEST(DistrictIndicators, EachOfTheFourConditionsIsNecessary) {
    const auto without = [](void (*change)(District&), InnovativeCondition lost) {
        District d = innovativeDistrict();
        change(d);
        const DistrictIndicators i = computeIndicators(d, test::handWorkedContext());
        EXPECT_FALSE(i.innovativeConditions[static_cast<std::size_t>(lost)])
            << innovativeConditionKey(lost).toStdString();
        EXPECT_EQ(i.stage, ClusterStage::Organized) << innovativeConditionKey(lost).toStdString();
    };
    without([](District& d) { d.links.pop_back(); }, InnovativeCondition::IndustrialDevelopment);
    without([](District& d) { d.innovation.patents = 0; },
            InnovativeCondition::PropertyRightsAndMarkets);
    without(
        [](District& d) {
            test::provision(d, InfrastructureItem::Power) = {10, 100};
        },
        InnovativeCondition::InformationAndSpace);
    without([](District& d) { d.innovation.rdSpending = 2.0; },
            InnovativeCondition::InnovationEnvironment);
}

TEST(DistrictIndicators, RdBenchmarkFollowsTheHighTechEnterpriseThresholdsBySalesSize) {
    // 国科发火〔2016〕32号: 5% up to 50 million yuan of sales, 4% up to 200 million, 3% above.
    District d = handWorkedDistrict(); // 70 enterprises
    for (const auto& [income, benchmark] :
         std::vector<std::pair<double, double>>{{70 * 0.3, 0.05},
                                                {70 * 0.5, 0.05},
                                                {70 * 1.0, 0.04},
                                                {70 * 2.0, 0.04},
                                                {70 * 3.0, 0.03}}) {
        d.finance.businessIncome = income;
        EXPECT_DOUBLE_EQ(computeIndicators(d, context()).rdBenchmark, benchmark) << income;
    }
}

TEST(DistrictIndicators, LocationQuotientsCompareWithTheProvinceAndWithinThePlan) {
    IndicatorContext c = context();         // province: 100, 300, 100, 500
    c.planOutputBySector = {60, 20, 20, 0}; // the plan: this district alone
    const DistrictIndicators i = computeIndicators(handWorkedDistrict(), c);
    EXPECT_DOUBLE_EQ(i.locationQuotients[0], 6.0);
    EXPECT_DOUBLE_EQ(i.locationQuotientsWithinPlan[0], 1.0);
    EXPECT_NEAR(i.krugman, 1.2, 1e-12);
    EXPECT_NEAR(i.krugmanWithinPlan, 0.0, 1e-12);
}

TEST(RdTierOf, AppliesTheNingxiaBenchmarksToShareOfGdp) {
    const IndicatorThresholds t;
    EXPECT_EQ(rdTierOf(0.007, t), RdTier::BelowOnePercent); // Ningxia 2006: 0.7% of GDP
    EXPECT_EQ(rdTierOf(0.012, t), RdTier::OnePercent);
    EXPECT_EQ(rdTierOf(0.015, t), RdTier::OneAndAHalfPercent);
    EXPECT_EQ(rdTierOf(0.02, t), RdTier::TwoPercent);
}

TEST(ClusterStageName, UsesTheNingxiaPapersTerms) {
    EXPECT_EQ(clusterStageName(ClusterStage::Informal, true), QStringLiteral("非正式集群"));
    EXPECT_EQ(clusterStageName(ClusterStage::Organized, false),
              QStringLiteral("Organized cluster"));
    EXPECT_EQ(clusterStageName(ClusterStage::Innovative, true), QStringLiteral("创新型集群"));
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
