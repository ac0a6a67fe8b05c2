#include "core/io/project/project_test_support.h"
#include "io/plan_folder_reader.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace agglomap;
using model::DistrictField;
using model::Origin;
using model::Provenance;
using model::ValueField;

namespace {

// A copy of the bundled Henan plan folder, for tests that add or change its files.
class PlanFolderCopy {
public:
    PlanFolderCopy() {
        const QDir source(test::mapsDirectory() + QStringLiteral("/henan/plan"));
        for (const QString& name : source.entryList(QDir::Files)) {
            QFile::copy(source.filePath(name), m_dir.filePath(name));
        }
    }
    QString path() const { return m_dir.path(); }
    void write(const QString& name, const QByteArray& text) const {
        QFile file(m_dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(text), text.size());
    }
    Result<std::unique_ptr<model::Plan>> read() const {
        return io::readPlanFolder(path(), std::make_shared<const geo::RegionHierarchy>(
                                              test::bundledHierarchy(QStringLiteral("henan"))));
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST(PlanFolderProvenance, AGroupMarkedIllustrativeMarksEachOfItsValues) {
    const io::OpenedPlan opened = test::bundledPlan(QStringLiteral("henan"));
    const model::District& d = *opened.plan->districts().front();
    ASSERT_FALSE(d.industries.empty());
    for (const model::SectorActivity& a : d.industries) {
        const Provenance& output = d.provenance.of({ValueField::SectorOutput, a.sector});
        EXPECT_EQ(output.origin, Origin::Illustrative);
        EXPECT_FALSE(output.source.isEmpty()) << "how the value was generated";
        EXPECT_TRUE(d.provenance.isIllustrative({ValueField::SectorHighTechOutput, a.sector}));
    }
    EXPECT_TRUE(d.provenance.isIllustrative({ValueField::ProvisionRequired, 12}));
    // Real names from sources stay entered.
    EXPECT_FALSE(d.provenance.anyIllustrative(DistrictField::Name));
}

TEST(PlanFolderProvenance, AProvenanceTableOverridesTheGroupFlags) {
    PlanFolderCopy folder;
    const io::OpenedPlan opened = test::bundledPlan(QStringLiteral("henan"));
    const model::District& first = *opened.plan->districts().front();
    const QString sector = opened.plan->sectors().at(first.industries.front().sector).code;
    folder.write(QStringLiteral("provenance.csv"),
                 QStringLiteral("district_id,value,item,origin,source,column,row,when\n"
                                "1,business-income,,imported,stats.xlsx,营业收入,7,"
                                "2026-05-01T08:00:00.000Z\n"
                                "1,sector-output,%1,illustrative,hash of id and sector,,,\n")
                     .arg(sector)
                     .toUtf8());
    const auto plan = folder.read();
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    const model::District& d = *plan.value()->district(model::DistrictId{1});
    const Provenance& income = d.provenance.of({ValueField::BusinessIncome});
    EXPECT_EQ(income.origin, Origin::Imported);
    EXPECT_EQ(income.column, QStringLiteral("营业收入"));
    EXPECT_EQ(income.row, 7);
    EXPECT_EQ(income.when, QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    EXPECT_TRUE(
        d.provenance.isIllustrative({ValueField::SectorOutput, first.industries.front().sector}));
    // With the table present, values it does not list were entered.
    EXPECT_FALSE(d.provenance.isIllustrative({ValueField::FixedInvestment}));
}

TEST(PlanFolderProvenance, ABadProvenanceRowIsRefusedWithFileRowAndField) {
    PlanFolderCopy folder;
    folder.write(QStringLiteral("provenance.csv"), "district_id,value,item,origin,source\n"
                                                   "1,business-income,,imported,a.csv\n"
                                                   "1,turnover,,imported,a.csv\n");
    const auto plan = folder.read();
    ASSERT_FALSE(plan);
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("provenance.csv")))
        << plan.error().message.toStdString();
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("\"value\"")))
        << plan.error().message.toStdString();
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("turnover")));
}

