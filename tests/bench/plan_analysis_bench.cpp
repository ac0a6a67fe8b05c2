// One edit to refreshed indicators, classes and recommendations, on the Henan sample plan and on
// a synthetic national-scale plan (2,900 counties, 3,000 districts).
// Run: bash tools/dev.sh bench --benchmark_filter=Edit
#include "analysis/classification_method.h"
#include "analysis/plan_analysis.h"
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

double pseudo(int a, int b) {
    return static_cast<double>((a * 2654435761u + b * 40503u) % 10007u) / 10007.0;
}

// 2,900 counties in 290 cities, each a small square; 3,000 districts with 4 sectors each.
std::unique_ptr<model::Plan> nationalPlan() {
    auto square = [](double x, double y, double size) {
        geo::Polygon p;
        p.outer() = {{x, y}, {x, y + size}, {x + size, y + size}, {x + size, y}, {x, y}};
        return geo::MultiPolygon{p};
    };
    std::vector<geo::Region> regions;
    regions.push_back({100000, 0, geo::RegionLevel::Province, geo::RegionKind::Province, "全国",
                       "Nation", square(73, 18, 60)});
    for (int city = 0; city < 290; ++city) {
        const int cityCode = 100000 + (city + 1) * 100;
        regions.push_back({cityCode, 100000, geo::RegionLevel::City, geo::RegionKind::City, "市",
                           "City", square(73 + city % 20 * 3.0, 18 + city / 20 * 3.0, 3)});
        for (int county = 0; county < 10; ++county) {
            regions.push_back(
                {cityCode + county + 1, cityCode, geo::RegionLevel::County, geo::RegionKind::County,
                 "县", "County",
                 square(73 + city % 20 * 3.0 + county * 0.3, 18 + city / 20 * 3.0, 0.3)});
        }
    }
    auto hierarchy = std::make_shared<const geo::RegionHierarchy>(
        geo::RegionHierarchy::build(std::move(regions)).value());
    auto plan = std::make_unique<model::Plan>(hierarchy, model::SectorCatalogue::standard());
    const int sectors = plan->sectors().size();
    for (int i = 0; i < 3000; ++i) {
        model::District d;
        d.nameZh = QStringLiteral("集聚区");
        d.hostCounty = 100000 + (i % 290 + 1) * 100 + i % 10 + 1;
        for (int k = 0; k < 4; ++k) {
            d.industries.push_back(
                {(i * 7 + k * 5) % sectors, 10 + 100 * pseudo(i, k), 1000, 20, 18, 0});
        }
        d.leadingIndustries = {d.industries.front().sector};
        d.finance.businessIncome = 50 + 200 * pseudo(i, 9);
        d.innovation.rdSpending = d.finance.businessIncome * 0.02 * pseudo(i, 11);
        for (auto& p : d.infrastructure) {
            p = {50 + 40 * pseudo(i, 13), 80};
        }
        (void)plan->addDistrict(std::move(d));
    }
    return plan;
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
    const auto plan = nationalPlan();
    editAndRefresh(state, *plan);
}
BENCHMARK(BM_EditNational)->Unit(benchmark::kMillisecond);

// An edit that leaves the province's output mix alone (a provision level) touches one district.
void BM_EditProvisionNational(benchmark::State& state) {
    const auto plan = nationalPlan();
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
