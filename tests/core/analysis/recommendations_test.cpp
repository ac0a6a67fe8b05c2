#include "analysis/recommendations.h"
#include "support/sample_district.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace agglomap;
using namespace agglomap::analysis;
using namespace agglomap::model;

namespace {

using test::kChemicals;
using test::kElectronics;
using test::kFood;
using test::kNewMaterials;
using test::provision;

District baseDistrict() {
    return test::handWorkedDistrict();
}

InputOutputTable ioTable() {
    InputOutputTable io(4);
    EXPECT_TRUE(io.setCoefficient(kChemicals, kFood, 0.20).ok());
    EXPECT_TRUE(io.setCoefficient(kNewMaterials, kFood, 0.10).ok());
    EXPECT_TRUE(io.setCoefficient(kFood, kElectronics, 0.06).ok());
    return io;
}

struct Outcome {
    std::vector<Recommendation> list;
    // A copy: callers often hold the result of a temporary Outcome.
    std::optional<Recommendation> find(const char* rule) const {
        const auto it = std::find_if(list.begin(), list.end(), [&](const auto& r) {
            return r.ruleId == QLatin1String(rule);
        });
        return it == list.end() ? std::nullopt : std::optional(*it);
    }
};

Outcome run(const District& d, RecommendationThresholds thresholds = {}) {
    static const InputOutputTable io = ioTable();
    IndicatorContext context = test::handWorkedContext();
    context.inputOutput = &io;
    return {recommend(d, computeIndicators(d, context), context, thresholds)};
}

} // namespace

TEST(Recommendations, ClearLeaderNeedsNoLeadingIndustryAdvice) {
    EXPECT_FALSE((run(baseDistrict()).find("leading-industry")).has_value());
}

TEST(Recommendations, UnclearLeaderGetsCandidatesRankedByItsOwnStrengths) {
    District d = baseDistrict();
    d.industries[0].outputValue = 20; // 20 / 20 / 20: nobody stands out
    const Outcome r = run(d);
    const std::optional<Recommendation> leading = r.find("leading-industry");
    ASSERT_TRUE((leading).has_value());
    // Need: the shortfall of the positioning share (1/3) against the 40% of a clear position.
    EXPECT_NEAR(leading->need, (0.4 - 1.0 / 3.0) / 0.4, 1e-12);
    // Equal shares: the location quotient decides (food 3.3, electronics 3.3, chemicals 1.1);
    // all three are linked to each other by coefficients of at least 0.05.
    ASSERT_EQ(leading->sectors.size(), 3u);
    EXPECT_EQ(leading->sectors.back(), kChemicals);
    EXPECT_TRUE(leading->measureEn.startsWith(
        QStringLiteral("Select and cultivate a leading industry; candidates: ")));
    EXPECT_TRUE(leading->measureEn.contains(QStringLiteral("The designated Food is among them")));
    EXPECT_TRUE(leading->reasonEn.contains(QStringLiteral("below the 40%")));
    EXPECT_TRUE(leading->source.contains(QStringLiteral("Henan paper")));
}

TEST(Recommendations, LeadingCandidatesNeedInputOutputSupportAndAreNeverPadded) {
    District d = baseDistrict();
    d.industries[0].outputValue = 20;
    RecommendationThresholds strict;
    strict.candidateSupport = 0.21; // food (0.26) qualifies; chemicals (0.20) and electronics
                                    // (0.06) do not
    const std::optional<Recommendation> leading = run(d, strict).find("leading-industry");
    ASSERT_TRUE((leading).has_value());
    EXPECT_EQ(leading->sectors, (std::vector<SectorIndex>{kFood}));
}

TEST(Recommendations, NoSupportedCandidateIsAnHonestAnswer) {
    District d = baseDistrict();
    d.industries[0].outputValue = 20;
    RecommendationThresholds strict;
    strict.candidateSupport = 0.5;
    const std::optional<Recommendation> leading = run(d, strict).find("leading-industry");
    ASSERT_TRUE((leading).has_value());
    EXPECT_TRUE(leading->sectors.empty());
    EXPECT_TRUE(
        leading->measureEn.contains(QStringLiteral("no sector has enough input-output support")))
        << leading->measureEn.toStdString();
    EXPECT_TRUE(leading->measureZh.contains(QStringLiteral("没有产业获得足够")));
}

TEST(Recommendations, TheDesignatedLeadingIndustryIsAlwaysWeighedAndARefusalExplained) {
    District d = baseDistrict();
    d.industries[0].outputValue = 20;
    RecommendationThresholds strict;
    strict.candidateSupport = 0.21;
    d.leadingIndustries = {kElectronics}; // support 0.06: below the threshold
    const std::optional<Recommendation> leading = run(d, strict).find("leading-industry");
    ASSERT_TRUE((leading).has_value());
    EXPECT_TRUE(leading->measureEn.contains(
        QStringLiteral("The designated Electronics is not recommended: its input-output support "
                       "here is 0.06, below 0.21")))
        << leading->measureEn.toStdString();
    EXPECT_TRUE(leading->measureZh.contains(QStringLiteral("现定主导产业电子未入选")));
}

