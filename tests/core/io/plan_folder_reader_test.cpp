#include "analysis/district_indicators.h"
#include "io/plan_folder_reader.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

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

// The paper's goals for 2012 were 2-3 districts with 100 billion yuan of business income, 10 with
// 50 and 50 with 10 billion: the 2009 sample must not already exceed them.
TEST(HenanSamplePlan, BusinessIncomeStaysBelowThe2012Goals) {
    const auto plan = bundledPlan(QStringLiteral("henan"));
    int tenBillion = 0, fiftyBillion = 0, hundredBillion = 0;
    for (const model::District* d : plan->districts()) {
        tenBillion += d->finance.businessIncome >= 100.0 ? 1 : 0; // 100 million yuan
        fiftyBillion += d->finance.businessIncome >= 500.0 ? 1 : 0;
        hundredBillion += d->finance.businessIncome >= 1000.0 ? 1 : 0;
    }
    EXPECT_LT(tenBillion, 50);
    EXPECT_LT(fiftyBillion, 10);
    EXPECT_LT(hundredBillion, 3);
    EXPECT_GT(tenBillion, 0); // the tiers are not all empty
}

// The paper: Ningxia's clusters are still at the formation stage, no innovative cluster "in the
// true sense" has formed yet.
TEST(NingxiaSamplePlan, MostParksAreStillForming) {
    const auto plan = bundledPlan(QStringLiteral("ningxia"));
    analysis::IndicatorContext context;
    context.sectors = &plan->sectors();
    context.inputOutput = &plan->inputOutput();
    context.provinceOutputBySector =
        analysis::outputBySector(plan->districts(), plan->sectors().size());
    int informal = 0, innovative = 0;
    for (const model::District* d : plan->districts()) {
        const auto stage = analysis::computeIndicators(*d, context).stage;
        informal += stage == analysis::ClusterStage::Informal ? 1 : 0;
        innovative += stage == analysis::ClusterStage::Innovative ? 1 : 0;
    }
    EXPECT_GT(informal * 3, static_cast<int>(plan->districts().size()) * 2); // more than two thirds
    EXPECT_EQ(innovative, 0);
}

// No field is a fixed multiple of another across a whole province: each ratio varies by district.
TEST(SamplePlans, NoFieldIsAFixedMultipleOfAnother) {
    for (const QString& province : {QStringLiteral("henan"), QStringLiteral("ningxia")}) {
        const auto plan = bundledPlan(province);
        std::map<std::string, std::pair<double, double>> range; // ratio -> (min, max)
        const auto note = [&](const std::string& name, double numerator, double denominator) {
            if (denominator <= 0.0 || numerator <= 0.0) {
                return;
            }
            const double r = numerator / denominator;
            const auto it = range.try_emplace(name, r, r).first;
            it->second = {std::min(it->second.first, r), std::max(it->second.second, r)};
        };
        for (const model::District* d : plan->districts()) {
            note("income/output", d->finance.businessIncome, d->totalOutput());
            note("investment/output", d->finance.fixedInvestment, d->totalOutput());
            note("rd-staff/rd", d->innovation.rdStaff, d->innovation.rdSpending);
            note("patents/rd", d->innovation.patents, d->innovation.rdSpending);
            note("rd/income", d->innovation.rdSpending, d->finance.businessIncome);
            note("built/planned", d->builtAreaKm2, d->plannedAreaKm2);
        }
        ASSERT_EQ(range.size(), 6u) << province.toStdString();
        for (const auto& [name, minMax] : range) {
            EXPECT_GT(minMax.second / minMax.first, 1.2) << province.toStdString() << " " << name;
        }
    }
}

