#include "widgets/models/indicator_table_model.h"
#include "widgets/models/item_filter_proxy_model.h"
#include "widgets/models/item_roles.h"
#include "workspace_fixture.h"

#include <QFont>
#include <QSignalSpy>

#include <algorithm>
#include <cmath>

using namespace agglomap;
using widgets::IndicatorLevel;
using widgets::IndicatorTableModel;
using widgets::ItemFilterProxyModel;

namespace {

class IndicatorTableModelTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        model.setPlan(&plan(), &analysis());
        proxy.setSourceModel(&model);
    }

    [[nodiscard]] int column(const QString& title) const {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal).toString() == title) {
                return c;
            }
        }
        ADD_FAILURE() << "no column " << title.toStdString();
        return 0;
    }

    [[nodiscard]] std::vector<double> sortedColumn(int c, Qt::SortOrder order) {
        proxy.sort(c, order);
        std::vector<double> values;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            values.push_back(proxy.index(row, c).data(Qt::EditRole).toDouble());
        }
        return values;
    }

    void clearIncome(model::DistrictId id) {
        model::Finance finance = plan().district(id)->finance;
        finance.businessIncome = 0.0;
        ASSERT_TRUE(plan().setFinance(id, finance));
    }

    IndicatorTableModel model;
    ItemFilterProxyModel proxy;
};

} // namespace

TEST_F(IndicatorTableModelTest, PassesTheModelTesterAtEveryLevelAcrossPlanEdits) {
    watch(&model);
    watch(&proxy);
    proxy.sort(2, Qt::AscendingOrder);
    for (IndicatorLevel level :
         {IndicatorLevel::Districts, IndicatorLevel::Counties, IndicatorLevel::Cities}) {
        model.setLevel(level);
        ASSERT_TRUE(plan().setProvision(kLuoheDistrict, model::InfrastructureItem::Power, {5, 95}));
        ASSERT_TRUE(plan().setSectorActivity(kLuoheDistrict,
                                             {sector("C13-14"), 300.0, 20000, 150, 140, 0.0}));
        const auto added = plan().addDistrict(newDistrict());
        ASSERT_TRUE(added.ok());
        ASSERT_TRUE(plan().removeDistrict(added.value()));
    }
    ASSERT_TRUE(plan().removeDistrict(kLuoheDistrict));
    model.setLanguage(geo::LabelLanguage::English);
}

TEST_F(IndicatorTableModelTest, SortingANumericColumnSortsByValueNotByText) {
    const int income = column(QStringLiteral("Business income (100 million yuan)"));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const auto values = sortedColumn(income, order);
        ASSERT_EQ(values.size(), 175u);
        for (std::size_t i = 1; i < values.size(); ++i) {
            if (order == Qt::AscendingOrder) {
                EXPECT_LE(values[i - 1], values[i]) << "row " << i;
            } else {
                EXPECT_GE(values[i - 1], values[i]) << "row " << i;
            }
        }
    }
    // Sorted as text the column would read otherwise ("1234.50" before "99.10"): the check
    // above tells numeric sorting from text sorting.
    proxy.sort(income, Qt::AscendingOrder);
    QStringList texts;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        texts << proxy.index(row, income).data().toString();
    }
    EXPECT_FALSE(std::is_sorted(texts.begin(), texts.end()));
}

TEST_F(IndicatorTableModelTest, UndefinedValuesShowADashAndSortLastEitherWay) {
    // R&D intensity is R&D spending over business income: undefined without income.
    clearIncome(kLuoheDistrict);
    const int rd = column(QStringLiteral("R&D intensity"));
    const QModelIndex cell = model.indexOfDistrict(kLuoheDistrict).siblingAtColumn(rd);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("—"));
    EXPECT_TRUE(std::isnan(cell.data(Qt::EditRole).toDouble()));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const auto values = sortedColumn(rd, order);
        EXPECT_TRUE(std::isnan(values.back()));
        EXPECT_FALSE(std::isnan(values.front()));
    }
}

TEST_F(IndicatorTableModelTest, AnEditChangesOnlyTheEditedDistrictsRow) {
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(plan().setProvision(kLuoheDistrict, model::InfrastructureItem::Water, {0, 100}));
    ASSERT_GE(changed.count(), 1);
    const int row = model.indexOfDistrict(kLuoheDistrict).row();
    for (const auto& signal : changed) {
        EXPECT_EQ(signal.at(0).toModelIndex().row(), row);
        EXPECT_EQ(signal.at(1).toModelIndex().row(), row);
    }
    const int gap = column(QStringLiteral("Infrastructure gap"));
    EXPECT_DOUBLE_EQ(
        model.indexOfDistrict(kLuoheDistrict).siblingAtColumn(gap).data(Qt::EditRole).toDouble(),
        analysis().indicators(kLuoheDistrict)->infrastructureGap);
}

TEST_F(IndicatorTableModelTest, CountyRowsShowTheAnalysisSummaryAndFollowEdits) {
    model.setLevel(IndicatorLevel::Counties);
    const geo::RegionCode county = plan().district(kLuoheDistrict)->hostCounty;
    const QModelIndex row = model.indexOfRegion(county);
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(row.data(widgets::RegionCodeRole).toInt(), county);
    const int districts = column(QStringLiteral("Districts"));
    EXPECT_EQ(row.siblingAtColumn(districts).data(Qt::EditRole).toDouble(),
              analysis().summary(county)->districts);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model::Finance finance = plan().district(kLuoheDistrict)->finance;
    finance.businessIncome += 100.0;
    ASSERT_TRUE(plan().setFinance(kLuoheDistrict, finance));
    ASSERT_GE(changed.count(), 1);
    for (const auto& signal : changed) {
        EXPECT_EQ(signal.at(0).toModelIndex().row(), row.row());
    }
    const int income = column(QStringLiteral("Business income (100 million yuan)"));
    EXPECT_DOUBLE_EQ(row.siblingAtColumn(income).data(Qt::EditRole).toDouble(),
                     analysis()
                         .summary(county)
                         ->metric(*analysis::findDistrictMetric(QStringLiteral("business-income")))
                         .value);
}

TEST_F(IndicatorTableModelTest, IllustrativeValuesAreItalicAndSourcedOnesAreNot) {
    const int income = column(QStringLiteral("Business income (100 million yuan)"));
    const QModelIndex cell = model.indexOfDistrict(kLuoheDistrict).siblingAtColumn(income);
    ASSERT_TRUE(plan()
                    .district(kLuoheDistrict)
                    ->provenance.isIllustrative({model::ValueField::BusinessIncome}));
    EXPECT_TRUE(cell.data(widgets::IllustrativeRole).toBool());
    EXPECT_TRUE(cell.data(Qt::FontRole).value<QFont>().italic());
    model::Finance finance = plan().district(kLuoheDistrict)->finance;
    finance.businessIncome += 1.0;
    ASSERT_TRUE(plan().setFinance(kLuoheDistrict, finance));
    EXPECT_FALSE(cell.data(widgets::IllustrativeRole).toBool());
    // The district count of a city is the plan's own, never illustrative.
    model.setLevel(IndicatorLevel::Cities);
    EXPECT_FALSE(model.indexOfRegion(kLuoheCity)
                     .siblingAtColumn(column(QStringLiteral("Districts")))
                     .data(widgets::IllustrativeRole)
                     .toBool());
}
