#include "analysis/scenario_comparison.h"
#include "io/plan_source.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace agglomap;
using namespace agglomap::analysis;

namespace {

class ScenarioComparisonTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = io::openPlan(QStringLiteral("henan"), test::mapsDirectory());
        ASSERT_TRUE(opened.ok());
        m_opened = std::move(opened).value();
        m_baseAnalysis = std::make_unique<PlanAnalysis>(*m_opened.plan);
        m_scenario = m_opened.plan->clone();
        m_scenarioAnalysis = std::make_unique<PlanAnalysis>(*m_scenario);
    }

    ScenarioComparison compare() const {
        return compareScenarios(*m_opened.plan, *m_baseAnalysis, *m_scenario, *m_scenarioAnalysis);
    }

    // A district the baseline advises to close its utility gaps.
    const model::District* districtWithUtilityGaps() const {
        for (const model::District* district : m_opened.plan->districts()) {
            const auto& advice = *m_baseAnalysis->recommendations(district->id);
            if (std::any_of(advice.begin(), advice.end(), [](const Recommendation& r) {
                    return r.ruleId == QLatin1String("utility-gaps");
                })) {
                return district;
            }
        }
        return nullptr;
    }

    io::OpenedPlan m_opened;
    std::unique_ptr<PlanAnalysis> m_baseAnalysis;
    std::unique_ptr<model::Plan> m_scenario;
    std::unique_ptr<PlanAnalysis> m_scenarioAnalysis;
};

} // namespace

TEST_F(ScenarioComparisonTest, AnUneditedScenarioChangesNothing) {
    EXPECT_TRUE(compare().isEmpty());
}

TEST_F(ScenarioComparisonTest, ClosingADistrictsGapsRemovesItsAdviceAndLowersItsGap) {
    const model::District* district = districtWithUtilityGaps();
    ASSERT_NE(district, nullptr);
    for (const auto& info : model::infrastructureItems()) {
        model::Provision provision = district->provision(info.item);
        provision.current = std::max(provision.current, provision.required);
        ASSERT_TRUE(m_scenario->setProvision(district->id, info.item, provision).ok());
    }
    const ScenarioComparison comparison = compare();
    ASSERT_FALSE(comparison.indicators.empty());
    for (const IndicatorChange& change : comparison.indicators) {
        EXPECT_EQ(change.district, district->id) << change.metricId.toStdString();
    }
    const auto gap = std::find_if(
        comparison.indicators.begin(), comparison.indicators.end(),
        [](const IndicatorChange& c) { return c.metricId == QLatin1String("infrastructure-gap"); });
    ASSERT_NE(gap, comparison.indicators.end());
    EXPECT_GT(gap->baseline, 0.0);
    EXPECT_EQ(gap->scenario, 0.0);
    const auto removed = std::find_if(
        comparison.recommendations.begin(), comparison.recommendations.end(),
        [](const RecommendationChange& c) {
            return !c.added && c.recommendation.ruleId == QLatin1String("utility-gaps");
        });
    ASSERT_NE(removed, comparison.recommendations.end());
    EXPECT_EQ(removed->district, district->id);
    // The baseline plan itself is untouched.
    EXPECT_FALSE(compareScenarios(*m_opened.plan, *m_baseAnalysis, *m_opened.plan, *m_baseAnalysis)
                     .indicators.size());
}

TEST_F(ScenarioComparisonTest, OpeningAGapAddsAdvice) {
    const model::District* district = m_scenario->districts().front();
    ASSERT_TRUE(m_scenario
                    ->setProvision(district->id, model::InfrastructureItem::Water,
                                   model::Provision{0.0, 100.0})
                    .ok());
    const ScenarioComparison comparison = compare();
    const bool added = std::any_of(
        comparison.recommendations.begin(), comparison.recommendations.end(),
        [&](const RecommendationChange& c) { return c.added && c.district == district->id; });
    EXPECT_TRUE(added);
}

TEST_F(ScenarioComparisonTest, AddedAndRemovedDistrictsAreListed) {
    const model::District* first = m_scenario->districts().front();
    const model::DistrictId removedId = first->id;
    model::District copy = *first;
    copy.id = {};
    copy.nameZh = QStringLiteral("新集聚区");
    ASSERT_TRUE(m_scenario->removeDistrict(removedId).ok());
    const auto added = m_scenario->addDistrict(copy);
    ASSERT_TRUE(added.ok());
    const ScenarioComparison comparison = compare();
    EXPECT_EQ(comparison.removedDistricts, std::vector{removedId});
    EXPECT_EQ(comparison.addedDistricts, std::vector{added.value()});
}