TEST(Recommendations, UtilityGapsNameTheItemsAndTheirGaps) {
    const std::optional<Recommendation> gaps = run(baseDistrict()).find("utility-gaps");
    ASSERT_TRUE((gaps).has_value());
    // Need: the gaps at or above 25% summed over all utility and transport items.
    EXPECT_GT(gaps->need, 0.0);
    EXPECT_EQ(gaps->measureEn, QStringLiteral("Close the infrastructure gaps: Water supply 50%"));
    EXPECT_EQ(gaps->measureZh, QStringLiteral("补齐基础设施短板：供水 50%"));
    District d = baseDistrict();
    provision(d, InfrastructureItem::Water) = {90, 100};
    EXPECT_FALSE((run(d).find("utility-gaps")).has_value());
}

TEST(Recommendations, ServiceAndFinanceGapsFollowTheirThresholds) {
    const Outcome r = run(baseDistrict());
    ASSERT_TRUE((r.find("service-gaps")).has_value());
    ASSERT_TRUE((r.find("finance-gap")).has_value());
    EXPECT_TRUE(r.find("finance-gap")->reasonEn.contains(QStringLiteral("75%")));
    District d = baseDistrict();
    provision(d, InfrastructureItem::RAndDInstitutions) = {60, 60};
    provision(d, InfrastructureItem::Banks) = {80, 80};
    const Outcome met = run(d);
    EXPECT_FALSE((met.find("service-gaps")).has_value());
    EXPECT_FALSE((met.find("finance-gap")).has_value());
}

TEST(Recommendations, BrokenChainNamesTheMissingSuppliers) {
    EXPECT_FALSE((run(baseDistrict()).find("broken-chain"))
                     .has_value()); // 2 of 3 key links present, density 0.33
    RecommendationThresholds strict;
    strict.chainCompleteness = 0.7;
    const std::optional<Recommendation> chain = run(baseDistrict(), strict).find("broken-chain");
    ASSERT_TRUE((chain).has_value());
    EXPECT_EQ(chain->sectors, (std::vector<SectorIndex>{kNewMaterials}));
    // Need: the input coefficient of the missing supplier (new materials into food).
    EXPECT_NEAR(chain->need, 0.10, 1e-12);
    EXPECT_TRUE(chain->measureEn.endsWith(QStringLiteral("add upstream: New materials")));
    EXPECT_TRUE(chain->measureZh.endsWith(QStringLiteral("补上游：新材料")));
}

TEST(Recommendations, LooseLinkageAloneAlsoTriggersTheChainRule) {
    District d = baseDistrict();
    d.links.clear();
    EXPECT_TRUE((run(d).find("broken-chain")).has_value());
}

TEST(Recommendations, TraditionalHeavyStructureIsToldWhichNewIndustriesFit) {
    const std::optional<Recommendation> upgrade =
        run(baseDistrict()).find("upgrade-traditional"); // 80% traditional
    ASSERT_TRUE((upgrade).has_value());
    EXPECT_EQ(upgrade->sectors,
              (std::vector<SectorIndex>{kNewMaterials})); // the only new industry it lacks
    RecommendationThresholds lenient;
    lenient.traditionalShare = 0.9;
    EXPECT_FALSE((run(baseDistrict(), lenient).find("upgrade-traditional")).has_value());
}

TEST(Recommendations, UpgradeSuggestsNoNewIndustryWithoutSupport) {
    District d = baseDistrict();
    d.industries.erase(d.industries.begin()); // no food: new materials loses its only buyer
    d.leadingIndustries = {kChemicals};
    d.links.clear();
    d.industries[1].outputValue = 5; // chemicals 20, electronics 5: 80% traditional
    const std::optional<Recommendation> upgrade = run(d).find("upgrade-traditional");
    ASSERT_TRUE((upgrade).has_value());
    EXPECT_TRUE(upgrade->sectors.empty());
    EXPECT_TRUE(upgrade->measureEn.contains(
        QStringLiteral("no new industry has enough input-output support")))
        << upgrade->measureEn.toStdString();
}

TEST(Recommendations, ResearchIsHeldToTheHighTechEnterpriseBenchmarkForItsSalesSize) {
    // Income 100 over 70 enterprises: 1.43 (100 million yuan) each, so the 4% band; 1.2% falls
    // short by 70%.
    const std::optional<Recommendation> rd = run(baseDistrict()).find("rd-below-benchmark");
    ASSERT_TRUE((rd).has_value());
    EXPECT_NEAR(rd->need, (0.04 - 0.012) / 0.04, 1e-12);
    EXPECT_TRUE(rd->measureEn.contains(QStringLiteral("technology development company")));
    EXPECT_TRUE(rd->reasonEn.startsWith(
        QStringLiteral("R&D intensity 1.20% is below the 4% high-tech enterprise benchmark")))
        << rd->reasonEn.toStdString();
    EXPECT_TRUE(rd->source.contains(QStringLiteral("[2016] No. 32")));
    District d = baseDistrict();
    d.innovation.rdSpending = 4.0;
    EXPECT_FALSE((run(d).find("rd-below-benchmark")).has_value());
}

