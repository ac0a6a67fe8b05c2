// How the recommendations spread over the districts of the bundled sample plans. The samples are
// regenerated from time to time, so these tests assert properties a planner relies on, never
// sample-specific counts: a measure that is high priority for most districts, or a list that is
// the same for everyone, tells a planner nothing.

#include "analysis/plan_analysis.h"
#include "io/plan_folder_reader.h"
#include "support/test_data.h"

#include <QDir>

#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <set>

using namespace agglomap;
using namespace agglomap::analysis;

namespace {

std::unique_ptr<model::Plan> samplePlan(const QString& key) {
    auto regions = std::make_shared<const geo::RegionHierarchy>(test::bundledHierarchy(key));
    auto plan = io::readPlanFolder(
        QDir(test::provinceDirectory(key)).filePath(QStringLiteral("plan")), regions);
    EXPECT_TRUE(plan.ok());
    return std::move(plan).value();
}

struct Spread {
    int districts = 0;
    // rule -> number of districts it fires for, by priority
    std::map<QString, std::array<int, 3>> byRule;
    std::set<QStringList> distinctLists;

    [[nodiscard]] int fired(const QString& rule) const {
        const auto& p = byRule.at(rule);
        return p[0] + p[1] + p[2];
    }
};

Spread spreadOf(const model::Plan& plan, const PlanAnalysis& analysis) {
    Spread s;
    for (const model::District* d : plan.districts()) {
        ++s.districts;
        QStringList list;
        for (const Recommendation& r : *analysis.recommendations(d->id)) {
            ++s.byRule[r.ruleId][static_cast<std::size_t>(r.priority)];
            list << r.ruleId + QLatin1Char(':') + priorityKey(r.priority);
        }
        s.distinctLists.insert(list);
    }
    return s;
}

void print(const char* plan, const Spread& s) {
    std::cout << plan << ": " << s.districts << " districts, " << s.distinctLists.size()
              << " distinct lists\n";
    for (const auto& [rule, p] : s.byRule) {
        std::cout << "  " << rule.toStdString() << ": fires " << p[0] + p[1] + p[2] << " (high "
                  << p[0] << ", medium " << p[1] << ", low " << p[2] << ")\n";
    }
}

class RecommendationSpread : public ::testing::TestWithParam<const char*> {};

} // namespace

TEST_P(RecommendationSpread, NoMeasureIsHighPriorityForMoreThanAThirdOfDistricts) {
    const auto plan = samplePlan(QString::fromLatin1(GetParam()));
    const PlanAnalysis analysis(*plan);
    const Spread s = spreadOf(*plan, analysis);
    print(GetParam(), s);
    ASSERT_GT(s.districts, 0);
    for (const auto& [rule, p] : s.byRule) {
        EXPECT_LE(p[0] * 3, s.districts) << rule.toStdString() << " is high for " << p[0];
    }
}

TEST_P(RecommendationSpread, RulesTellDistrictsApart) {
    const auto plan = samplePlan(QString::fromLatin1(GetParam()));
    const PlanAnalysis analysis(*plan);
    const Spread s = spreadOf(*plan, analysis);
    ASSERT_FALSE(s.byRule.empty());
    // Not every rule fires for (nearly) all districts (90% or more).
    int nearlyAll = 0;
    for (const auto& [rule, p] : s.byRule) {
        nearlyAll += s.fired(rule) * 10 >= s.districts * 9 ? 1 : 0;
    }
    EXPECT_LT(nearlyAll, static_cast<int>(s.byRule.size()));
    // A rule that fires for many districts sets them apart by priority.
    for (const auto& [rule, p] : s.byRule) {
        if (s.fired(rule) * 2 >= s.districts) {
            const int levels = (p[0] > 0 ? 1 : 0) + (p[1] > 0 ? 1 : 0) + (p[2] > 0 ? 1 : 0);
            EXPECT_GE(levels, 2) << rule.toStdString() << " has one priority for all";
        }
    }
    // Lists differ between districts.
    EXPECT_GE(s.distinctLists.size() * 4, static_cast<std::size_t>(s.districts))
        << "fewer distinct lists than a quarter of the districts";
}

INSTANTIATE_TEST_SUITE_P(SamplePlans, RecommendationSpread, ::testing::Values("henan", "ningxia"));
