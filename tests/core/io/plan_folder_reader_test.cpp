#include "analysis/district_indicators.h"
#include "io/plan_folder_reader.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace agglomap;
using model::DistrictType;
using model::ZoneLevel;

namespace {

std::shared_ptr<const geo::RegionHierarchy> regions(const QString& key) {
    return std::make_shared<const geo::RegionHierarchy>(test::bundledHierarchy(key));
}

QString planFolder(const QString& key) {
    return QDir(test::provinceDirectory(key)).filePath(QStringLiteral("plan"));
}

std::unique_ptr<model::Plan> bundledPlan(const QString& key) {
    auto plan = io::readPlanFolder(planFolder(key), regions(key));
    EXPECT_TRUE(plan.ok()) << (plan.ok() ? "" : plan.error().message.toStdString());
    return std::move(plan).value();
}

} // namespace

// Table 1 of the Henan paper, column A: the bundled plan reproduces it city by city.
TEST(HenanSamplePlan, ReproducesTable1DistrictsPerCity) {
    const auto plan = bundledPlan(QStringLiteral("henan"));
    const QHash<geo::RegionCode, int> columnA{
        {410300, 17}, {411500, 15}, {410100, 14}, {410700, 13}, {411300, 13}, {411700, 12},
        {411400, 11}, {411600, 11}, {410400, 10}, {410500, 9},  {410200, 8},  {410900, 8},
        {411000, 8},  {410800, 7},  {411200, 7},  {411100, 5},  {410600, 4},  {419000, 3}};
    int total = 0;
    for (auto it = columnA.cbegin(); it != columnA.cend(); ++it) {
        EXPECT_EQ(static_cast<int>(plan->districtsIn(it.key()).size()), it.value()) << it.key();
        total += it.value();
    }
    EXPECT_EQ(total, 175);
    EXPECT_EQ(plan->districts().size(), 175u);
}

TEST(HenanSamplePlan, HonoursThePapersProvincialFigures) {
    const auto plan = bundledPlan(QStringLiteral("henan"));
    int state = 0, provincial = 0, highTech = 0, positioned = 0, named = 0;
    double investment = 0.0;
    for (const model::District* d : plan->districts()) {
        state += d->zoneLevel == ZoneLevel::State ? 1 : 0;
        provincial += d->zoneLevel == ZoneLevel::Provincial ? 1 : 0;
        highTech += d->type == DistrictType::HighTech ? 1 : 0;
        positioned += d->type == DistrictType::ClearlyPositioned ? 1 : 0;
        named += d->placeholderName ? 0 : 1;
        investment += d->finance.fixedInvestment;
        if (d->zoneLevel == ZoneLevel::State) {
            EXPECT_TRUE(d->hostCity == 410100 || d->hostCity == 410300) << d->nameZh.toStdString();
        }
    }
    EXPECT_EQ(state, 4);
    EXPECT_EQ(provincial, 22);
    EXPECT_EQ(highTech, 8);
    EXPECT_EQ(positioned, 23);
    EXPECT_EQ(named, 57);
    EXPECT_NEAR(investment, 687.3, 1e-6); // 68.73 billion yuan by May 2009
}

TEST(HenanSamplePlan, NamesTheIndustriesThePaperNames) {
    const auto plan = bundledPlan(QStringLiteral("henan"));
    const auto& sectors = plan->sectors();
    auto leadingOf = [&](const QString& nameZh) {
        for (const model::District* d : plan->districts()) {
            if (d->nameZh == nameZh) {
                return sectors.at(d->leadingIndustries.front()).code;
            }
        }
        return QString();
    };
    EXPECT_EQ(leadingOf(QStringLiteral("漯河经济技术产业集聚区")),
              QStringLiteral("C13-14")); // food
    EXPECT_EQ(leadingOf(QStringLiteral("长垣县产业集聚区")),
              QStringLiteral("C34")); // lifting equipment
    bool xuchangPower = false;
    for (const model::District* d : plan->districtsIn(411000)) {
        xuchangPower |= sectors.at(d->leadingIndustries.front()).code == QLatin1String("C38");
    }
    EXPECT_TRUE(xuchangPower); // power equipment
}

TEST(HenanSamplePlan, ClearlyPositionedByIndicatorMatchesThePapersCount) {
    const auto plan = bundledPlan(QStringLiteral("henan"));
    analysis::IndicatorContext context;
    context.sectors = &plan->sectors();
    context.provinceOutputBySector =
        analysis::outputBySector(plan->districts(), plan->sectors().size());
    int clear = 0;
    for (const model::District* d : plan->districts()) {
        clear += analysis::computeIndicators(*d, context).clearlyPositioned ? 1 : 0;
    }
    EXPECT_EQ(clear, 23);
}

TEST(HenanSamplePlan, KnowsWhichValuesAreIllustrative) {
    const auto plan = bundledPlan(QStringLiteral("henan"));
    const model::District* first = plan->districts().front();
    EXPECT_TRUE(first->provenance.anyIllustrative(model::DistrictField::Industries));
    EXPECT_TRUE(first->provenance.anyIllustrative(model::DistrictField::Infrastructure));
    EXPECT_FALSE(first->provenance.anyIllustrative(model::DistrictField::Name)); // a real name
    EXPECT_TRUE(plan->inputOutputIllustrative());
    EXPECT_GT(plan->inputOutput().coefficient(*plan->sectors().indexOf(QStringLiteral("A01-05")),
                                              *plan->sectors().indexOf(QStringLiteral("C13-14"))),
              0.2);
}

