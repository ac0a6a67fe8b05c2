#include "bench/synthetic_plan.h"

namespace agglomap::bench {

namespace {

double pseudo(int a, int b) {
    return static_cast<double>((a * 2654435761u + b * 40503u) % 10007u) / 10007.0;
}

} // namespace

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

} // namespace agglomap::bench
