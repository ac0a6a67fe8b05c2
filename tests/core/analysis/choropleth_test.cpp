#include "analysis/choropleth.h"
#include "io/plan_folder_reader.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

using namespace agglomap;
using namespace agglomap::analysis;

namespace {

class ChoroplethTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto regions = std::make_shared<const geo::RegionHierarchy>(
            test::bundledHierarchy(QStringLiteral("henan")));
        auto plan = io::readPlanFolder(
            QDir(test::provinceDirectory(QStringLiteral("henan"))).filePath(QStringLiteral("plan")),
            regions);
        ASSERT_TRUE(plan.ok());
        m_plan = std::move(plan).value();
        m_analysis = std::make_unique<PlanAnalysis>(*m_plan);
    }

    Choropleth make(ChoroplethSpec spec) const {
        return Choropleth::fromPlan(*m_plan, *m_analysis, std::move(spec));
    }

    std::unique_ptr<model::Plan> m_plan;
    std::unique_ptr<PlanAnalysis> m_analysis;
};

constexpr geo::RegionCode kLuohe = 411100;

} // namespace

TEST_F(ChoroplethTest, CitySumsAddUpTheirDistrictsIncome) {
    const Choropleth map = make({});
    ASSERT_EQ(map.values().size(), 18u);
    double expected = 0.0;
    for (const model::District* district : m_plan->districtsIn(kLuohe)) {
        expected += district->finance.businessIncome;
    }
    ASSERT_GT(expected, 0.0);
    EXPECT_NEAR(map.value(kLuohe)->value, expected, 1e-9);
    EXPECT_EQ(map.value(kLuohe)->districts, static_cast<int>(m_plan->districtsIn(kLuohe).size()));
}

TEST_F(ChoroplethTest, ClassCountsCoverEveryCityWithData) {
    const Choropleth map = make({});
    const auto& intervals = map.classification().intervals();
    ASSERT_EQ(intervals.size(), 5u);
    const int counted =
        std::accumulate(intervals.begin(), intervals.end(), 0,
                        [](int sum, const ClassInterval& c) { return sum + c.count; });
    EXPECT_EQ(counted, 18);
    EXPECT_EQ(map.colours().size(), 5u);
    for (const auto& [code, value] : map.values()) {
        ASSERT_TRUE(value.classIndex.has_value()) << code;
        EXPECT_TRUE(intervals[static_cast<std::size_t>(*value.classIndex)].contains(value.value));
        EXPECT_EQ(map.colourOf(code), map.colours()[static_cast<std::size_t>(*value.classIndex)]);
    }
}

TEST_F(ChoroplethTest, DistrictCountsPerCityTotalTheProvince) {
    ChoroplethSpec spec;
    spec.aggregation = Aggregation::Count;
    const Choropleth map = make(spec);
    double total = 0.0;
    for (const auto& [code, value] : map.values()) {
        total += value.value;
    }
    EXPECT_EQ(total, 175.0);
}

TEST_F(ChoroplethTest, CountiesWithoutDistrictsHaveNoDataWhateverTheAggregation) {
    ChoroplethSpec spec;
    spec.level = geo::RegionLevel::County;
    std::vector<Choropleth> maps;
    for (const Aggregation aggregation : {Aggregation::Sum, Aggregation::Count}) {
        spec.aggregation = aggregation;
        maps.push_back(make(spec));
    }
    spec.metricId = QStringLiteral("infrastructure-gap");
    spec.aggregation = Aggregation::Mean;
    maps.push_back(make(spec));
    for (const Choropleth& map : maps) {
        int empty = 0;
        for (const auto& [code, value] : map.values()) {
            if (value.districts == 0) {
                ++empty;
                EXPECT_TRUE(std::isnan(value.value)) << code;
                EXPECT_FALSE(value.classIndex.has_value()) << code;
                EXPECT_FALSE(map.colourOf(code).has_value()) << code;
            }
        }
        ASSERT_GT(empty, 0);
        EXPECT_EQ(map.noDataCount(), empty);
        // No class starts at 0 for the counties without a district.
        EXPECT_GT(map.classification().breaks().front(), 0.0);
    }
}

TEST_F(ChoroplethTest, ACityViewClassifiesOnlyTheCountiesItShows) {
    constexpr geo::RegionCode kLuoyang = 410300;
    ChoroplethSpec spec;
    const Choropleth city = Choropleth::fromPlan(*m_plan, *m_analysis, spec, kLuoyang);
    const auto counties = m_plan->regions().children(kLuoyang);
    ASSERT_GT(counties.size(), 5u);
    EXPECT_EQ(city.values().size(), counties.size());
    int counted = city.noDataCount();
    for (const ClassInterval& interval : city.classification().intervals()) {
        counted += interval.count;
    }
    EXPECT_EQ(counted, static_cast<int>(counties.size()));
    EXPECT_EQ(city.focusCity(), kLuoyang);
    EXPECT_FALSE(city.usesProvinceClasses());
    // Its own classes span its own values.
    double highest = 0.0;
    for (const auto& [code, value] : city.values()) {
        if (!std::isnan(value.value)) {
            highest = std::max(highest, value.value);
        }
    }
    EXPECT_EQ(city.classification().breaks().back(), highest);
}