TEST(Recommendations, ManySmesWithLittleResearchGetASharedPlatform) {
    EXPECT_FALSE((run(baseDistrict()).find("sme-platform")).has_value()); // SMEs 83% but R&D 1.2%
    District d = baseDistrict();
    d.innovation.rdSpending = 0.5;
    EXPECT_TRUE((run(d).find("sme-platform")).has_value());
}

TEST(Recommendations, TransferredInHighTechWithoutLocalRootsIsFlagged) {
    EXPECT_FALSE((run(baseDistrict()).find("transferred-industry")).has_value()); // food leads
    District d = baseDistrict();
    d.leadingIndustries = {kElectronics};
    d.innovation.rdSpending = 0.5;
    const std::optional<Recommendation> transferred = run(d).find("transferred-industry");
    ASSERT_TRUE((transferred).has_value());
    EXPECT_EQ(transferred->sectors, (std::vector<SectorIndex>{kElectronics}));
}

TEST(Recommendations, LargeDistrictsWithoutCapitalMarketAccessAreToldToUseIt) {
    ASSERT_TRUE((run(baseDistrict()).find("capital-markets")).has_value());
    District d = baseDistrict();
    d.finance.listedCompanies = 1;
    EXPECT_FALSE((run(d).find("capital-markets")).has_value());
    d.finance.listedCompanies = 0;
    d.finance.businessIncome = 40;
    EXPECT_FALSE((run(d).find("capital-markets")).has_value());
}

TEST(Recommendations, GovernmentRoleAndInnovationModeAreContextNotMeasures) {
    const Outcome r = run(baseDistrict());
    EXPECT_FALSE((r.find("government-role")).has_value());
    EXPECT_FALSE((r.find("innovation-mode")).has_value());
    EXPECT_TRUE(stageRole(ClusterStage::Organized, false)
                    .contains(QStringLiteral("protector of the environment")));
    EXPECT_TRUE(innovationModeNote(InnovationMode::Convergence, false)
                    .startsWith(QStringLiteral("Convergence innovation")));
    EXPECT_FALSE(stageRoleSource().isEmpty());
}

TEST(Recommendations, UnrankedMeasuresCarryANeedButNoPercentile) {
    for (const Recommendation& rec : run(baseDistrict()).list) {
        EXPECT_TRUE(std::isnan(rec.percentile)) << rec.ruleId.toStdString();
        EXPECT_GT(rec.need, 0.0) << rec.ruleId.toStdString();
        EXPECT_TRUE(recommendationRuleIds().contains(rec.ruleId));
        EXPECT_NE(measureTitle(rec.ruleId, true), rec.ruleId);
    }
}

TEST(NeedPercentile, IsTheShareOfPeersThatNeedItLess) {
    const std::vector<double> peers{0, 0, 0.1, 0.2, 0.2, 0.5};
    EXPECT_DOUBLE_EQ(needPercentile(0.5, peers), 5.0 / 6.0);
    EXPECT_DOUBLE_EQ(needPercentile(0.2, peers), 3.0 / 6.0);
    EXPECT_DOUBLE_EQ(needPercentile(0.1, peers), 2.0 / 6.0);
}

TEST(NeedPercentile, TiesNeverLiftMoreThanAFifthOfPeersToHighPriority) {
    // Half the peers share the largest need: none of them stands out from the others.
    std::vector<double> peers(10, 0.0);
    std::fill(peers.begin() + 5, peers.end(), 1.0);
    const RecommendationThresholds t;
    EXPECT_EQ(priorityForPercentile(needPercentile(1.0, peers), t), Priority::Medium);
    peers.back() = 2.0;
    EXPECT_EQ(priorityForPercentile(needPercentile(2.0, peers), t), Priority::High);
    EXPECT_EQ(priorityForPercentile(0.49, t), Priority::Low);
}

TEST(RankRecommendations, LeadsWithTheMostSevereMeasures) {
    std::vector<Recommendation> list = run(baseDistrict()).list;
    ASSERT_GE(list.size(), 3u);
    std::map<QString, double> percentiles;
    double p = 0.1;
    for (const Recommendation& r : list) {
        percentiles[r.ruleId] = p;
        p += 0.3;
    }
    rankRecommendations(list, percentiles, {});
    EXPECT_EQ(list.front().priority, Priority::High);
    for (std::size_t k = 1; k < list.size(); ++k) {
        EXPECT_GE(list[k - 1].percentile, list[k].percentile);
    }
}

TEST(Recommendations, AreOrderedByPriority) {
    const Outcome r = run(baseDistrict());
    for (std::size_t k = 1; k < r.list.size(); ++k) {
        EXPECT_LE(static_cast<int>(r.list[k - 1].priority), static_cast<int>(r.list[k].priority));
    }
    for (const Recommendation& rec : r.list) {
        EXPECT_FALSE(rec.measureZh.isEmpty());
        EXPECT_FALSE(rec.reasonEn.isEmpty());
        EXPECT_FALSE(rec.source.isEmpty());
    }
}
