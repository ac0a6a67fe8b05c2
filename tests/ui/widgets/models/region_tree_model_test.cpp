#include "widgets/models/item_roles.h"
#include "widgets/models/region_tree_model.h"
#include "workspace_fixture.h"

#include <QSignalSpy>

using namespace agglomap;
using widgets::RegionTreeModel;

namespace {

class RegionTreeModelTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        model.setPlan(&plan());
    }

    [[nodiscard]] int count(geo::RegionCode code) const {
        return model.indexOf(code).siblingAtColumn(1).data().toInt();
    }

    RegionTreeModel model;
};

} // namespace

TEST_F(RegionTreeModelTest, PassesTheModelTesterAcrossPlanEdits) {
    watch(&model);
    const auto added = plan().addDistrict(newDistrict());
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(plan().removeDistrict(kLuoheDistrict));
    ASSERT_TRUE(plan().setProvision(added.value(), model::InfrastructureItem::Gas, {1, 2}));
    model.setLanguage(geo::LabelLanguage::English);
    model.setPlan(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(RegionTreeModelTest, TheProvinceHoldsItsCitiesWhichHoldTheirCounties) {
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex province = model.index(0, 0);
    EXPECT_EQ(province.data().toString(), QStringLiteral("河南省"));
    EXPECT_EQ(model.rowCount(province), 18);
    const QModelIndex luohe = model.indexOf(kLuoheCity);
    ASSERT_TRUE(luohe.isValid());
    EXPECT_EQ(luohe.parent(), province);
    EXPECT_EQ(luohe.data(widgets::RegionCodeRole).toInt(), kLuoheCity);
    EXPECT_EQ(static_cast<std::size_t>(model.rowCount(luohe)),
              plan().regions().children(kLuoheCity).size());
    EXPECT_EQ(model.indexOf(411102).parent(), luohe);
}

TEST_F(RegionTreeModelTest, CountsTheDistrictsOfEachRegion) {
    EXPECT_EQ(count(plan().regions().province().code), 175);
    EXPECT_EQ(static_cast<std::size_t>(count(kLuoheCity)), plan().districtsIn(kLuoheCity).size());
    EXPECT_EQ(static_cast<std::size_t>(count(411102)), plan().districtsIn(411102).size());
}

TEST_F(RegionTreeModelTest, AnAddedDistrictCountsInItsCountyCityAndProvinceOnly) {
    const int before = count(411102);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(plan().addDistrict(newDistrict()).ok());
    EXPECT_EQ(count(411102), before + 1);
    QSet<int> codes;
    for (const auto& signal : changed) {
        EXPECT_EQ(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
        codes << signal.at(0).toModelIndex().data(widgets::RegionCodeRole).toInt();
    }
    EXPECT_EQ(codes, (QSet<int>{411102, kLuoheCity, plan().regions().province().code}));
}

TEST_F(RegionTreeModelTest, NamesFollowTheLabelLanguage) {
    model.setLanguage(geo::LabelLanguage::English);
    EXPECT_EQ(model.indexOf(kLuoheCity).data().toString(), QStringLiteral("Luohe"));
}