TEST_F(ChoroplethTest, ACityViewCanKeepTheProvincesClassesForComparison) {
    constexpr geo::RegionCode kLuoyang = 410300;
    ChoroplethSpec spec;
    spec.level = geo::RegionLevel::County;
    const Choropleth province = make(spec);
    spec.cityViewBreaks = CityViewBreaks::Province;
    const Choropleth city = Choropleth::fromPlan(*m_plan, *m_analysis, spec, kLuoyang);
    EXPECT_TRUE(city.usesProvinceClasses());
    EXPECT_EQ(city.classification().breaks(), province.classification().breaks());
    EXPECT_EQ(city.colours(), province.colours());
    int counted = city.noDataCount();
    for (const ClassInterval& interval : city.classification().intervals()) {
        counted += interval.count;
    }
    EXPECT_EQ(counted, static_cast<int>(m_plan->regions().children(kLuoyang).size()));
    for (const auto& [code, value] : city.values()) {
        EXPECT_EQ(city.colourOf(code), province.colourOf(code)) << code;
    }
}

TEST_F(ChoroplethTest, OutputWeightedMeanWeighsDistrictsByOutput) {
    ChoroplethSpec spec;
    spec.metricId = QStringLiteral("leading-share");
    spec.aggregation = Aggregation::WeightedMean;
    const Choropleth map = make(spec);
    double weighted = 0.0;
    double weights = 0.0;
    for (const model::District* district : m_plan->districtsIn(kLuohe)) {
        const DistrictIndicators& indicators = *m_analysis->indicators(district->id);
        weighted += indicators.leadingShare * indicators.totalOutput;
        weights += indicators.totalOutput;
    }
    EXPECT_NEAR(map.value(kLuohe)->value, weighted / weights, 1e-12);
}

TEST_F(ChoroplethTest, ACitysRdIntensityIsItsDistrictsRdOverTheirIncome) {
    // The case: Hebi's R&D intensity was an output-weighted mean of ratios on the map
    // (0.501%) and a ratio of sums in the table (0.486%). A city's intensity is the latter.
    constexpr geo::RegionCode kHebi = 410600;
    ChoroplethSpec spec;
    spec.metricId = QStringLiteral("rd-intensity");
    spec.aggregation = findDistrictMetric(spec.metricId)->defaultAggregation;
    double rd = 0.0;
    double income = 0.0;
    for (const model::District* district : m_plan->districtsIn(kHebi)) {
        rd += district->innovation.rdSpending;
        income += district->finance.businessIncome;
    }
    ASSERT_GT(income, 0.0);
    EXPECT_NEAR(make(spec).value(kHebi)->value, rd / income, 1e-15);
}

TEST_F(ChoroplethTest, InvertedRampReversesTheClassColours) {
    ChoroplethSpec spec;
    const Choropleth normal = make(spec);
    spec.direction = RampDirection::Inverted;
    const Choropleth inverted = make(spec);
    ASSERT_EQ(normal.colours().size(), inverted.colours().size());
    EXPECT_EQ(normal.colours().front(), inverted.colours().back());
    EXPECT_EQ(normal.colours().back(), inverted.colours().front());
}

TEST_F(ChoroplethTest, ManualBreaksAreTheClassBounds) {
    ChoroplethSpec spec;
    // Two breaks inside the cities' range (a third and two thirds of the way), whatever the sample.
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    const Choropleth byDefault = make({});
    for (const auto& [code, value] : byDefault.values()) {
        low = std::min(low, value.value);
        high = std::max(high, value.value);
    }
    ASSERT_LT(low, high);
    const double first = low + (high - low) / 3.0;
    const double second = low + 2.0 * (high - low) / 3.0;
    spec.methodId = QStringLiteral("manual");
    spec.manualThresholds = {first, second};
    const Choropleth map = make(spec);
    ASSERT_EQ(map.classification().classCount(), 3);
    EXPECT_DOUBLE_EQ(map.classification().intervals()[0].upper, first);
    EXPECT_DOUBLE_EQ(map.classification().intervals()[1].upper, second);
    for (const auto& [code, value] : map.values()) {
        EXPECT_EQ(*value.classIndex, value.value <= first ? 0 : value.value <= second ? 1 : 2);
    }
}