TEST(PlanFolderProvenance, AReferenceEconomyIsReadWithItsProvenance) {
    PlanFolderCopy folder;
    folder.write(QStringLiteral("reference_economy.csv"),
                 "region_code,item,value,origin,source\n"
                 "410000,gdp,19480.46,entered,Henan statistical yearbook 2010\n"
                 "410000,output:C13-14,4200,illustrative,districts' output / 0.3\n");
    const auto plan = folder.read();
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    const model::ReferenceEconomy& reference = plan.value()->referenceEconomy();
    const model::ReferenceValue* gdp = reference.find(410000, QStringLiteral("gdp"));
    ASSERT_NE(gdp, nullptr);
    EXPECT_DOUBLE_EQ(gdp->value, 19480.46);
    EXPECT_EQ(gdp->provenance.origin, Origin::Entered);
    EXPECT_TRUE(reference.outputIllustrative(410000));
    // One sector is not a whole output table.
    EXPECT_FALSE(reference.outputBySector(410000, plan.value()->sectors()).has_value());

    folder.write(QStringLiteral("reference_economy.csv"), "region_code,item,value,origin,source\n"
                                                          "410000,gdp,1e308,entered,typo\n");
    const auto refused = folder.read();
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("reference_economy.csv")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1e308")));
}

class ProjectProvenance : public ::testing::Test {
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("plan.gpkg")); }
    QTemporaryDir m_dir;
};

TEST_F(ProjectProvenance, EveryValuesProvenanceAndTheReferenceEconomySurviveASave) {
    io::OpenedPlan opened = test::bundledPlan(QStringLiteral("henan"));
    model::Plan& plan = *opened.plan;
    const model::District& first = *plan.districts().front();
    model::Finance finance = first.finance;
    finance.businessIncome += 1.0;
    ASSERT_TRUE(plan.setFinance(first.id, finance));
    model::ProvenanceMap marks = plan.district(first.id)->provenance;
    marks.set({ValueField::Patents},
              Provenance::imported(QStringLiteral("/data/专利.xlsx"), QStringLiteral("专利数"), 12,
                                   QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8), Qt::UTC)));
    ASSERT_TRUE(plan.setProvenance(first.id, marks));
    model::ReferenceEconomy reference;
    reference.set(410000, QStringLiteral("gdp"),
                  {19480.46, Provenance::illustrative(QStringLiteral("test"))});
    plan.setReferenceEconomy(reference);

    ASSERT_TRUE(io::saveProject(test::contentsOf(QStringLiteral("henan"), opened), path()));
    auto reopened = io::openProject(path());
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    const model::Plan& read = *reopened.value().versions.front().plan;
    EXPECT_EQ(test::lines(model::planDifferences(plan, read)), "");
    EXPECT_EQ(read.district(first.id)->provenance, plan.district(first.id)->provenance);
    EXPECT_EQ(read.district(first.id)->provenance.of({ValueField::BusinessIncome}).origin,
              Origin::Entered);
    EXPECT_EQ(read.referenceEconomy(), reference);
}

TEST_F(ProjectProvenance, AFileOfTheFirstFormatMarksItsIllustrativeGroupsValueByValue) {
    const io::OpenedPlan opened = test::bundledPlan(QStringLiteral("henan"));
    ASSERT_TRUE(io::saveProject(test::contentsOf(QStringLiteral("henan"), opened), path()));
    // What a format-1 file holds: group flags in the districts table, no provenance table.
    test::executeSql(path(), "DROP TABLE provenance");
    test::executeSql(path(), "DROP TABLE reference_economy");
    test::executeSql(path(), "UPDATE agglomap_meta SET value = '1' WHERE key = 'schema_version'");
    auto reopened = io::openProject(path());
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    EXPECT_EQ(reopened.value().schemaVersion, 1);
    const model::Plan& read = *reopened.value().versions.front().plan;
    for (const model::District* d : opened.plan->districts()) {
        const model::District& after = *read.district(d->id);
        for (DistrictField group : {DistrictField::Industries, DistrictField::Infrastructure,
                                    DistrictField::Finance, DistrictField::Name}) {
            EXPECT_EQ(d->provenance.anyIllustrative(group),
                      after.provenance.anyIllustrative(group));
            for (const model::ValueKey& key : after.valueKeys(group)) {
                EXPECT_EQ(after.provenance.isIllustrative(key),
                          d->provenance.anyIllustrative(group))
                    << d->id.value << " " << model::keyText(key).toStdString();
            }
        }
    }
}
