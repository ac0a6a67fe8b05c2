#include "core/io/project/project_test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace agglomap;

namespace {

using test::lines;

// Same rings, same vertices, bit for bit.
bool sameCoordinates(const geo::MultiPolygon& a, const geo::MultiPolygon& b) {
    const auto sameRing = [](const geo::Ring& p, const geo::Ring& q) {
        return std::equal(p.begin(), p.end(), q.begin(), q.end(),
                          [](const geo::Point& u, const geo::Point& v) {
                              return u.x() == v.x() && u.y() == v.y();
                          });
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const geo::Polygon& p, const geo::Polygon& q) {
                          return sameRing(p.outer(), q.outer()) &&
                                 std::equal(p.inners().begin(), p.inners().end(),
                                            q.inners().begin(), q.inners().end(), sameRing);
                      });
}

void expectSameRegions(const geo::RegionHierarchy& a, const geo::RegionHierarchy& b) {
    ASSERT_EQ(a.regions().size(), b.regions().size());
    for (std::size_t i = 0; i < a.regions().size(); ++i) {
        const geo::Region& before = a.regions()[i];
        const geo::Region& after = b.regions()[i];
        SCOPED_TRACE(before.code);
        EXPECT_EQ(before.code, after.code);
        EXPECT_EQ(before.parentCode, after.parentCode);
        EXPECT_EQ(before.level, after.level);
        EXPECT_EQ(before.kind, after.kind);
        EXPECT_EQ(before.nameZh, after.nameZh);
        EXPECT_EQ(before.nameEn, after.nameEn);
        EXPECT_EQ(geo::vertexCount(before.lonLat), geo::vertexCount(after.lonLat));
        EXPECT_TRUE(sameCoordinates(before.lonLat, after.lonLat));
    }
}

std::vector<int> idsOf(const model::Plan& plan) {
    std::vector<int> ids;
    for (const model::District* district : plan.districts()) {
        ids.push_back(district->id.value);
    }
    return ids;
}

// The id the plan hands the next district it is given without one.
int nextId(const model::Plan& plan) {
    auto copy = plan.clone();
    model::District district;
    district.nameZh = QStringLiteral("新区");
    district.hostCounty = plan.districts().front()->hostCounty;
    return copy->addDistrict(std::move(district)).value().value;
}

void expectSamePlan(const model::Plan& saved, const model::Plan& opened) {
    EXPECT_EQ(lines(model::planDifferences(saved, opened)), "");
    EXPECT_EQ(saved.info().titleZh, opened.info().titleZh);
    EXPECT_EQ(saved.info().titleEn, opened.info().titleEn);
    EXPECT_EQ(saved.info().year, opened.info().year);
    EXPECT_EQ(saved.info().source, opened.info().source);
    EXPECT_EQ(idsOf(saved), idsOf(opened));
    EXPECT_EQ(nextId(saved), nextId(opened));
}

class ProjectRoundTrip : public ::testing::TestWithParam<const char*> {
protected:
    QString key() const { return QString::fromLatin1(GetParam()); }
    QString path() const { return m_dir.filePath(QStringLiteral("plan.gpkg")); }

    io::OpenedProject saveAndOpen(const io::ProjectContents& contents) {
        const Status saved = io::saveProject(contents, path());
        EXPECT_TRUE(saved.ok()) << (saved ? "" : saved.error().message.toStdString());
        auto opened = io::openProject(path());
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return {};
        }
        return std::move(opened).value();
    }

    QTemporaryDir m_dir;
};

TEST_P(ProjectRoundTrip, TheBundledPlanComesBackUnchanged) {
    const io::OpenedPlan bundled = test::bundledPlan(key());
    const io::ProjectContents contents = test::contentsOf(key(), bundled);
    const io::OpenedProject opened = saveAndOpen(contents);
    ASSERT_EQ(opened.versions.size(), 1u);
    EXPECT_EQ(opened.versions[0].name, QStringLiteral("Baseline"));
    expectSamePlan(*bundled.plan, *opened.versions[0].plan);
    expectSameRegions(*bundled.regions, *opened.regions);
    EXPECT_EQ(&opened.versions[0].plan->regions(), opened.regions.get());
    EXPECT_EQ(opened.province, key());
    EXPECT_EQ(opened.boundaryDescription, contents.boundaryDescription);
    EXPECT_EQ(opened.settings, contents.settings);
    EXPECT_EQ(opened.schemaVersion, io::kProjectSchemaVersion);
    EXPECT_TRUE(io::isProjectFile(path()));
}