TEST_F(ChoroplethTest, EnteringRealValuesClearsTheIllustrativeMark) {
    const Choropleth before = make({});
    ASSERT_TRUE(before.value(kLuohe)->illustrative);
    // A generated fixed investment does not make the income map illustrative.
    for (const model::District* district : m_plan->districtsIn(kLuohe)) {
        model::ProvenanceMap marks = district->provenance;
        marks.set(
            {model::ValueField::BusinessIncome},
            model::Provenance::imported(QStringLiteral("income.csv"), QStringLiteral("income"), 2));
        ASSERT_TRUE(m_plan->setProvenance(district->id, marks).ok());
        ASSERT_TRUE(district->provenance.isIllustrative({model::ValueField::FixedInvestment}));
    }
    const Choropleth after = make({});
    EXPECT_FALSE(after.value(kLuohe)->illustrative);
    EXPECT_TRUE(after.anyIllustrative()); // other cities still rest on illustrative values
}

TEST_F(ChoroplethTest, DifferenceShowsOnlyTheEditedCityChanging) {
    const DistrictMetric& income = *findDistrictMetric(QStringLiteral("business-income"));
    const auto baseline = aggregateRegionValues(*m_plan, *m_analysis, income, Aggregation::Sum,
                                                geo::RegionLevel::City);
    const model::District* district = m_plan->districtsIn(kLuohe).front();
    model::Finance finance = district->finance;
    finance.businessIncome += 250.0;
    ASSERT_TRUE(m_plan->setFinance(district->id, finance).ok());
    const auto scenario = aggregateRegionValues(*m_plan, *m_analysis, income, Aggregation::Sum,
                                                geo::RegionLevel::City);
    const auto difference = differenceValues(baseline, scenario);
    for (const auto& [code, value] : difference) {
        EXPECT_NEAR(value.value, code == kLuohe ? 250.0 : 0.0, 1e-9) << code;
    }
}

TEST(DistrictMetrics, HaveUniqueIdsAndBothNames) {
    QStringList ids;
    for (const DistrictMetric& metric : districtMetrics()) {
        EXPECT_FALSE(ids.contains(metric.id)) << metric.id.toStdString();
        ids << metric.id;
        EXPECT_FALSE(metric.nameZh.isEmpty());
        EXPECT_FALSE(metric.nameEn.isEmpty());
        EXPECT_FALSE(metric.sources.empty());
    }
    for (const Aggregation aggregation : allAggregations()) {
        EXPECT_EQ(aggregationFromKey(aggregationKey(aggregation)), aggregation);
    }
    // Settings and plan files from before the weighted mean named its weight.
    EXPECT_EQ(aggregationFromKey(QStringLiteral("output-weighted-mean")),
              Aggregation::WeightedMean);
}

TEST(DistrictMetrics, DocsGiveEveryIndicatorsColumnDecimalsAndAggregation) {
    QFile file(QDir(test::mapsDirectory()).filePath(QStringLiteral("../docs/indicators.md")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    std::map<QString, QStringList> rows; // id -> cells
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 8 || !cells[1].trimmed().startsWith(QLatin1Char('`'))) {
            continue;
        }
        for (QString& cell : cells) {
            cell = cell.trimmed();
        }
        rows[cells[1].remove(QLatin1Char('`'))] = cells;
    }
    QStringList columns;
    for (const DistrictMetric& metric : districtMetrics()) {
        const std::string id = metric.id.toStdString();
        EXPECT_FALSE(columns.contains(metric.csvColumn)) << id;
        columns << metric.csvColumn;
        const auto row = rows.find(metric.id);
        ASSERT_NE(row, rows.end()) << id << " is not in docs/indicators.md";
        EXPECT_EQ(row->second[2], metric.csvColumn) << id;
        EXPECT_EQ(row->second[5].toInt(), metric.decimals) << id;
        const QString aggregation =
            row->second[6].section(QRegularExpression(QStringLiteral("[ :]")), 0, 0);
        EXPECT_EQ(aggregation, aggregationKey(metric.defaultAggregation)) << id;
    }
    EXPECT_EQ(rows.size(), districtMetrics().size());
}

TEST(DistrictCategories, NameEveryStageAndModeOnceInBothLanguages) {
    for (const DistrictCategory& category : districtCategories()) {
        EXPECT_EQ(category.categories.size(), 3U) << category.id.toStdString();
        for (int k = 0; k < 3; ++k) {
            EXPECT_FALSE(category.categoryName(k, true).isEmpty());
            EXPECT_FALSE(category.categoryName(k, false).isEmpty());
            EXPECT_FALSE(category.categoryKey(k).isEmpty());
        }
        EXPECT_TRUE(category.categoryName(3, true).isEmpty());
    }
    EXPECT_EQ(clusterStageName(ClusterStage::Informal, true), QStringLiteral("非正式集群"));
    EXPECT_EQ(clusterStageKey(ClusterStage::Innovative), QStringLiteral("innovative"));
    EXPECT_EQ(innovationModeName(InnovationMode::Convergence, false),
              QStringLiteral("Convergence innovation"));
}
