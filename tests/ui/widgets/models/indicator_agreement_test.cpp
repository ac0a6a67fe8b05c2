// For every indicator of the catalogue and every level, the map, the indicator table, the CSV
// and the profile show the same value with the same illustrative mark: a planner who reads a
// number in one place finds it in all the others.
#include "analysis/choropleth.h"
#include "analysis/district_metric.h"
#include "analysis/indicator_table.h"
#include "analysis/plan_analysis.h"
#include "io/plan_source.h"
#include "render/profile/district_profile.h"
#include "render/profile/profile_content.h"
#include "support/test_data.h"
#include "widgets/models/indicator_table_model.h"
#include "widgets/models/item_roles.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace agglomap;
using analysis::DistrictMetric;
using widgets::IndicatorLevel;

namespace {

class IndicatorAgreement : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        auto opened = io::openPlan(QString::fromLatin1(GetParam()), test::mapsDirectory());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_opened = std::move(opened).value();
        m_analysis = std::make_unique<analysis::PlanAnalysis>(*m_opened.plan);
        m_table.setPlan(m_opened.plan.get(), m_analysis.get());
    }

    [[nodiscard]] const model::Plan& plan() const { return *m_opened.plan; }

    // The table's column for a heading, -1 when it has none.
    [[nodiscard]] int tableColumn(const QString& heading) const {
        for (int c = 0; c < m_table.columnCount(); ++c) {
            if (m_table.headerData(c, Qt::Horizontal).toString() == heading) {
                return c;
            }
        }
        return -1;
    }

    io::OpenedPlan m_opened;
    std::unique_ptr<analysis::PlanAnalysis> m_analysis;
    widgets::IndicatorTableModel m_table;
};

int csvColumn(const analysis::TextTable& csv, const QString& name) {
    return static_cast<int>(csv.header.indexOf(name));
}

// A CSV cell read back: the value written, to the decimals the CSV gives.
void expectCsvValue(const QString& cell, double expected, const std::string& where) {
    if (std::isnan(expected)) {
        EXPECT_TRUE(cell.isEmpty()) << where << ": " << cell.toStdString();
        return;
    }
    bool ok = false;
    const double read = cell.toDouble(&ok);
    ASSERT_TRUE(ok) << where << ": " << cell.toStdString();
    const int decimals = cell.contains(QLatin1Char('.'))
                             ? static_cast<int>(cell.size() - cell.indexOf(QLatin1Char('.')) - 1)
                             : 0;
    EXPECT_LE(std::abs(read - expected), 0.5 * std::pow(10.0, -decimals) * (1.0 + 1e-9))
        << where << ": CSV " << cell.toStdString() << ", map " << expected;
}

bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

TEST_P(IndicatorAgreement, RegionsShowOneValueOnTheMapInTheTableAndInTheCsv) {
    for (const auto& [level, tableLevel] :
         {std::pair{geo::RegionLevel::County, IndicatorLevel::Counties},
          std::pair{geo::RegionLevel::City, IndicatorLevel::Cities}}) {
        m_table.setLevel(tableLevel);
        const analysis::TextTable csv = analysis::regionIndicatorTable(plan(), *m_analysis, level);
        std::map<int, const QStringList*> csvRows;
        for (const QStringList& row : csv.rows) {
            csvRows[row.at(0).toInt()] = &row;
        }
        const int csvIllustrative = csvColumn(csv, QStringLiteral("illustrative_indicators"));
        ASSERT_GE(csvIllustrative, 0);
        for (const DistrictMetric& metric : analysis::districtMetrics()) {
            analysis::ChoroplethSpec spec;
            spec.metricId = metric.id;
            spec.aggregation = metric.defaultAggregation;
            spec.level = level;
            const auto map = analysis::Choropleth::fromPlan(plan(), *m_analysis, spec);
            const int column = tableColumn(metric.title(false));
            ASSERT_GE(column, 0) << metric.id.toStdString();
            const int csvValue = csvColumn(csv, metric.csvColumn);
            ASSERT_GE(csvValue, 0) << metric.csvColumn.toStdString();
            ASSERT_EQ(map.values().size(), csvRows.size());
            for (const auto& [code, region] : map.values()) {
                const std::string where = metric.id.toStdString() + " in " + std::to_string(code);
                const QModelIndex cell = m_table.indexOfRegion(code).siblingAtColumn(column);
                ASSERT_TRUE(cell.isValid()) << where;
                EXPECT_TRUE(same(cell.data(Qt::EditRole).toDouble(), region.value)) << where;
                EXPECT_EQ(cell.data().toString(), metric.format(region.value)) << where;
                EXPECT_EQ(cell.data(widgets::IllustrativeRole).toBool(), region.illustrative)
                    << where;
                const QStringList& row = *csvRows.at(code);
                expectCsvValue(row.at(csvValue), region.value, where);
                EXPECT_EQ(row.at(csvIllustrative).split(QLatin1Char(';')).contains(metric.id),
                          region.illustrative)
                    << where;
                EXPECT_TRUE(same(m_analysis->summary(code)->metric(metric).value, region.value))
                    << where;
            }
        }
    }
}