TEST_P(ProjectRoundTrip, EditsComeBackUnchanged) {
    const io::OpenedPlan bundled = test::bundledPlan(key());
    model::Plan& plan = *bundled.plan;
    const std::vector<const model::District*> districts = plan.districts();
    const model::District& first = *districts.front();
    const model::District& second = *districts[1];
    const model::DistrictId last = districts.back()->id;

    ASSERT_TRUE(plan.renameDistrict(first.id, QStringLiteral("新名字 \"引号\", 逗号"),
                                    QStringLiteral("New name; with, punctuation")));
    ASSERT_TRUE(plan.setProvision(second.id, model::InfrastructureItem::Broadband,
                                  {100.0 / 3.0, 0.1 + 0.2}));
    const model::SectorIndex sector = plan.sectors().size() - 1;
    ASSERT_TRUE(plan.setSectorActivity(first.id, {sector, 1e-7 + 12.345, 1234.5, 7, 3, 1e-7}));
    model::ProvenanceMap marks = plan.district(second.id)->provenance;
    marks.set(
        {model::ValueField::SectorOutput, plan.district(second.id)->industries.front().sector},
        model::Provenance::imported(QStringLiteral("产值.csv"), QStringLiteral("产值"), 3));
    ASSERT_TRUE(plan.setProvenance(second.id, marks));
    ASSERT_TRUE(plan.addDistrictLink({first.id, second.id, sector, 2.0 / 7.0}));
    ASSERT_TRUE(plan.removeDistrict(last)); // the next id stays past it

    model::District added;
    added.nameZh = QStringLiteral("示范园区");
    added.hostCounty = first.hostCounty;
    added.location = {first.location.lon + 0.0123456789, first.location.lat - 1.0 / 7.0};
    geo::Polygon square;
    const double x = added.location.lon;
    const double y = added.location.lat;
    square.outer() = {geo::Point(x, y), geo::Point(x, y + 0.01), geo::Point(x + 0.01, y + 0.01),
                      geo::Point(x + 0.01, y), geo::Point(x, y)};
    square.inners().push_back({geo::Point(x + 0.002, y + 0.002), geo::Point(x + 0.004, y + 0.002),
                               geo::Point(x + 0.004, y + 0.004), geo::Point(x + 0.002, y + 0.004),
                               geo::Point(x + 0.002, y + 0.002)});
    geo::bg::correct(square);
    added.boundary = geo::MultiPolygon{square};
    const auto addedId = plan.addDistrict(added);
    ASSERT_TRUE(addedId);
    EXPECT_GT(addedId.value().value, last.value);

    const io::OpenedProject opened = saveAndOpen(test::contentsOf(key(), bundled));
    ASSERT_EQ(opened.versions.size(), 1u);
    const model::Plan& reopened = *opened.versions[0].plan;
    expectSamePlan(plan, reopened);
    const model::District* withBoundary = reopened.district(addedId.value());
    ASSERT_TRUE(withBoundary && withBoundary->boundary);
    EXPECT_TRUE(sameCoordinates(*added.boundary, *withBoundary->boundary));
    EXPECT_EQ(reopened.district(first.id)->nameZh, QStringLiteral("新名字 \"引号\", 逗号"));
    EXPECT_FALSE(reopened.district(last));
}

TEST_P(ProjectRoundTrip, ScenariosKeepTheirNamesPlansAndOrder) {
    const io::OpenedPlan bundled = test::bundledPlan(key());
    auto scenario = bundled.plan->clone();
    const model::District& district = *scenario->districts().front();
    ASSERT_TRUE(scenario->setFinance(district.id, {district.finance.fixedInvestment * 1.1,
                                                   district.finance.businessIncome + 1.0 / 3.0,
                                                   district.finance.listedCompanies + 2, 9}));
    ASSERT_TRUE(scenario->removeDistrict(scenario->districts().back()->id));
    model::PlanInfo info = scenario->info();
    info.titleEn += QStringLiteral(" — greener");
    scenario->setInfo(info);
    ASSERT_TRUE(scenario->setInputOutputTable(scenario->inputOutput(), false));

    const io::OpenedProject opened =
        saveAndOpen(test::contentsOf(key(), *bundled.regions,
                                     {{QStringLiteral("基准 Baseline"), bundled.plan.get()},
                                      {QStringLiteral("Greener, \"phase 2\""), scenario.get()}}));
    ASSERT_EQ(opened.versions.size(), 2u);
    EXPECT_EQ(opened.versions[0].name, QStringLiteral("基准 Baseline"));
    EXPECT_EQ(opened.versions[1].name, QStringLiteral("Greener, \"phase 2\""));
    expectSamePlan(*bundled.plan, *opened.versions[0].plan);
    expectSamePlan(*scenario, *opened.versions[1].plan);
    EXPECT_FALSE(opened.versions[1].plan->inputOutputIllustrative());
    EXPECT_EQ(&opened.versions[1].plan->regions(), opened.regions.get());
}

INSTANTIATE_TEST_SUITE_P(BundledPlans, ProjectRoundTrip, ::testing::Values("henan", "ningxia"));

} // namespace
