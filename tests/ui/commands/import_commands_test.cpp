#include "commands/import_commands.h"
#include "io/plan_source.h"
#include "model/plan_comparison.h"
#include "support/test_data.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace agglomap;
using namespace agglomap::model;

namespace {

class ImportCommandsTest : public ::testing::Test {
protected:
    ImportCommandsTest()
        : opened(io::openPlan(QStringLiteral("henan"), test::mapsDirectory()).value())
        , plan(*opened.plan)
        , original(plan.clone()) {}

    // Two districts with new values, and one new district in the first one's county.
    [[nodiscard]] io::ImportOutcome outcome() const {
        io::ImportOutcome result;
        const auto districts = plan.districts();
        District first = *districts[0];
        first.nameEn = QStringLiteral("Imported Name");
        first.infrastructure[0] = {77.0, 90.0};
        first.provenance.set(
            {model::ValueField::ProvisionCurrent, 0},
            model::Provenance::imported(QStringLiteral("stats.xlsx"), QStringLiteral("water"), 2));
        District second = *districts[1];
        second.finance.businessIncome = 123.5;
        result.updated = {first, second};
        District added;
        added.nameZh = QStringLiteral("新园区");
        added.nameEn = QStringLiteral("New Park");
        added.hostCounty = first.hostCounty;
        added.location = first.location;
        result.added = {added};
        return result;
    }

    io::OpenedPlan opened;
    Plan& plan;
    std::unique_ptr<Plan> original;
    QUndoStack stack;
};

TEST_F(ImportCommandsTest, AnImportIsOneUndoStepThatUndoesAndRedoesWhole) {
    const auto districts = plan.districts();
    const DistrictId firstId = districts[0]->id;
    const int before = static_cast<int>(districts.size());

    ASSERT_TRUE(commands::importDistricts(stack, plan, outcome(), QStringLiteral("stats.xlsx")));
    EXPECT_EQ(stack.count(), 1);
    // Without the English translation loaded the plural shows as "district(s)".
    EXPECT_TRUE(stack.text(0).startsWith(QStringLiteral("Import 3 district")));
    EXPECT_TRUE(stack.text(0).endsWith(QStringLiteral("from stats.xlsx")));
    EXPECT_EQ(plan.district(firstId)->nameEn.toStdString(), "Imported Name");
    EXPECT_EQ(plan.district(firstId)->infrastructure[0].current, 77.0);
    EXPECT_EQ(
        plan.district(firstId)->provenance.of({model::ValueField::ProvisionCurrent, 0}).origin,
        model::Origin::Imported);
    EXPECT_TRUE(plan.district(firstId)->provenance.isIllustrative(
        {model::ValueField::ProvisionCurrent, 1}));
    ASSERT_EQ(static_cast<int>(plan.districts().size()), before + 1);
    const DistrictId addedId = plan.districts().back()->id;
    EXPECT_EQ(plan.district(addedId)->nameZh.toStdString(), "新园区");
    const auto afterImport = plan.clone();

    stack.undo();
    EXPECT_TRUE(planDifferences(*original, plan).isEmpty())
        << planDifferences(*original, plan).join(u'\n').toStdString();

    stack.redo();
    EXPECT_TRUE(planDifferences(*afterImport, plan).isEmpty())
        << planDifferences(*afterImport, plan).join(u'\n').toStdString();
    EXPECT_TRUE(plan.district(addedId)) << "redo adds the district under the same id";
}

TEST_F(ImportCommandsTest, ARefusedPartLeavesThePlanAndTheStackUnchanged) {
    io::ImportOutcome bad = outcome();
    bad.added.front().hostCounty = 999999; // no such county: the plan refuses the addition

    const Status status = commands::importDistricts(stack, plan, bad, QStringLiteral("stats.xlsx"));
    ASSERT_FALSE(status);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_TRUE(planDifferences(*original, plan).isEmpty())
        << planDifferences(*original, plan).join(u'\n').toStdString();
}

TEST_F(ImportCommandsTest, AnImportThatChangesNothingIsRefusedWithAMessage) {
    const Status status =
        commands::importDistricts(stack, plan, io::ImportOutcome{}, QStringLiteral("stats.xlsx"));
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().message.toStdString(),
              "The import changes nothing: every value equals the plan's.");
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(ImportCommandsTest, ReplacingRegionsKeepsDistrictsAndRefusesMissingCounties) {
    auto same = std::make_shared<const geo::RegionHierarchy>(plan.regions());
    EXPECT_TRUE(plan.replaceRegions(same));
    EXPECT_EQ(&plan.regions(), same.get());

    std::vector<geo::Region> regions;
    const geo::RegionCode dropped = plan.districts().front()->hostCounty;
    for (const geo::Region& region : same->regions()) {
        if (region.code != dropped) {
            regions.push_back(region);
        }
    }
    auto fewer = std::make_shared<const geo::RegionHierarchy>(
        geo::RegionHierarchy::build(std::move(regions)).value());
    const Status refused = plan.replaceRegions(fewer);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.indexOf(QString::number(dropped)), -1);
    EXPECT_EQ(&plan.regions(), same.get());
}

} // namespace