// A named district sits in the county its name or a cited source gives (maps/README.md).
TEST(SamplePlans, NamedDistrictsSitInTheirHostCounty) {
    const auto hostOf = [](const model::Plan& plan, const QString& nameZh) {
        for (const model::District* d : plan.districts()) {
            if (d->nameZh == nameZh) {
                return d->hostCounty;
            }
        }
        return geo::RegionCode{0};
    };
    const auto henan = bundledPlan(QStringLiteral("henan"));
    EXPECT_EQ(hostOf(*henan, QStringLiteral("洛阳高新技术产业集聚区")), 410305); // 涧西区
    EXPECT_EQ(hostOf(*henan, QStringLiteral("洛阳空港产业集聚区")), 410322);     // 孟津县
    EXPECT_EQ(hostOf(*henan, QStringLiteral("平顶山化工产业集聚区")), 410422);   // 叶县
    EXPECT_EQ(hostOf(*henan, QStringLiteral("郑州航空港产业集聚区")), 410184);   // 新郑市
    EXPECT_EQ(hostOf(*henan, QStringLiteral("长垣县产业集聚区")), 410728);       // 长垣县
    EXPECT_EQ(hostOf(*henan, QStringLiteral("长葛市大周再生金属循环产业集聚区")), 411082);
    const auto ningxia = bundledPlan(QStringLiteral("ningxia"));
    EXPECT_EQ(hostOf(*ningxia, QStringLiteral("银川经济技术开发区")), 640105); // 西夏区
    EXPECT_EQ(hostOf(*ningxia, QStringLiteral("望远工业园区")), 640121);       // 永宁县
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
    // Line `index` (0 is the header) of a copied file.
    QByteArray line(const QString& name, int index) {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll().split('\n').value(index);
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
    // The first data row's output, whatever the sample's value: "\n<id>,<sector>,<output>,".
    const QList<QByteArray> row = line(QStringLiteral("industries.csv"), 1).split(',');
    ASSERT_GE(row.size(), 3);
    edit(QStringLiteral("industries.csv"), "\n" + row.mid(0, 3).join(',') + ",",
         "\n" + row.mid(0, 2).join(',') + ",lots,");
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

TEST_F(PlanFolderBadInput, ARowWithSeveralWrongFieldsNamesTheFirst) {
    edit(QStringLiteral("industries.csv"), "\n1,SEI-NM,157.08,", "\n1,SEI-XX,lots,");
    EXPECT_EQ(
        error(),
        path("industries.csv") +
            QStringLiteral(
                ", row 2, field \"sector\": \"SEI-XX\" is not a sector code of the catalogue."));
}

TEST_F(PlanFolderBadInput, ANegativeValueIsRefusedAtItsField) {
    edit(QStringLiteral("infrastructure.csv"), "\n1,water,", "\n1,water,-");
    EXPECT_TRUE(error().startsWith(
        path("infrastructure.csv") +
        QStringLiteral(", row 2, field \"current\": Current provision (0–100) must be from 0 "
                       "to 100, not -")))
        << error().toStdString();
}

TEST_F(PlanFolderBadInput, ADuplicateIdIsNamedAtTheIdField) {
    edit(QStringLiteral("districts.csv"), "\n2,", "\n1,");
    EXPECT_EQ(error(), path("districts.csv") +
                           QStringLiteral(", row 3, field \"id\": id 1 is given twice; each "
                                          "district needs its own id."));
}

TEST_F(PlanFolderBadInput, ARunawayNameIsRefusedAndQuotedShort) {
    edit(QStringLiteral("districts.csv"), "\n1,", "\n1," + QByteArray(100000, 'x'));
    const QString message = error();
    EXPECT_LT(message.size(), 400);
    EXPECT_TRUE(message.contains(QStringLiteral("characters long; a name has at most 200.")))
        << message.toStdString();
}

TEST_F(PlanFolderBadInput, AValueAboveItsFieldsMaximumIsRefusedAtThatField) {
    edit(QStringLiteral("industries.csv"), "\n1,SEI-NM,157.08,", "\n1,SEI-NM,1e308,");
    EXPECT_TRUE(error().startsWith(
        path("industries.csv") +
        QStringLiteral(", row 2, field \"output\": Output (100 million yuan) must be from 0 "
                       "to 100,000, not 1e+308")))
        << error().toStdString();
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

TEST_F(PlanFolderBadInput, ATruncatedQuotedFieldIsReportedWhereItOpens) {
    edit(QStringLiteral("links.csv"), "\n1,", "\n\"1,");
    EXPECT_EQ(error(), path("links.csv") +
                           QStringLiteral(", line 2, column A: the quoted field that opens here "
                                          "is never closed; add the missing quote (\"), or save "
                                          "the file again if it was cut short."));
}

TEST_F(PlanFolderBadInput, AShortRowIsReportedWithItsLine) {
    edit(QStringLiteral("district_links.csv"), "\n", "\n\n3,4\n");
    EXPECT_EQ(error(), path("district_links.csv") +
                           QStringLiteral(", line 3: ends after column B while the header on "
                                          "line 1 runs to column D; a separator is missing, or a "
                                          "line break splits the row."));
}

TEST_F(PlanFolderBadInput, ALongRowIsReportedAtItsFirstExtraColumn) {
    edit(QStringLiteral("district_links.csv"), "\n", "\n3,4,C32,1.5,\n");
    EXPECT_EQ(error(), path("district_links.csv") +
                           QStringLiteral(", line 2, column E: lies beyond the header on line 1, "
                                          "which ends at column D; a separator is extra, or a "
                                          "value holding one is not quoted."));
}

TEST_F(PlanFolderBadInput, RowsAreNumberedByTheirLineAfterABlankLine) {
    edit(QStringLiteral("links.csv"), "\n1,", "\n\n999,");
    EXPECT_EQ(error(), path("links.csv") +
                           QStringLiteral(", row 3, field \"district_id\": no district has id 999 "
                                          "in districts.csv."));
}

TEST_F(PlanFolderBadInput, AMissingFileIsNamed) {
    ASSERT_TRUE(QFile::remove(m_dir.filePath(QStringLiteral("infrastructure.csv"))));
    EXPECT_TRUE(
        error().startsWith(path("infrastructure.csv") + QStringLiteral(": cannot be opened")));
}
