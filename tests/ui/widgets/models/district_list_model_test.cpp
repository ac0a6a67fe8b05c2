#include "widgets/models/district_list_model.h"
#include "widgets/models/item_filter_proxy_model.h"
#include "widgets/models/item_roles.h"
#include "workspace_fixture.h"

#include <QFont>
#include <QSignalSpy>

using namespace agglomap;
using widgets::DistrictListModel;
using widgets::ItemFilterProxyModel;
using Column = DistrictListModel::Column;

namespace {

class DistrictListModelTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        model.setPlan(&plan(), &analysis());
        proxy.setSourceModel(&model);
    }

    [[nodiscard]] QModelIndex cell(model::DistrictId id, Column column) const {
        return model.indexOf(id).siblingAtColumn(static_cast<int>(column));
    }

    DistrictListModel model;
    ItemFilterProxyModel proxy;
};

} // namespace

TEST_F(DistrictListModelTest, PassesTheModelTesterAcrossPlanEdits) {
    watch(&model);
    watch(&proxy);
    proxy.setCity(kLuoheCity);
    proxy.sort(static_cast<int>(Column::BusinessIncome), Qt::DescendingOrder);
    ASSERT_TRUE(plan().setProvision(kLuoheDistrict, model::InfrastructureItem::Water, {10, 90}));
    ASSERT_TRUE(
        plan().setSectorActivity(kLuoheDistrict, {sector("C13-14"), 400.0, 30000, 200, 180, 0.0}));
    const auto added = plan().addDistrict(newDistrict());
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(plan().removeDistrict(kLuoheDistrict));
    ASSERT_TRUE(plan().removeDistrict(added.value()));
    model.setLanguage(geo::LabelLanguage::English);
    model.setPlan(nullptr, nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(DistrictListModelTest, HasOneRowPerDistrictWithItsIdAndHostCity) {
    ASSERT_EQ(model.rowCount(), 175);
    const QModelIndex row = model.indexOf(kLuoheDistrict);
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(row.data(Qt::UserRole).toInt(), kLuoheDistrict.value);
    EXPECT_EQ(row.data(widgets::HostCityRole).toInt(), kLuoheCity);
    EXPECT_EQ(cell(kLuoheDistrict, Column::City).data().toString(), QStringLiteral("漯河市"));
}

TEST_F(DistrictListModelTest, AnEditChangesOnlyTheEditedDistrictsRowAndShowsTheNewValue) {
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model::Finance finance = plan().district(kLuoheDistrict)->finance;
    finance.businessIncome = 1234.5;
    ASSERT_TRUE(plan().setFinance(kLuoheDistrict, finance));

    ASSERT_GE(changed.count(), 1);
    const int row = model.indexOf(kLuoheDistrict).row();
    for (const auto& signal : changed) {
        EXPECT_EQ(signal.at(0).toModelIndex().row(), row);
        EXPECT_EQ(signal.at(1).toModelIndex().row(), row);
    }
    EXPECT_EQ(reset.count(), 0);
    const QModelIndex income = cell(kLuoheDistrict, Column::BusinessIncome);
    EXPECT_EQ(income.data().toString(), QStringLiteral("1234.50"));
    EXPECT_DOUBLE_EQ(income.data(Qt::EditRole).toDouble(), 1234.5);
    // Entering a value makes it real: no longer marked illustrative.
    EXPECT_FALSE(income.data(widgets::IllustrativeRole).toBool());
    EXPECT_FALSE(income.data(Qt::FontRole).isValid());
}

TEST_F(DistrictListModelTest, IllustrativeValuesAreMarkedInItalicsWithATip) {
    ASSERT_TRUE(plan()
                    .district(kLuoheDistrict)
                    ->provenance.isIllustrative({model::ValueField::BusinessIncome}));
    const QModelIndex income = cell(kLuoheDistrict, Column::BusinessIncome);
    EXPECT_TRUE(income.data(widgets::IllustrativeRole).toBool());
    EXPECT_TRUE(income.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(income.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Illustrative")));
    // The name comes from a source.
    EXPECT_FALSE(cell(kLuoheDistrict, Column::Name).data(widgets::IllustrativeRole).toBool());
}

TEST_F(DistrictListModelTest, AddingAndRemovingADistrictInsertsAndRemovesOneRow) {
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto added = plan().addDistrict(newDistrict());
    ASSERT_TRUE(added.ok());
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 176);
    EXPECT_EQ(model.indexOf(added.value()).data().toString(), QStringLiteral("源汇区产业集聚区"));

    ASSERT_TRUE(plan().removeDistrict(kLuoheDistrict));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_FALSE(model.indexOf(kLuoheDistrict).isValid());
    EXPECT_EQ(model.rowCount(), 175);
    EXPECT_EQ(reset.count(), 0);
}

TEST_F(DistrictListModelTest, NamesFollowTheLabelLanguageAndMarkPlaceholders) {
    EXPECT_EQ(model.indexOf(kLuoheDistrict).data().toString(),
              QStringLiteral("漯河经济技术产业集聚区"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(geo::LabelLanguage::English);
    EXPECT_GT(changed.count(), 0);
    EXPECT_EQ(model.indexOf(kLuoheDistrict).data().toString(),
              QStringLiteral("Luohe Economic and Technological Industrial Agglomeration District"));
    const model::DistrictId wuyang{101}; // no source names it
    ASSERT_TRUE(plan().district(wuyang)->placeholderName);
    EXPECT_TRUE(
        model.indexOf(wuyang).data().toString().contains(QStringLiteral("(placeholder name)")));
}

TEST_F(DistrictListModelTest, FilterByCityKeepsOnlyItsDistricts) {
    proxy.setCity(kLuoheCity);
    const auto expected = plan().districtsIn(kLuoheCity).size();
    ASSERT_GT(expected, 1u);
    ASSERT_EQ(static_cast<std::size_t>(proxy.rowCount()), expected);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const model::DistrictId id{proxy.index(row, 0).data(Qt::UserRole).toInt()};
        EXPECT_EQ(plan().district(id)->hostCity, kLuoheCity);
    }
    proxy.setCity(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 175);
}

TEST_F(DistrictListModelTest, SearchFindsLuoheDistrictsByChineseAndByEnglishText) {
    for (const QString& text : {QStringLiteral("漯河"), QStringLiteral("luohe")}) {
        proxy.setSearchText(text);
        ASSERT_EQ(proxy.rowCount(), 1) << text.toStdString();
        EXPECT_EQ(proxy.index(0, 0).data(Qt::UserRole).toInt(), kLuoheDistrict.value);
    }
    // English search while names show in Chinese, and the other way round.
    model.setLanguage(geo::LabelLanguage::English);
    proxy.setSearchText(QStringLiteral("临颍"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_TRUE(proxy.index(0, 0).data().toString().startsWith(QStringLiteral("Linying")));
}

TEST_F(DistrictListModelTest, TypeAndStageFiltersKeepOnlyMatchingDistricts) {
    proxy.setDistrictType(model::DistrictType::HighTech);
    ASSERT_GT(proxy.rowCount(), 0);
    ASSERT_LT(proxy.rowCount(), 175);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const model::DistrictId id{proxy.index(row, 0).data(Qt::UserRole).toInt()};
        EXPECT_EQ(plan().district(id)->type, model::DistrictType::HighTech);
    }
    proxy.setDistrictType(std::nullopt);
    const auto stage = analysis().indicators(kLuoheDistrict)->stage;
    proxy.setStage(stage);
    int expected = 0;
    for (const model::District* d : plan().districts()) {
        expected += analysis().indicators(d->id)->stage == stage ? 1 : 0;
    }
    EXPECT_EQ(proxy.rowCount(), expected);
}
