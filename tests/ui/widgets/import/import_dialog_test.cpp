#include "io/import/data_table.h"
#include "io/plan_source.h"
#include "support/test_data.h"
#include "widgets/import/import_dialog.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}

using namespace agglomap;
using widgets::ImportDialog;

namespace {

const model::Plan& henanPlan() {
    static const io::OpenedPlan opened = [] {
        auto result = io::openPlan(QStringLiteral("henan"), test::mapsDirectory());
        EXPECT_TRUE(result.ok());
        return std::move(result).value();
    }();
    return *opened.plan;
}

// Statistics as a Chinese Windows spreadsheet saves them: CSV in GBK.
const char* const kGbkCsv = "编号,名称,研发经费,供水现状,备注\r\n"
                            "1,郑州高新技术产业集聚区,6.5,70,郑州\r\n"
                            "2,郑州经济技术产业集聚区,1.12,,\r\n"
                            "999,新园区,1,,\r\n";

class ImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("集聚区统计.csv"));
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QStringEncoder gbk("GB18030");
        ASSERT_TRUE(gbk.isValid());
        file.write(gbk.encode(QString::fromUtf8(kGbkCsv)));
    }

    static bool okEnabled(const ImportDialog& dialog) {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(ImportDialogTest, DetectsGbkAndPreviewsTheChineseText) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::English);
    ASSERT_TRUE(dialog.table().has_value());
    EXPECT_EQ(dialog.table()->encoding, io::TextEncoding::Gb18030);
    const auto* encodingBox = dialog.findChild<QComboBox*>(QStringLiteral("encoding"));
    ASSERT_NE(encodingBox, nullptr);
    EXPECT_EQ(encodingBox->itemText(0), QStringLiteral("Detected: GB18030"));
    EXPECT_EQ(encodingBox->currentIndex(), 0);
    const QAbstractItemModel* preview =
        dialog.findChild<QTableView*>(QStringLiteral("preview"))->model();
    EXPECT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->headerData(1, Qt::Horizontal).toString(), QStringLiteral("名称"));
    EXPECT_EQ(preview->index(0, 1).data().toString(), QStringLiteral("郑州高新技术产业集聚区"));
    // Rows are numbered as the spreadsheet numbers them, as messages name them.
    EXPECT_EQ(preview->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
}

TEST_F(ImportDialogTest, SuggestsTheMappingAndReportsWhatWouldChange) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::Chinese);
    const io::ImportMapping mapping = dialog.mapping();
    EXPECT_EQ(mapping.join, io::JoinKey::Id);
    EXPECT_EQ(mapping.keyColumn, QStringLiteral("编号"));
    const std::map<QString, QString> expected{
        {QStringLiteral("name_zh"), QStringLiteral("名称")},
        {QStringLiteral("rd_spending"), QStringLiteral("研发经费")},
        {QStringLiteral("water_current"), QStringLiteral("供水现状")}};
    EXPECT_EQ(mapping.columns, expected);
    ASSERT_TRUE(dialog.outcome().has_value());
    EXPECT_EQ(dialog.outcome()->matchedRows, 2);
    ASSERT_EQ(dialog.outcome()->updated.size(), 2u);
    EXPECT_DOUBLE_EQ(dialog.outcome()->updated[0].innovation.rdSpending, 6.5);
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("row 4 '999': no district has id 999")))
        << dialog.report().toStdString();
    EXPECT_TRUE(okEnabled(dialog));
}

TEST_F(ImportDialogTest, ChangingATargetUpdatesTheReport) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::English);
    ASSERT_TRUE(dialog.setTarget(QStringLiteral("研发经费"), QString()));
    ASSERT_TRUE(dialog.setTarget(QStringLiteral("供水现状"), QString()));
    ASSERT_TRUE(dialog.outcome().has_value());
    EXPECT_TRUE(dialog.outcome()->updated.empty());
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("no district would change")))
        << dialog.report().toStdString();
    EXPECT_FALSE(okEnabled(dialog));

    ASSERT_TRUE(dialog.setTarget(QStringLiteral("研发经费"), QStringLiteral("fixed_investment")));
    ASSERT_EQ(dialog.outcome()->updated.size(), 2u);
    EXPECT_DOUBLE_EQ(dialog.outcome()->updated[0].finance.fixedInvestment, 6.5);
    EXPECT_TRUE(okEnabled(dialog));
    // The key column finds districts; it imports nothing.
    EXPECT_FALSE(dialog.setTarget(QStringLiteral("编号"), QStringLiteral("patents")));
}

TEST_F(ImportDialogTest, ShowsARefusedValueAndDisablesOk) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::English);
    ASSERT_TRUE(dialog.setTarget(QStringLiteral("备注"), QStringLiteral("rd_staff")));
    EXPECT_FALSE(dialog.outcome().has_value());
    EXPECT_EQ(dialog.report(),
              QStringLiteral("%1, row 2, field \"备注\": \"郑州\" is not a number.").arg(m_path));
    EXPECT_FALSE(okEnabled(dialog));
    ASSERT_TRUE(dialog.setTarget(QStringLiteral("备注"), QString()));
    EXPECT_TRUE(okEnabled(dialog));
}

TEST_F(ImportDialogTest, RefusesTwoColumnsForOneTarget) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::English);
    ASSERT_TRUE(dialog.setTarget(QStringLiteral("供水现状"), QStringLiteral("rd_spending")));
    EXPECT_EQ(dialog.report(), QStringLiteral("The columns \"研发经费\" and \"供水现状\" both "
                                              "import into R&D spending (100 million yuan); "
                                              "choose one."));
    EXPECT_FALSE(okEnabled(dialog));
}

