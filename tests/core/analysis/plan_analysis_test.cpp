#include "analysis/plan_analysis.h"
#include "io/plan_folder_reader.h"
#include "support/test_data.h"

#include <QDir>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace agglomap;
using namespace agglomap::analysis;
using model::DistrictId;

namespace {

// A reference economy for the plan's province: every sector's output from `output`, and GDP and
// R&D for the province and one city.
model::ReferenceEconomy referenceFor(const model::Plan& plan, const std::vector<double>& output) {
    model::ReferenceEconomy reference;
    const geo::RegionCode province = plan.regions().province().code;
    for (model::SectorIndex s = 0; s < plan.sectors().size(); ++s) {
        reference.set(province, model::ReferenceEconomy::outputItem(plan.sectors().at(s).code),
                      {output[static_cast<std::size_t>(s)],
                       model::Provenance::illustrative(QStringLiteral("test"))});
    }
    return reference;
}

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
        EXPECT_TRUE(same(a.krugmanWithinPlan, b.krugmanWithinPlan)) << d->id.value;
        EXPECT_TRUE(same(a.infrastructureGap, b.infrastructureGap)) << d->id.value;
        EXPECT_TRUE(same(a.chainCompleteness, b.chainCompleteness)) << d->id.value;
        for (std::size_t s = 0; s < a.locationQuotients.size(); ++s) {
            ASSERT_TRUE(same(a.locationQuotients[s], b.locationQuotients[s]))
                << d->id.value << " sector " << s;
            ASSERT_TRUE(same(a.locationQuotientsWithinPlan[s], b.locationQuotientsWithinPlan[s]))
                << d->id.value << " sector " << s;
        }
        EXPECT_EQ(a.stage, b.stage);
        const auto& ra = *incremental.recommendations(d->id);
        const auto& rb = *fresh.recommendations(d->id);
        ASSERT_EQ(ra.size(), rb.size()) << d->id.value;
        for (std::size_t k = 0; k < ra.size(); ++k) {
            EXPECT_EQ(ra[k].measureEn, rb[k].measureEn) << d->id.value;
            EXPECT_EQ(ra[k].reasonEn, rb[k].reasonEn) << d->id.value;
            EXPECT_EQ(ra[k].priority, rb[k].priority) << d->id.value;
            EXPECT_TRUE(same(ra[k].percentile, rb[k].percentile)) << d->id.value;
            EXPECT_TRUE(same(ra[k].need, rb[k].need)) << d->id.value;
        }
    }
    // Every region's every metric and illustrative mark, as the map, table and CSV show them.
    std::vector<geo::RegionCode> regions{plan.regions().province().code};
    for (geo::RegionLevel level : {geo::RegionLevel::City, geo::RegionLevel::County}) {
        for (const geo::Region* region : plan.regions().regionsAt(level)) {
            regions.push_back(region->code);
        }
    }
    for (geo::RegionCode region : regions) {
        const RegionSummary& a = *incremental.summary(region);
        const RegionSummary& b = *fresh.summary(region);
        ASSERT_EQ(a.districts, b.districts) << region;
        for (const DistrictMetric& metric : districtMetrics()) {
            EXPECT_TRUE(same(a.metric(metric).value, b.metric(metric).value))
                << region << " " << metric.id.toStdString();
            EXPECT_EQ(a.metric(metric).illustrative, b.metric(metric).illustrative)
                << region << " " << metric.id.toStdString();
        }
    }
    for (const model::District* d : plan.districts()) {
        for (const DistrictMetric& metric : districtMetrics()) {
            EXPECT_EQ(incremental.restsOnIllustrative(d->id, metric),
                      fresh.restsOnIllustrative(d->id, metric))
                << d->id.value << " " << metric.id.toStdString();
        }
    }
}

} // namespace

TEST(PlanAnalysis, SummarisesTheProvinceAndItsCities) {
    const auto plan = henanPlan();
    const PlanAnalysis analysis(*plan);
    const RegionSummary* province = analysis.summary(410000);
    ASSERT_NE(province, nullptr);
    EXPECT_EQ(province->districts, 175);
    EXPECT_NEAR(province->metric(*findDistrictMetric("fixed-investment")).value, 687.3, 1e-6);
    EXPECT_NEAR(province->metric(*findDistrictMetric("clearly-positioned")).value, 23.0 / 175.0,
                1e-12);
    EXPECT_TRUE(province->metric(*findDistrictMetric("business-income")).illustrative);
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
    // The water gap of 89% puts the district among the province's neediest for utilities.
    const auto& recommendations = *incremental.recommendations(id);
    EXPECT_TRUE(
        std::any_of(recommendations.begin(), recommendations.end(), [](const Recommendation& r) {
            return r.ruleId == QLatin1String("utility-gaps") && r.percentile >= 0.5;
        }));
}

