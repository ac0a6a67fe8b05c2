#include "io/plan_source.h"
#include "model/plan_comparison.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

using namespace agglomap;
using namespace agglomap::model;

namespace {

// The bundled Henan plan: 175 districts with industries, links, provisions and flags.
class PlanComparisonTest : public ::testing::Test {
protected:
    PlanComparisonTest()
        : opened(io::openPlan(QStringLiteral("henan"), test::mapsDirectory()).value())
        , plan(*opened.plan)
        , copy(plan.clone()) {}

    // The first district with links and two active sectors, one of them not leading.
    [[nodiscard]] const District& richDistrict() const {
        for (const District* district : plan.districts()) {
            if (district->industries.size() > district->leadingIndustries.size() &&
                district->industries.size() >= 2 && !district->links.empty()) {
                return *district;
            }
        }
        throw std::runtime_error("no district with industries and links");
    }

    // One line naming the district and all the given words.
    [[nodiscard]] static bool reports(const QStringList& lines, const QStringList& words) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString& line) {
            return std::all_of(words.begin(), words.end(),
                               [&](const QString& word) { return line.contains(word); });
        });
    }

    io::OpenedPlan opened;
    Plan& plan;
    std::unique_ptr<Plan> copy;
};

} // namespace

TEST_F(PlanComparisonTest, CloneHasNoDifferences) {
    EXPECT_EQ(copy->districts().size(), plan.districts().size());
    EXPECT_EQ(copy->districtLinks(), plan.districtLinks());
    EXPECT_EQ(&copy->regions(), &plan.regions());
    EXPECT_TRUE(planDifferences(plan, *copy).isEmpty())
        << planDifferences(plan, *copy).join(u'\n').toStdString();
}

TEST_F(PlanComparisonTest, EditingTheCloneLeavesTheOriginalUntouched) {
    const District& district = richDistrict();
    const Provision water = district.provision(InfrastructureItem::Water);
    ASSERT_TRUE(copy->setProvision(district.id, InfrastructureItem::Water,
                                   {water.current == 60.0 ? 40.0 : 60.0, water.required}));
    ASSERT_TRUE(copy->removeDistrict(plan.districts().back()->id));
    EXPECT_EQ(plan.district(district.id)->provision(InfrastructureItem::Water), water);
    EXPECT_EQ(plan.districts().size(), copy->districts().size() + 1);
    EXPECT_TRUE(planDifferences(plan, *copy)
                    .contains(QStringLiteral("District %1 (%2) removed")
                                  .arg(plan.districts().back()->id.value)
                                  .arg(plan.districts().back()->nameZh)));
}

TEST_F(PlanComparisonTest, CloneKeepsIdsAndHandsOutTheSameNextId) {
    for (const District* district : plan.districts()) {
        ASSERT_NE(copy->district(district->id), nullptr);
        EXPECT_EQ(copy->district(district->id)->nameZh, district->nameZh);
    }
    District extra;
    extra.nameZh = QStringLiteral("新区");
    extra.hostCounty = plan.districts().front()->hostCounty;
    const auto inOriginal = plan.addDistrict(extra);
    const auto inCopy = copy->addDistrict(extra);
    ASSERT_TRUE(inOriginal && inCopy);
    EXPECT_EQ(inOriginal.value(), inCopy.value());
    EXPECT_GT(inOriginal.value(), plan.districts().front()->id);
    EXPECT_TRUE(planDifferences(plan, *copy).isEmpty());
}

TEST_F(PlanComparisonTest, ReportsAProvisionChangeWithBothValues) {
    const District& district = richDistrict();
    const Provision water = district.provision(InfrastructureItem::Water);
    const double next = water.current == 60.0 ? 40.0 : 60.0;
    ASSERT_TRUE(copy->setProvision(district.id, InfrastructureItem::Water, {next, water.required}));
    const QStringList lines = planDifferences(plan, *copy);
    const bool wasIllustrative = district.provenance.isIllustrative(
        {model::ValueField::ProvisionCurrent, static_cast<int>(InfrastructureItem::Water)});
    ASSERT_EQ(lines.size(), wasIllustrative ? 2 : 1) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines.front(), QStringLiteral("District %1 (%2): water supply current %3 → %4")
                                 .arg(district.id.value)
                                 .arg(district.nameZh)
                                 .arg(water.current)
                                 .arg(next));
    if (wasIllustrative) {
        EXPECT_TRUE(
            reports(lines, {QStringLiteral("provenance of"), QStringLiteral("provision-current")}));
    }
}