TEST_F(ImportDialogTest, AWrongEncodingShowsTheReadersErrorUntilSwitchedBack) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::English);
    dialog.setEncoding(io::TextEncoding::Utf8);
    io::DataTableOptions utf8;
    utf8.encoding = io::TextEncoding::Utf8;
    const auto expected = io::readDataTable(m_path, utf8);
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(dialog.report(), expected.error().message);
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("is not valid UTF-8 text")));
    EXPECT_FALSE(dialog.outcome().has_value());
    EXPECT_FALSE(okEnabled(dialog));

    dialog.setEncoding(io::TextEncoding::Gb18030);
    ASSERT_TRUE(dialog.outcome().has_value());
    EXPECT_EQ(dialog.mapping().keyColumn, QStringLiteral("编号"));
    EXPECT_EQ(dialog.outcome()->updated.size(), 2u);
    EXPECT_TRUE(okEnabled(dialog));
}

TEST_F(ImportDialogTest, KeepsTheUsersChoicesThroughAWrongEncoding) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::English);
    ASSERT_TRUE(dialog.setTarget(QStringLiteral("供水现状"), QString()));
    ASSERT_TRUE(dialog.setTarget(QStringLiteral("备注"), QStringLiteral("name_en")));
    dialog.setEncoding(io::TextEncoding::Utf8);
    ASSERT_FALSE(dialog.table().has_value());
    dialog.setEncoding(std::nullopt);
    ASSERT_TRUE(dialog.table().has_value());
    const auto columns = dialog.mapping().columns;
    EXPECT_FALSE(columns.contains(QStringLiteral("water_current")));
    EXPECT_EQ(columns.at(QStringLiteral("name_en")), QStringLiteral("备注"));
    EXPECT_EQ(columns.at(QStringLiteral("rd_spending")), QStringLiteral("研发经费"));
}

TEST_F(ImportDialogTest, JoinsByNameAndAddsUnmatchedRowsWhenAsked) {
    ImportDialog dialog(henanPlan(), m_path, geo::LabelLanguage::English);
    dialog.setJoin(io::JoinKey::Name, QStringLiteral("名称"));
    EXPECT_EQ(dialog.mapping().join, io::JoinKey::Name);
    EXPECT_EQ(dialog.mapping().keyColumn, QStringLiteral("名称"));
    EXPECT_FALSE(dialog.mapping().columns.contains(QStringLiteral("name_zh")));
    ASSERT_TRUE(dialog.outcome().has_value());
    EXPECT_EQ(dialog.outcome()->matchedRows, 2);
    ASSERT_EQ(dialog.outcome()->unmatched.size(), 1u);
    EXPECT_EQ(dialog.outcome()->unmatched.front().reason,
              QStringLiteral("no district is named 新园区"));
    // Without a location the row cannot become a district.
    dialog.setAddUnmatched(true);
    EXPECT_TRUE(dialog.outcome()->added.empty());
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("it has no location to be added at")));
}

TEST(ImportDialog, TakesLocationsFromALayersPointsInTheChosenDatum) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const geo::LonLat target = henanPlan().district(model::DistrictId{2})->location;
    const geo::LonLat baidu = geo::fromWgs84(target, geo::LonLatDatum::Bd09);
    const QString path = dir.filePath(QStringLiteral("parks.geojson"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": 1},
         "geometry": {"type": "Point", "coordinates": [%1, %2]}}]})")
                   .arg(baidu.lon, 0, 'f', 8)
                   .arg(baidu.lat, 0, 'f', 8)
                   .toUtf8());
    file.close();
    ImportDialog dialog(henanPlan(), path, geo::LabelLanguage::English);
    const auto* usePoints = dialog.findChild<QCheckBox*>(QStringLiteral("usePoints"));
    ASSERT_NE(usePoints, nullptr);
    ASSERT_TRUE(dialog.table().has_value()) << dialog.report().toStdString();
    EXPECT_FALSE(usePoints->isHidden());
    EXPECT_TRUE(dialog.outcome()->updated.empty());
    dialog.setUsePoints(true);
    dialog.setDatum(geo::LonLatDatum::Bd09);
    ASSERT_TRUE(dialog.outcome().has_value()) << dialog.report().toStdString();
    ASSERT_EQ(dialog.outcome()->updated.size(), 1u);
    EXPECT_NEAR(dialog.outcome()->updated.front().location.lon, target.lon, 1e-5);
    EXPECT_NEAR(dialog.outcome()->updated.front().location.lat, target.lat, 1e-5);
}

TEST(ImportDialog, NumbersACsvsPreviewRowsByTheirLinesAsMessagesDo) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parks.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("id,note\n\n1,\"two\nlines\"\n2,x\n");
    file.close();
    ImportDialog dialog(henanPlan(), path, geo::LabelLanguage::English);
    ASSERT_TRUE(dialog.table().has_value());
    const QAbstractItemModel* preview =
        dialog.findChild<QTableView*>(QStringLiteral("preview"))->model();
    ASSERT_EQ(preview->rowCount(), 2);
    EXPECT_EQ(preview->headerData(0, Qt::Vertical).toString(), QStringLiteral("3"));
    EXPECT_EQ(preview->headerData(1, Qt::Vertical).toString(), QStringLiteral("5"));
    EXPECT_EQ(dialog.table()->rowName(1), QStringLiteral("row 5"));
}