TEST(PlanAnalysis, LocationQuotientsUseTheReferenceEconomyWhenItsTableIsComplete) {
    auto plan = henanPlan();
    plan->setReferenceEconomy({}); // the sample's own is replaced below
    PlanAnalysis analysis(*plan);
    EXPECT_EQ(analysis.context().referenceSource, ReferenceSource::PlanDistricts);
    const auto planOutput = outputBySector(plan->districts(), plan->sectors().size());
    // A province ten times the districts, with every sector equally large.
    std::vector<double> flat(planOutput.size(), 100.0);
    QSignalSpy changed(&analysis, &PlanAnalysis::analysisChanged);
    plan->setReferenceEconomy(referenceFor(*plan, flat));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(analysis.context().referenceSource, ReferenceSource::ReferenceEconomy);
    EXPECT_TRUE(analysis.context().referenceIllustrative);
    const model::District* d = plan->districts().front();
    const DistrictIndicators& i = *analysis.indicators(d->id);
    const double total = d->totalOutput();
    const double planTotal = std::accumulate(planOutput.begin(), planOutput.end(), 0.0);
    for (const auto& activity : d->industries) {
        const auto s = static_cast<std::size_t>(activity.sector);
        // (x_i / X) / (P_i / P) with P_i / P = 1 / N.
        EXPECT_NEAR(i.locationQuotients[s],
                    activity.outputValue / total * static_cast<double>(flat.size()), 1e-9);
        EXPECT_NEAR(i.locationQuotientsWithinPlan[s],
                    (activity.outputValue / total) / (planOutput[s] / planTotal), 1e-9);
    }
    // One sector missing: no complete table, so back to the districts' own sum.
    model::ReferenceEconomy partial;
    for (model::SectorIndex s = 1; s < plan->sectors().size(); ++s) {
        partial.set(plan->regions().province().code,
                    model::ReferenceEconomy::outputItem(plan->sectors().at(s).code),
                    {100.0, model::Provenance::entered()});
    }
    plan->setReferenceEconomy(partial);
    EXPECT_EQ(analysis.context().referenceSource, ReferenceSource::PlanDistricts);
    const DistrictIndicators& fallback = *analysis.indicators(d->id);
    for (std::size_t s = 0; s < fallback.locationQuotients.size(); ++s) {
        EXPECT_TRUE(same(fallback.locationQuotients[s], fallback.locationQuotientsWithinPlan[s]));
    }
}

TEST(PlanAnalysis, RegionSummariesHoldRdAsAShareOfGdpFromTheReference) {
    auto plan = henanPlan();
    plan->setReferenceEconomy({}); // the sample's own is replaced below
    PlanAnalysis analysis(*plan);
    EXPECT_TRUE(std::isnan(analysis.summary(410000)->rdShareOfGdp));
    model::ReferenceEconomy reference;
    const auto yearbook =
        model::Provenance::imported(QStringLiteral("yearbook.csv"), QStringLiteral("value"), 1);
    reference.set(410000, model::ReferenceEconomy::gdpItem(), {19480.46, yearbook});
    reference.set(410000, model::ReferenceEconomy::rdSpendingItem(), {174.76, yearbook});
    reference.set(410300, model::ReferenceEconomy::gdpItem(),
                  {1880.0, model::Provenance::illustrative(QStringLiteral("test"))});
    reference.set(410300, model::ReferenceEconomy::rdSpendingItem(), {40.0, yearbook});
    plan->setReferenceEconomy(reference);
    const RegionSummary& province = *analysis.summary(410000);
    EXPECT_NEAR(province.rdShareOfGdp, 174.76 / 19480.46, 1e-12);
    EXPECT_EQ(province.rdGdpTier, RdTier::BelowOnePercent);
    EXPECT_FALSE(province.referenceIllustrative);
    const RegionSummary& luoyang = *analysis.summary(410300);
    EXPECT_EQ(luoyang.rdGdpTier, RdTier::TwoPercent); // 2.1%
    EXPECT_TRUE(luoyang.referenceIllustrative);
    // A district's R&D is not held to the share-of-GDP benchmarks.
    EXPECT_TRUE(analysis.indicators(plan->districts().front()->id)->rdBenchmark >= 0.03);
}

