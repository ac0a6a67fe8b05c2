#include "analysis/recommendations.h"
#include "support/sample_district.h"

#include <gtest/gtest.h>

#include <algorithm>
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
    EXPECT_EQ(leading->priority, Priority::High);
    // Equal shares: the location quotient decides (food 3.3, electronics 3.3, chemicals 1.1).
    ASSERT_EQ(leading->sectors.size(), 3u);
    EXPECT_EQ(leading->sectors.back(), kChemicals);
    EXPECT_TRUE(leading->measureEn.startsWith(
        QStringLiteral("Select and cultivate a leading industry; candidates: ")));
    EXPECT_TRUE(leading->reasonEn.contains(QStringLiteral("below the 40%")));
    EXPECT_TRUE(leading->source.contains(QStringLiteral("Henan paper")));
}

TEST(Recommendations, UtilityGapsNameTheItemsAndTheirGaps) {
    const std::optional<Recommendation> gaps = run(baseDistrict()).find("utility-gaps");
    ASSERT_TRUE((gaps).has_value());
    EXPECT_EQ(gaps->priority, Priority::High); // water half missing
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

TEST(Recommendations, ResearchBelowOnePercentCallsForGovernmentLedTechnology) {
    EXPECT_FALSE((run(baseDistrict()).find("rd-below-benchmark")).has_value()); // 1.2%
    District d = baseDistrict();
    d.innovation.rdSpending = 0.5;
    const std::optional<Recommendation> rd = run(d).find("rd-below-benchmark");
    ASSERT_TRUE((rd).has_value());
    EXPECT_EQ(rd->priority, Priority::High);
    EXPECT_TRUE(rd->measureEn.contains(QStringLiteral("technology development company")));
    EXPECT_TRUE(
        rd->reasonEn.startsWith(QStringLiteral("R&D intensity 0.50% is below the 1% benchmark")));
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

TEST(Recommendations, EveryDistrictGetsTheGovernmentRoleForItsStageAndAnInnovationMode) {
    const Outcome r = run(baseDistrict());
    const std::optional<Recommendation> role = r.find("government-role");
    ASSERT_TRUE((role).has_value());
    EXPECT_TRUE(role->measureEn.contains(
        QStringLiteral("protector of the environment"))); // organized stage
    const std::optional<Recommendation> mode = r.find("innovation-mode");
    ASSERT_TRUE((mode).has_value());
    EXPECT_TRUE(mode->measureEn.startsWith(QStringLiteral("Convergence innovation")));
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
