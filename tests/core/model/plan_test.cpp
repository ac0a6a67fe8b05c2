#include "model/plan.h"
#include "model/value_limits.h"
#include "support/test_data.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

using namespace agglomap;
using namespace agglomap::model;

namespace {

SectorIndex sector(const char* code) {
    return *SectorCatalogue::standard().indexOf(QLatin1String(code));
}

const SectorIndex kFood = sector("C13-14");
const SectorIndex kMetalProducts = sector("C33");
const SectorIndex kGeneralEquipment = sector("C34"); // Changyuan's lifting equipment

std::shared_ptr<const geo::RegionHierarchy> henan() {
    return std::make_shared<const geo::RegionHierarchy>(
        test::bundledHierarchy(QStringLiteral("henan")));
}

District sampleDistrict(geo::RegionCode county) {
    District district;
    district.nameZh = QStringLiteral("长垣县产业集聚区");
    district.nameEn = QStringLiteral("Changyuan County Industrial Agglomeration District");
    district.hostCounty = county;
    district.industries = {{kGeneralEquipment, 120.0, 18000, 300, 280, 0.0},
                           {kMetalProducts, 30.0, 4000, 80, 78, 0.0}};
    markGroupIllustrative(district, DistrictField::Industries, QStringLiteral("hash of the id"));
    markGroupIllustrative(district, DistrictField::Infrastructure,
                          QStringLiteral("hash of the id"));
    return district;
}

class PlanTest : public ::testing::Test {
protected:
    PlanTest()
        : plan(henan(), SectorCatalogue::standard()) {
        id = plan.addDistrict(sampleDistrict(410728)).value(); // Changyuan County, Xinxiang
    }
    Plan plan;
    DistrictId id;
};

} // namespace

TEST(SectorCatalogue, StandardCatalogueCoversThePapersIndustries) {
    const SectorCatalogue catalogue = SectorCatalogue::standard();
    EXPECT_EQ(catalogue.size(), 35);
    const auto food = catalogue.indexOf(QStringLiteral("C13-14"));
    ASSERT_TRUE(food.has_value());
    EXPECT_EQ(catalogue.at(*food).category, SectorCategory::Traditional);
    EXPECT_EQ(catalogue.at(*catalogue.indexOf(QStringLiteral("C39"))).category,
              SectorCategory::HighTech);
    EXPECT_EQ(catalogue.at(*catalogue.indexOf(QStringLiteral("B06"))).category,
              SectorCategory::ResourceDependent);
    EXPECT_EQ(catalogue.at(*catalogue.indexOf(QStringLiteral("SEI-NM"))).category,
              SectorCategory::Emerging);
    EXPECT_EQ(categoryFromKey(categoryKey(SectorCategory::Service)), SectorCategory::Service);
}

TEST_F(PlanTest, AddingADistrictGivesItAnIdAndItsHostCity) {
    const District* district = plan.district(id);
    ASSERT_NE(district, nullptr);
    EXPECT_EQ(id.value, 1);
    EXPECT_EQ(district->hostCity, 410700);
    EXPECT_EQ(plan.districtsIn(410700).size(), 1u);
    EXPECT_EQ(plan.districtsIn(410300).size(), 0u);
    EXPECT_EQ(plan.districtsIn(410000).size(), 1u);
}

TEST_F(PlanTest, RefusesADistrictInAnUnknownCounty) {
    QSignalSpy added(&plan, &Plan::districtAdded);
    const auto result = plan.addDistrict(sampleDistrict(999999));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message,
              QStringLiteral(
                  "District \"长垣县产业集聚区\": host county 999999 is not a county of Henan."));
    EXPECT_EQ(added.count(), 0);
    EXPECT_EQ(plan.districts().size(), 1u);
}