TEST_P(IndicatorAgreement, DistrictsShowOneValueInTheTableTheCsvAndTheProfile) {
    m_table.setLevel(IndicatorLevel::Districts);
    const analysis::TextTable csv = analysis::districtIndicatorTable(plan(), *m_analysis);
    const int csvIllustrative = csvColumn(csv, QStringLiteral("illustrative_indicators"));
    ASSERT_GE(csvIllustrative, 0);
    render::ProfileSources sources;
    sources.plan = &plan();
    sources.analysis = m_analysis.get();
    int profileFacts = 0;
    std::size_t row = 0;
    for (const model::District* d : plan().districts()) {
        const QStringList& csvRow = csv.rows.at(row++);
        ASSERT_EQ(csvRow.at(0).toInt(), d->id.value);
        const analysis::DistrictIndicators& indicators = *m_analysis->indicators(d->id);
        std::map<QString, const render::profile::ProfileContent::Fact*> facts;
        const auto profile = render::profile::buildProfileContent(sources, d->id);
        for (const auto& fact : profile.facts) {
            if (!fact.metricId.isEmpty()) {
                facts[fact.metricId] = &fact;
            }
        }
        const QStringList illustrative = csvRow.at(csvIllustrative).split(QLatin1Char(';'));
        for (const DistrictMetric& metric : analysis::districtMetrics()) {
            const std::string where =
                metric.id.toStdString() + " of " + std::to_string(d->id.value);
            const double value = metric.value(*d, indicators);
            const bool marked = metric.restsOnIllustrative(*d, plan());
            const QModelIndex cell =
                m_table.indexOfDistrict(d->id).siblingAtColumn(tableColumn(metric.title(false)));
            EXPECT_TRUE(same(cell.data(Qt::EditRole).toDouble(), value)) << where;
            EXPECT_EQ(cell.data(widgets::IllustrativeRole).toBool(), marked) << where;
            expectCsvValue(csvRow.at(csvColumn(csv, metric.csvColumn)), value, where);
            EXPECT_EQ(illustrative.contains(metric.id), marked) << where;
            if (const auto fact = facts.find(metric.id); fact != facts.end()) {
                ++profileFacts;
                EXPECT_TRUE(same(fact->second->number, value)) << where;
                EXPECT_EQ(fact->second->illustrative, marked) << where;
            }
        }
        for (const analysis::DistrictCategory& category : analysis::districtCategories()) {
            const std::string where =
                category.id.toStdString() + " of " + std::to_string(d->id.value);
            const int ordinal = category.value(indicators);
            const bool marked = category.restsOnIllustrative(*d, plan());
            const QModelIndex cell =
                m_table.indexOfDistrict(d->id).siblingAtColumn(tableColumn(category.name(false)));
            EXPECT_EQ(cell.data().toString(), category.categoryName(ordinal, false)) << where;
            EXPECT_EQ(cell.data(widgets::IllustrativeRole).toBool(), marked) << where;
            EXPECT_EQ(csvRow.at(csvColumn(csv, category.csvColumn)), category.categoryKey(ordinal))
                << where;
            EXPECT_EQ(illustrative.contains(category.id), marked) << where;
            const auto fact = facts.find(category.id);
            ASSERT_NE(fact, facts.end()) << where;
            EXPECT_EQ(fact->second->value, category.categoryName(ordinal, true)) << where;
            EXPECT_EQ(fact->second->illustrative, marked) << where;
        }
    }
    // Business income, output, investment, SME share, R&D, new industries and chains.
    EXPECT_EQ(profileFacts, 7 * static_cast<int>(plan().districts().size()));
}

INSTANTIATE_TEST_SUITE_P(BothSamplePlans, IndicatorAgreement,
                         ::testing::Values("henan", "ningxia"));
