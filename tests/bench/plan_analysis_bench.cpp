// One edit to refreshed indicators, classes and recommendations, on the Henan sample plan and on
// a synthetic national-scale plan (2,900 counties, 3,000 districts).
// Run: bash tools/dev.sh bench --benchmark_filter=Edit
#include "analysis/classification_method.h"
#include "analysis/plan_analysis.h"
#include "bench/synthetic_plan.h"
#include "io/plan_folder_reader.h"
#include "support/test_data.h"

#include <QDir>

#include <benchmark/benchmark.h>

using namespace agglomap;

namespace {

std::unique_ptr<model::Plan> henanPlan() {
    auto regions = std::make_shared<const geo::RegionHierarchy>(
        test::bundledHierarchy(QStringLiteral("henan")));
    return io::readPlanFolder(QDir(test::provinceDirectory(QStringLiteral("henan")))
                                  .filePath(QStringLiteral("plan")),
                              regions)
        .value();
}

// Edits one district's output, then classifies the leading share as the map would.
void editAndRefresh(benchmark::State& state, model::Plan& plan) {
    analysis::PlanAnalysis analysis(plan);
    const auto method = analysis::makeClassificationMethod(QStringLiteral("natural-breaks"));
    const auto districts = plan.districts();
    std::vector<double> values(districts.size());
    int edit = 0;
    for (auto _ : state) {
        const model::District* target =
            districts[static_cast<std::size_t>(edit * 37) % districts.size()];
        model::SectorActivity activity = target->industries.front();
        activity.outputValue *= (edit % 2 == 0) ? 1.1 : 1.0 / 1.1;
        (void)plan.setSectorActivity(target->id, activity); // analysis updates on the signal
        for (std::size_t k = 0; k < districts.size(); ++k) {
            values[k] = analysis.indicators(districts[k]->id)->leadingShare;
        }
        benchmark::DoNotOptimize(method->classify(values, 5));
        // The recommendation panel shows the edited district.
        benchmark::DoNotOptimize(analysis.recommendations(target->id)->size());
        ++edit;
    }
}

void BM_EditHenan(benchmark::State& state) {
    const auto plan = henanPlan();
    editAndRefresh(state, *plan);
}
BENCHMARK(BM_EditHenan)->Unit(benchmark::kMicrosecond);

void BM_EditNational(benchmark::State& state) {
    const auto plan = bench::nationalPlan();
    editAndRefresh(state, *plan);
}
BENCHMARK(BM_EditNational)->Unit(benchmark::kMillisecond);

// An edit that leaves the province's output mix alone (a provision level) touches one district.
void BM_EditProvisionNational(benchmark::State& state) {
    const auto plan = bench::nationalPlan();
    analysis::PlanAnalysis analysis(*plan);
    const auto districts = plan->districts();
    int edit = 0;
    for (auto _ : state) {
        const model::District* target =
            districts[static_cast<std::size_t>(edit * 37) % districts.size()];
        (void)plan->setProvision(target->id, model::InfrastructureItem::Water,
                                 {static_cast<double>(edit % 100), 80});
        ++edit;
    }
}
BENCHMARK(BM_EditProvisionNational)->Unit(benchmark::kMicrosecond);

} // namespace