TEST_F(PlanTest, EditingOutputEmitsOneSignalAndMarksOnlyTheValuesItChanged) {
    QSignalSpy changed(&plan, &Plan::districtsChanged);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(plan.setSectorActivity(id, {kGeneralEquipment, 150.0, 18000, 300, 280, 0.0}));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(1).value<DistrictField>(), DistrictField::Industries);
    const District& d = *plan.district(id);
    EXPECT_DOUBLE_EQ(d.activity(kGeneralEquipment)->outputValue, 150.0);
    const Provenance& output = d.provenance.of({ValueField::SectorOutput, kGeneralEquipment});
    EXPECT_EQ(output.origin, Origin::Entered);
    EXPECT_GE(output.when, before);
    // The same sector's other values and the other sector's output stay generated.
    EXPECT_TRUE(d.provenance.isIllustrative({ValueField::SectorEmployment, kGeneralEquipment}));
    EXPECT_TRUE(d.provenance.isIllustrative({ValueField::SectorOutput, kMetalProducts}));
    EXPECT_TRUE(d.provenance.anyIllustrative(DistrictField::Industries));
    EXPECT_TRUE(d.provenance.anyIllustrative(DistrictField::Infrastructure));
}

TEST_F(PlanTest, EditingOneProvisionLevelLeavesTheOtherItemsIllustrative) {
    ASSERT_TRUE(plan.setProvision(id, InfrastructureItem::Water, {90.0, 0.0}));
    const District& d = *plan.district(id);
    const int water = static_cast<int>(InfrastructureItem::Water);
    EXPECT_FALSE(d.provenance.isIllustrative({ValueField::ProvisionCurrent, water}));
    // The requirement was 0 before and after: not entered.
    EXPECT_TRUE(d.provenance.isIllustrative({ValueField::ProvisionRequired, water}));
    EXPECT_TRUE(d.provenance.isIllustrative(
        {ValueField::ProvisionCurrent, static_cast<int>(InfrastructureItem::Power)}));
}

TEST_F(PlanTest, EditingIncomeLeavesGeneratedInvestmentIllustrative) {
    District d = *plan.district(id);
    markGroupIllustrative(d, DistrictField::Finance, QStringLiteral("generated"));
    ASSERT_TRUE(plan.restoreDistrict(d));
    Finance finance = d.finance;
    finance.businessIncome = 420.0;
    ASSERT_TRUE(plan.setFinance(id, finance));
    const District& after = *plan.district(id);
    EXPECT_FALSE(after.provenance.isIllustrative({ValueField::BusinessIncome}));
    EXPECT_TRUE(after.provenance.isIllustrative({ValueField::FixedInvestment}));
    EXPECT_TRUE(after.provenance.isIllustrative({ValueField::VentureFunds}));
}

TEST_F(PlanTest, RemovingASectorForgetsItsProvenance) {
    ASSERT_TRUE(plan.removeSectorActivity(id, kMetalProducts));
    for (const auto& [key, provenance] : plan.district(id)->provenance.entries()) {
        EXPECT_FALSE(key.field == ValueField::SectorOutput && key.index == kMetalProducts);
    }
}

TEST_F(PlanTest, RefusedEditsChangeNothing) {
    QSignalSpy changed(&plan, &Plan::districtsChanged);
    const District before = *plan.district(id);
    const Status negative = plan.setSectorActivity(id, {kGeneralEquipment, -5.0, 100, 1, 1, 0.0});
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().message,
              QStringLiteral("Output (100 million yuan) must be from 0 to 100,000, not -5."));
    EXPECT_FALSE(plan.setSectorActivity(id, {kGeneralEquipment, 10.0, 100, 1, 2, 0.0})
                     .ok()); // more SMEs than firms
    EXPECT_FALSE(plan.setSectorActivity(id, {99, 10.0, 100, 1, 1, 0.0}).ok()); // no such sector
    EXPECT_FALSE(plan.setProvision(id, InfrastructureItem::Water, {120.0, 80.0}).ok());
    EXPECT_FALSE(
        plan.setSectorActivity(DistrictId{42}, {kGeneralEquipment, 1.0, 1, 1, 1, 0.0}).ok());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(plan.district(id)->industries, before.industries);
    EXPECT_EQ(plan.district(id)->infrastructure, before.infrastructure);
}