TEST(PlanAnalysis, IncrementalUpdatesAgreeWithAFullRecomputationAgainstAReference) {
    auto plan = henanPlan();
    plan->setReferenceEconomy(referenceFor(
        *plan, std::vector<double>(static_cast<std::size_t>(plan->sectors().size()), 250.0)));
    PlanAnalysis incremental(*plan);
    const model::District* first = plan->districts().front();
    const model::District* last = plan->districts().back();
    model::SectorActivity grown = first->industries.front();
    grown.outputValue *= 4.0;
    ASSERT_TRUE(plan->setSectorActivity(first->id, grown));
    ASSERT_TRUE(plan->setProvision(last->id, model::InfrastructureItem::Power, {0, 100}));
    model::Finance finance = last->finance;
    finance.businessIncome *= 3.0;
    ASSERT_TRUE(plan->setFinance(last->id, finance));
    const PlanAnalysis fresh(*plan);
    expectSameResults(incremental, fresh, *plan);
}

TEST(PlanAnalysis, PriorityFollowsEachDistrictsPercentileAmongItsPeers) {
    const auto plan = henanPlan();
    const PlanAnalysis analysis(*plan);
    std::map<QString, std::vector<std::pair<double, double>>> needAndPercentile;
    for (const model::District* d : plan->districts()) {
        const auto& list = *analysis.recommendations(d->id);
        for (std::size_t k = 0; k < list.size(); ++k) {
            const Recommendation& r = list[k];
            ASSERT_FALSE(std::isnan(r.percentile)) << r.ruleId.toStdString();
            EXPECT_EQ(r.priority,
                      priorityForPercentile(r.percentile, analysis.recommendationThresholds()));
            needAndPercentile[r.ruleId].emplace_back(r.need, r.percentile);
            // Most severe first.
            if (k > 0) {
                EXPECT_LE(static_cast<int>(list[k - 1].priority), static_cast<int>(r.priority));
                if (list[k - 1].priority == r.priority) {
                    EXPECT_GE(list[k - 1].percentile, r.percentile);
                }
            }
        }
    }
    // Within a rule, more need never ranks lower.
    for (auto& [rule, pairs] : needAndPercentile) {
        std::sort(pairs.begin(), pairs.end());
        for (std::size_t k = 1; k < pairs.size(); ++k) {
            EXPECT_LE(pairs[k - 1].second, pairs[k].second) << rule.toStdString();
        }
    }
}

TEST(PlanAnalysis, ZoneLevelAndTypePeersRankWithinTheirGroup) {
    const auto plan = henanPlan();
    PlanAnalysis analysis(*plan);
    RecommendationThresholds byGroup;
    byGroup.peers = PeerGroup::ZoneLevelAndType;
    byGroup.minimumPeers = 1;
    analysis.setThresholds(analysis.context().thresholds, byGroup);
    // In every group of one zone level and type, the district that needs a measure most is
    // ahead of all its peers but none: its percentile is (group size - ties - ...) / size < 1.
    std::map<std::pair<int, int>, int> groupSize;
    for (const model::District* d : plan->districts()) {
        ++groupSize[{static_cast<int>(d->zoneLevel), static_cast<int>(d->type)}];
    }
    for (const model::District* d : plan->districts()) {
        const int size = groupSize[{static_cast<int>(d->zoneLevel), static_cast<int>(d->type)}];
        for (const Recommendation& r : *analysis.recommendations(d->id)) {
            // A percentile among n peers is a multiple of 1/n.
            const double scaled = r.percentile * size;
            EXPECT_NEAR(scaled, std::round(scaled), 1e-9) << r.ruleId.toStdString();
        }
    }
}

TEST(PlanAnalysis, RegionMeasuresListTheDistrictsThatNeedThemMost) {
    const auto plan = henanPlan();
    const PlanAnalysis analysis(*plan);
    const auto measures = analysis.measuresIn(410300, 3); // Luoyang
    ASSERT_FALSE(measures.empty());
    for (const RegionMeasure& m : measures) {
        EXPECT_TRUE(recommendationRuleIds().contains(m.ruleId));
        EXPECT_GT(m.districts, 0);
        EXPECT_LE(m.districts, 17);
        EXPECT_LE(m.mostInNeed.size(), 3u);
        for (std::size_t k = 0; k < m.mostInNeed.size(); ++k) {
            EXPECT_EQ(plan->district(m.mostInNeed[k].id)->hostCity, 410300);
            if (k > 0) {
                EXPECT_GE(m.mostInNeed[k - 1].percentile, m.mostInNeed[k].percentile);
            }
        }
        // The first named is the district of the city that needs it most.
        double best = 0.0;
        for (const model::District* d : plan->districtsIn(410300)) {
            for (const Recommendation& r : *analysis.recommendations(d->id)) {
                best = r.ruleId == m.ruleId ? std::max(best, r.percentile) : best;
            }
        }
        EXPECT_DOUBLE_EQ(m.mostInNeed.front().percentile, best) << m.ruleId.toStdString();
    }
}