TEST_F(PlanComparisonTest, ReportsEveryKindOfDistrictEdit) {
    const District& district = richDistrict();
    const DistrictId id = district.id;
    const QString name = QStringLiteral("District %1").arg(id.value);
    const SectorActivity first = district.industries.front();
    const SectorLink link = district.links.front();
    const geo::RegionCode otherCounty = plan.districts().back()->hostCounty;

    struct Case {
        const char* what;
        std::function<Status(Plan&)> edit;
        QStringList words;
    };
    const std::vector<Case> cases{
        {"rename",
         [&](Plan& p) { return p.renameDistrict(id, QStringLiteral("新名"), {}); },
         {name, QStringLiteral("Chinese name"), QStringLiteral("新名")}},
        {"move",
         [&](Plan& p) {
             return p.moveDistrict(id, {district.location.lon + 0.5, district.location.lat},
                                   otherCounty);
         },
         {name, QStringLiteral("location")}},
        {"output",
         [&](Plan& p) {
             SectorActivity changed = first;
             changed.outputValue += 1.0;
             return p.setSectorActivity(id, changed);
         },
         {name, QStringLiteral("output"), plan.sectors().at(first.sector).code}},
        {"remove activity",
         [&](Plan& p) {
             const SectorActivity* spare = nullptr;
             for (const SectorActivity& a : district.industries) {
                 if (std::find(district.leadingIndustries.begin(), district.leadingIndustries.end(),
                               a.sector) == district.leadingIndustries.end()) {
                     spare = &a;
                 }
             }
             return spare ? p.removeSectorActivity(id, spare->sector) : Status{Error{}};
         },
         {name, QStringLiteral("activity removed")}},
        {"leading",
         [&](Plan& p) { return p.setLeadingIndustries(id, {}); },
         {name, QStringLiteral("leading industries")}},
        {"innovation",
         [&](Plan& p) {
             Innovation innovation = district.innovation;
             innovation.patents += 3;
             return p.setInnovation(id, innovation);
         },
         {name, QStringLiteral("patents")}},
        {"finance",
         [&](Plan& p) {
             Finance finance = district.finance;
             finance.ventureFunds += 1;
             return p.setFinance(id, finance);
         },
         {name, QStringLiteral("venture funds")}},
        {"remove link",
         [&](Plan& p) { return p.removeLink(id, link.from, link.to); },
         {name, QStringLiteral("link"), QStringLiteral("removed")}},
        {"flag",
         [&](Plan& p) {
             model::ProvenanceMap marks = district.provenance;
             marks.set(
                 {model::ValueField::PlannedArea},
                 model::Provenance::imported(QStringLiteral("a.csv"), QStringLiteral("面积"), 2));
             return p.setProvenance(id, marks);
         },
         {name, QStringLiteral("provenance of planned-area")}},
        {"remove district",
         [&](Plan& p) { return p.removeDistrict(id); },
         {name, QStringLiteral("removed")}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const auto edited = plan.clone();
        ASSERT_TRUE(c.edit(*edited));
        const QStringList lines = planDifferences(plan, *edited);
        EXPECT_FALSE(lines.isEmpty());
        EXPECT_TRUE(reports(lines, c.words)) << lines.join(u'\n').toStdString();
    }
}

TEST_F(PlanComparisonTest, ReportsDistrictLinkValueOrderAndTableChanges) {
    ASSERT_GE(plan.districtLinks().size(), 2u);
    const DistrictLink first = plan.districtLinks().front();
    ASSERT_TRUE(copy->removeDistrictLink(first.from, first.to, first.sector));
    ASSERT_TRUE(copy->addDistrictLink({first.from, first.to, first.sector, first.value + 1.0}));
    const QStringList valueLines = planDifferences(plan, *copy);
    EXPECT_TRUE(
        reports(valueLines,
                {QStringLiteral("district link %1 → %2").arg(first.from.value).arg(first.to.value),
                 QStringLiteral("value")}))
        << valueLines.join(u'\n').toStdString();

    const auto reordered = plan.clone();
    ASSERT_TRUE(reordered->removeDistrictLink(first.from, first.to, first.sector));
    ASSERT_TRUE(reordered->addDistrictLink(first));
    EXPECT_EQ(planDifferences(plan, *reordered),
              QStringList{QStringLiteral("order of district links changed")});

    const auto table = plan.clone();
    InputOutputTable coefficients = plan.inputOutput();
    const double old = coefficients.coefficient(0, 5);
    ASSERT_TRUE(coefficients.setCoefficient(0, 5, old == 0.1 ? 0.2 : 0.1));
    ASSERT_TRUE(table->setInputOutputTable(coefficients, !plan.inputOutputIllustrative()));
    const QStringList tableLines = planDifferences(plan, *table);
    EXPECT_EQ(tableLines.size(), 2) << tableLines.join(u'\n').toStdString();
    EXPECT_TRUE(reports(tableLines, {QStringLiteral("input-output coefficient")}));
    EXPECT_TRUE(reports(tableLines, {QStringLiteral("illustrative")}));

    const auto info = plan.clone();
    PlanInfo changed = plan.info();
    changed.year += 1;
    info->setInfo(changed);
    EXPECT_TRUE(reports(planDifferences(plan, *info), {QStringLiteral("plan year")}));
}