TEST(NingxiaSamplePlan, HonoursThePapersEnterpriseFigures) {
    const auto plan = bundledPlan(QStringLiteral("ningxia"));
    int enterprises = 0, small = 0, listed = 0;
    for (const model::District* d : plan->districts()) {
        for (const auto& a : d->industries) {
            enterprises += a.enterprises;
            small += a.smallAndMediumEnterprises;
        }
        listed += d->finance.listedCompanies;
    }
    EXPECT_EQ(plan->districts().size(), 14u);
    EXPECT_EQ(enterprises, 761);
    EXPECT_EQ(small, 641);
    EXPECT_EQ(listed, 11);
}

class PlanFolderBadInput : public ::testing::Test {
protected:
    void SetUp() override {
        for (const QString& name : io::planFolderFiles()) {
            ASSERT_TRUE(QFile::copy(QDir(planFolder(QStringLiteral("henan"))).filePath(name),
                                    m_dir.filePath(name)));
        }
    }
    // Replaces the first occurrence of `from` in a copied file.
    void edit(const QString& name, const QByteArray& from, const QByteArray& to) {
        QFile file(m_dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        const auto at = content.indexOf(from);
        ASSERT_GE(at, 0) << from.toStdString();
        content.replace(at, from.size(), to);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QString error() {
        const auto plan = io::readPlanFolder(m_dir.path(), regions(QStringLiteral("henan")));
        EXPECT_FALSE(plan.ok());
        return plan.ok() ? QString() : plan.error().message;
    }
    QString path(const char* name) const {
        return QDir::toNativeSeparators(m_dir.filePath(QLatin1String(name)));
    }

    QTemporaryDir m_dir;
};

TEST_F(PlanFolderBadInput, ACopyOfTheBundledPlanReads) {
    EXPECT_TRUE(io::readPlanFolder(m_dir.path(), regions(QStringLiteral("henan"))).ok());
}

TEST_F(PlanFolderBadInput, ANonNumberNamesFileRowAndField) {
    edit(QStringLiteral("industries.csv"), "\n1,SEI-NM,102.27,", "\n1,SEI-NM,lots,");
    EXPECT_EQ(error(), path("industries.csv") +
                           QStringLiteral(", row 2, field \"output\": \"lots\" is not a number."));
}

TEST_F(PlanFolderBadInput, AnUnknownSectorCodeIsNamed) {
    edit(QStringLiteral("industries.csv"), "\n1,SEI-NM,", "\n1,SEI-XX,");
    EXPECT_EQ(
        error(),
        path("industries.csv") +
            QStringLiteral(
                ", row 2, field \"sector\": \"SEI-XX\" is not a sector code of the catalogue."));
}

TEST_F(PlanFolderBadInput, ANegativeValueIsRefusedWithThePlansOwnReason) {
    edit(QStringLiteral("infrastructure.csv"), "\n1,water,", "\n1,water,-");
    EXPECT_TRUE(error().startsWith(
        path("infrastructure.csv") +
        QStringLiteral(", row 2, field \"current\": Provision levels run from 0 to 100.")));
}

TEST_F(PlanFolderBadInput, AMissingColumnIsNamed) {
    edit(QStringLiteral("districts.csv"), "host_county", "host");
    EXPECT_EQ(error(),
              path("districts.csv") +
                  QStringLiteral(": the column \"host_county\" is missing from the header."));
}

TEST_F(PlanFolderBadInput, AnUnknownDistrictIdIsNamed) {
    edit(QStringLiteral("links.csv"), "\n1,", "\n999,");
    EXPECT_EQ(error(),
              path("links.csv") +
                  QStringLiteral(", row 2, field \"district_id\": no district has id 999 in "
                                 "districts.csv."));
}

TEST_F(PlanFolderBadInput, GbkTextIsRecognisedAsNotUtf8) {
    QFile file(m_dir.filePath(QStringLiteral("districts.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    QStringEncoder gbk("GB18030");
    ASSERT_TRUE(gbk.isValid());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(gbk.encode(text));
    file.close();
    EXPECT_EQ(error(), path("districts.csv") +
                           QStringLiteral(": is not UTF-8 text (perhaps GBK); save it as UTF-8 and "
                                          "try again."));
}

TEST_F(PlanFolderBadInput, ATruncatedQuotedFieldIsReported) {
    edit(QStringLiteral("links.csv"), "\n1,", "\n\"1,");
    EXPECT_TRUE(error().contains(QStringLiteral("is never closed; the file may be truncated.")));
}

TEST_F(PlanFolderBadInput, AShortRowIsReportedWithItsNumber) {
    edit(QStringLiteral("district_links.csv"), "\n", "\n3,4\n");
    EXPECT_EQ(error(), path("district_links.csv") +
                           QStringLiteral(", row 2: has 2 fields where the header has 4."));
}

TEST_F(PlanFolderBadInput, AMissingFileIsNamed) {
    ASSERT_TRUE(QFile::remove(m_dir.filePath(QStringLiteral("infrastructure.csv"))));
    EXPECT_TRUE(
        error().startsWith(path("infrastructure.csv") + QStringLiteral(": cannot be opened")));
}