TEST_F(PlanTest, ValuesAboveTheirFieldsMaximumOrNotFiniteAreRefused) {
    QSignalSpy changed(&plan, &Plan::districtsChanged);
    const District before = *plan.district(id);
    const Status huge = plan.setFinance(id, {10.0, 1e308, 0, 0});
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().message,
              QStringLiteral(
                  "Business income (100 million yuan) must be from 0 to 100,000, not 1e+308."));
    const Status nan = plan.setInnovation(id, {std::nan(""), 1, 1, 1});
    ASSERT_FALSE(nan.ok());
    EXPECT_EQ(nan.error().message,
              QStringLiteral(
                  "R&D spending (100 million yuan) must be from 0 to 100,000, not not a number."));
    EXPECT_FALSE(plan.setSectorActivity(id, {kFood, 1.0, 2e7, 1, 1, 0.0}).ok()); // employment
    EXPECT_FALSE(plan.setInnovation(id, {1.0, 1, 2'000'000, 1}).ok());           // patents
    EXPECT_TRUE(plan.setFinance(id, {kMaxMoney, kMaxMoney, 0, 0}).ok()); // the maximum itself
    EXPECT_EQ(changed.count(), 1);

    District tooLarge = before;
    tooLarge.plannedAreaKm2 = 1e308;
    const Status restored = plan.restoreDistrict(tooLarge);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().message,
              QStringLiteral("District \"长垣县产业集聚区\": Planned area (km²) must be from 0 "
                             "to 10,000, not 1e+308."));
    tooLarge.id = {};
    EXPECT_FALSE(plan.addDistrict(tooLarge).ok());
    EXPECT_EQ(plan.districts().size(), 1U);
    EXPECT_EQ(plan.district(id)->plannedAreaKm2, before.plannedAreaKm2);
}

TEST(PlanLimits, APlanHoldsAtMostTheDocumentedNumberOfDistricts) {
    Plan plan(henan(), SectorCatalogue::standard());
    for (int i = 0; i < kMaxDistricts; ++i) {
        District district;
        district.nameZh = QStringLiteral("集聚区%1").arg(i);
        district.hostCounty = 410728;
        ASSERT_TRUE(plan.addDistrict(std::move(district)).ok());
    }
    District oneMore;
    oneMore.nameZh = QStringLiteral("多一个");
    oneMore.hostCounty = 410728;
    const auto added = plan.addDistrict(oneMore);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().message,
              QStringLiteral("20,001 districts are more than Agglomap opens (at most 20,000)."));
}

TEST_F(PlanTest, LeadingIndustriesAreAtMostThreeDistinctActiveSectors) {
    EXPECT_TRUE(plan.setLeadingIndustries(id, {kGeneralEquipment}));
    EXPECT_EQ(plan.district(id)->leadingIndustries, (std::vector<SectorIndex>{kGeneralEquipment}));
    const Status inactive = plan.setLeadingIndustries(id, {kFood});
    ASSERT_FALSE(inactive.ok());
    EXPECT_EQ(inactive.error().message,
              QStringLiteral("长垣县产业集聚区 has no Food processing and manufacturing "
                             "industry to lead with; add its output first."));
    EXPECT_FALSE(plan.setLeadingIndustries(id, {kGeneralEquipment, kGeneralEquipment}).ok());
    EXPECT_FALSE(
        plan.setLeadingIndustries(id, {kGeneralEquipment, kMetalProducts, kFood, kFood + 1}).ok());
    EXPECT_EQ(plan.district(id)->leadingIndustries, (std::vector<SectorIndex>{kGeneralEquipment}));
    // A leading industry cannot be removed from under the district.
    EXPECT_FALSE(plan.removeSectorActivity(id, kGeneralEquipment).ok());
    EXPECT_TRUE(plan.removeSectorActivity(id, kMetalProducts));
}

