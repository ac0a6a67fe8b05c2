#include "core/io/project/project_test_support.h"
#include "io/plan_folder_reader.h"
#include "io/project/plan_tables.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace agglomap;

namespace {

// Tables held in memory, as planTables writes them.
class MemorySource final : public io::PlanTableSource {
public:
    explicit MemorySource(std::vector<io::PlanTable> tables)
        : m_tables(std::move(tables)) {}

    Result<io::CsvTable> table(const QString& name,
                               const QStringList& requiredFields) const override {
        for (const io::PlanTable& table : m_tables) {
            if (table.name == name) {
                for (const QString& field : requiredFields) {
                    if (!table.header().contains(field)) {
                        return Error{QStringLiteral("%1 has no column %2").arg(name, field)};
                    }
                }
                return io::CsvTable::fromRows(name, table.header(), table.rows);
            }
        }
        return Error{QStringLiteral("no table %1").arg(name)};
    }
    bool hasTable(const QString& name) const override {
        return std::any_of(m_tables.begin(), m_tables.end(),
                           [&](const io::PlanTable& t) { return t.name == name; });
    }
    QString tableLabel(const QString& name) const override { return name; }

private:
    std::vector<io::PlanTable> m_tables;
};

class PlanTables : public ::testing::TestWithParam<const char*> {};

TEST_P(PlanTables, ReadBackGivesTheSamePlan) {
    const io::OpenedPlan bundled = test::bundledPlan(QString::fromLatin1(GetParam()));
    const model::Plan& plan = *bundled.plan;
    const auto read =
        io::readPlanTables(MemorySource(io::planTables(plan)), bundled.regions,
                           {plan.info(), plan.sectors(), plan.inputOutputIllustrative(), {}});
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(test::lines(model::planDifferences(plan, *read.value())), "");
}

INSTANTIATE_TEST_SUITE_P(BundledPlans, PlanTables, ::testing::Values("henan", "ningxia"));

TEST(PlanTableNumbers, AreTheShortestTextThatReadsBackExactly) {
    EXPECT_EQ(io::exactNumber(12.5), QStringLiteral("12.5"));
    EXPECT_EQ(io::exactNumber(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
    EXPECT_EQ(io::exactNumber(1.0 / 3.0).toDouble(), 1.0 / 3.0);
    EXPECT_EQ(io::exactNumber(113.54194), QStringLiteral("113.54194"));
}

TEST(PlanTableErrors, NameTheRowNumbersTheSourceGives) {
    const io::CsvTable table =
        io::CsvTable::fromRows(QStringLiteral("plan.gpkg, table links"), {QStringLiteral("value")},
                               {{QStringLiteral("1.5")}, {QStringLiteral("many")}}, {7, 12});
    EXPECT_TRUE(table.number(0, QStringLiteral("value")).ok());
    const auto bad = table.number(1, QStringLiteral("value"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message,
              QStringLiteral("plan.gpkg, table links, row 12, field \"value\": \"many\" is not a "
                             "number."));
}

} // namespace
