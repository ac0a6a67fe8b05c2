#include "analysis/plan_analysis.h"
#include "io/plan_folder_reader.h"
#include "support/test_data.h"

#include <QDir>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

using namespace agglomap;
using namespace agglomap::analysis;
using model::DistrictId;

namespace {

std::unique_ptr<model::Plan> henanPlan() {
    auto regions = std::make_shared<const geo::RegionHierarchy>(
        test::bundledHierarchy(QStringLiteral("henan")));
    auto plan = io::readPlanFolder(
        QDir(test::provinceDirectory(QStringLiteral("henan"))).filePath(QStringLiteral("plan")),
        regions);
    EXPECT_TRUE(plan.ok());
    return std::move(plan).value();
}

bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-9 * (1 + std::abs(b));
}

void expectSameResults(const PlanAnalysis& incremental, const PlanAnalysis& fresh,
                       const model::Plan& plan) {
    for (const model::District* d : plan.districts()) {
        const DistrictIndicators& a = *incremental.indicators(d->id);
        const DistrictIndicators& b = *fresh.indicators(d->id);
        EXPECT_TRUE(same(a.leadingShare, b.leadingShare)) << d->id.value;
        EXPECT_TRUE(same(a.krugman, b.krugman)) << d->id.value;
        EXPECT_TRUE(same(a.infrastructureGap, b.infrastructureGap)) << d->id.value;
        EXPECT_TRUE(same(a.chainCompleteness, b.chainCompleteness)) << d->id.value;
        for (std::size_t s = 0; s < a.locationQuotients.size(); ++s) {
            ASSERT_TRUE(same(a.locationQuotients[s], b.locationQuotients[s]))
                << d->id.value << " sector " << s;
        }
        EXPECT_EQ(a.stage, b.stage);
        const auto& ra = *incremental.recommendations(d->id);
        const auto& rb = *fresh.recommendations(d->id);
        ASSERT_EQ(ra.size(), rb.size()) << d->id.value;
        for (std::size_t k = 0; k < ra.size(); ++k) {
            EXPECT_EQ(ra[k].measureEn, rb[k].measureEn) << d->id.value;
            EXPECT_EQ(ra[k].reasonEn, rb[k].reasonEn) << d->id.value;
        }
    }
    for (geo::RegionCode region : {410000, 410700, 410728}) {
        EXPECT_TRUE(
            same(incremental.summary(region)->totalOutput, fresh.summary(region)->totalOutput))
            << region;
        EXPECT_TRUE(same(incremental.summary(region)->meanInfrastructureGap,
                         fresh.summary(region)->meanInfrastructureGap));
    }
}

} // namespace

TEST(PlanAnalysis, SummarisesTheProvinceAndItsCities) {
    const auto plan = henanPlan();
    const PlanAnalysis analysis(*plan);
    const RegionSummary* province = analysis.summary(410000);
    ASSERT_NE(province, nullptr);
    EXPECT_EQ(province->districts, 175);
    EXPECT_NEAR(province->fixedInvestment, 687.3, 1e-6);
    EXPECT_NEAR(province->clearlyPositionedShare, 23.0 / 175.0, 1e-12);
    EXPECT_TRUE(province->illustrative);
    EXPECT_EQ(analysis.summary(410300)->districts, 17); // Luoyang, Table 1
    EXPECT_EQ(analysis.summary(419000)->districts, 3);  // Jiyuan
}

TEST(PlanAnalysis, IncrementalUpdatesAgreeWithAFullRecomputation) {
    auto plan = henanPlan();
    PlanAnalysis incremental(*plan);
    QSignalSpy changed(&incremental, &PlanAnalysis::analysisChanged);
    const model::District* changyuan = nullptr;
    for (const model::District* d : plan->districts()) {
        if (d->nameZh == QStringLiteral("长垣县产业集聚区")) {
            changyuan = d;
        }
    }
    ASSERT_NE(changyuan, nullptr);
    const DistrictId id = changyuan->id;
    model::SectorActivity lifting = *changyuan->activity(changyuan->leadingIndustries.front());
    lifting.outputValue *= 3.0;
    ASSERT_TRUE(plan->setSectorActivity(id, lifting));
    ASSERT_TRUE(plan->setProvision(id, model::InfrastructureItem::Water, {10, 90}));
    ASSERT_TRUE(plan->setInnovation(DistrictId{1}, {0.1, 3, 1, 0}));
    EXPECT_EQ(changed.count(), 3);
    const PlanAnalysis fresh(*plan);
    expectSameResults(incremental, fresh, *plan);
    // The edit shows in the district's results.
    EXPECT_GT(incremental.indicators(id)->leadingShare, 0.6);
    const auto& recommendations = *incremental.recommendations(id);
    EXPECT_TRUE(
        std::any_of(recommendations.begin(), recommendations.end(), [](const Recommendation& r) {
            return r.ruleId == QLatin1String("utility-gaps") && r.priority == Priority::High;
        }));
}