TEST_F(PlanTest, ProvisionGapIsTheUnmetShareOfTheRequirement) {
    EXPECT_DOUBLE_EQ((Provision{60.0, 80.0}.gap()), 0.25);
    EXPECT_DOUBLE_EQ((Provision{90.0, 80.0}.gap()), 0.0);
    EXPECT_DOUBLE_EQ((Provision{0.0, 80.0}.gap()), 1.0);
    EXPECT_DOUBLE_EQ((Provision{0.0, 0.0}.gap()), 0.0);
    ASSERT_TRUE(plan.setProvision(id, InfrastructureItem::Banks, {20.0, 80.0}));
    EXPECT_DOUBLE_EQ(plan.district(id)->provision(InfrastructureItem::Banks).gap(), 0.75);
}

TEST_F(PlanTest, RemovingADistrictRemovesItsLinksToOthers) {
    const DistrictId other = plan.addDistrict(sampleDistrict(410721)).value();
    ASSERT_TRUE(plan.addDistrictLink({id, other, kGeneralEquipment, 12.5}));
    EXPECT_FALSE(plan.addDistrictLink({id, other, kGeneralEquipment, 3.0}).ok()); // already there
    QSignalSpy links(&plan, &Plan::districtLinksChanged);
    QSignalSpy removed(&plan, &Plan::districtRemoved);
    ASSERT_TRUE(plan.removeDistrict(other));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(links.count(), 1);
    EXPECT_TRUE(plan.districtLinks().empty());
}

TEST_F(PlanTest, RestoringADistrictPutsEveryFieldBackInPlaceAndKeepsItsLinks) {
    const DistrictId other = plan.addDistrict(sampleDistrict(410721)).value();
    ASSERT_TRUE(plan.addDistrictLink({id, other, kGeneralEquipment, 12.5}));
    District snapshot = *plan.district(id);
    snapshot.placeholderName = true; // no edit can set this; undo of a rename must
    snapshot.nameZh = QStringLiteral("长垣县产业集聚区（原名）");
    snapshot.hostCity = 0; // derived from the county, not taken from the copy
    snapshot.provenance = {};
    markGroupIllustrative(snapshot, DistrictField::Finance, QStringLiteral("generated"));
    QSignalSpy changed(&plan, &Plan::districtsChanged);
    QSignalSpy removed(&plan, &Plan::districtRemoved);
    ASSERT_TRUE(plan.restoreDistrict(snapshot));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(removed.count(), 0);
    const District* restored = plan.district(id);
    EXPECT_TRUE(restored->placeholderName);
    EXPECT_EQ(restored->nameZh, snapshot.nameZh);
    EXPECT_EQ(restored->hostCity, 410700);
    EXPECT_EQ(restored->provenance, snapshot.provenance);
    EXPECT_EQ(plan.districtLinks().size(), 1u);

    snapshot.hostCounty = 999999;
    EXPECT_FALSE(plan.restoreDistrict(snapshot).ok());
    EXPECT_EQ(plan.district(id)->hostCounty, 410728);
    snapshot.id = DistrictId{4242};
    EXPECT_FALSE(plan.restoreDistrict(snapshot).ok());
}

TEST_F(PlanTest, MovingADistrictToAnotherCountyUpdatesItsCity) {
    ASSERT_TRUE(plan.moveDistrict(id, {112.45, 34.62}, 410305)); // Jianxi District, Luoyang
    EXPECT_EQ(plan.district(id)->hostCity, 410300);
    EXPECT_FALSE(plan.moveDistrict(id, {0, 0}, 410300).ok()); // a city is not a county
}

TEST_F(PlanTest, LinksJoinTwoActiveSectors) {
    EXPECT_TRUE(plan.addLink(id, {kMetalProducts, kGeneralEquipment, 8.0}));
    EXPECT_FALSE(plan.addLink(id, {kMetalProducts, kGeneralEquipment, 2.0}).ok());
    EXPECT_FALSE(plan.addLink(id, {kFood, kGeneralEquipment, 2.0}).ok());
    EXPECT_TRUE(plan.removeLink(id, kMetalProducts, kGeneralEquipment));
    EXPECT_FALSE(plan.removeLink(id, kMetalProducts, kGeneralEquipment).ok());
}
