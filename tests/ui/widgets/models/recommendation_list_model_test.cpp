#include "widgets/models/item_roles.h"
#include "widgets/models/recommendation_list_model.h"
#include "workspace_fixture.h"

#include <QSignalSpy>

#include <algorithm>

using namespace agglomap;
using widgets::RecommendationListModel;

namespace {

class RecommendationListModelTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        model.setPlan(&plan(), &analysis());
        model.setDistrict(kLuoheDistrict);
    }

    // Meets every utility and transport requirement, so the utility-gaps rule stays silent.
    void closeUtilityGaps(model::DistrictId id) {
        for (const auto& info : model::infrastructureItems()) {
            if (info.category == model::InfrastructureCategory::Utilities ||
                info.category == model::InfrastructureCategory::Transport) {
                ASSERT_TRUE(plan().setProvision(id, info.item, {100, 80}));
            }
        }
    }

    [[nodiscard]] int rowOf(const QString& ruleId) const {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(widgets::RuleIdRole).toString() == ruleId) {
                return row;
            }
        }
        return -1;
    }

    RecommendationListModel model;
};

} // namespace

TEST_F(RecommendationListModelTest, PassesTheModelTesterAcrossEditsAndDistricts) {
    watch(&model);
    closeUtilityGaps(kLuoheDistrict);
    ASSERT_TRUE(plan().setProvision(kLuoheDistrict, model::InfrastructureItem::Water, {0, 100}));
    ASSERT_TRUE(
        plan().setSectorActivity(kLuoheDistrict, {sector("C39"), 500.0, 40000, 100, 60, 400.0}));
    model.setDistrict(model::DistrictId{1});
    const auto added = plan().addDistrict(newDistrict());
    ASSERT_TRUE(added.ok());
    model.setDistrict(added.value());
    model.setLanguage(geo::LabelLanguage::English);
    ASSERT_TRUE(plan().removeDistrict(added.value()));
    EXPECT_EQ(model.rowCount(), 0);
    model.setDistrict(std::nullopt);
}

TEST_F(RecommendationListModelTest, ListsTheAnalysisRecommendationsForTheDistrict) {
    const auto& expected = *analysis().recommendations(kLuoheDistrict);
    ASSERT_FALSE(expected.empty());
    ASSERT_EQ(static_cast<std::size_t>(model.rowCount()), expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& r = expected[static_cast<std::size_t>(row)];
        EXPECT_EQ(model.index(row, 0).data(widgets::RuleIdRole).toString(), r.ruleId);
        EXPECT_EQ(model.index(row, static_cast<int>(RecommendationListModel::Column::Measure))
                      .data()
                      .toString(),
                  r.measureZh);
        EXPECT_EQ(model.index(row, static_cast<int>(RecommendationListModel::Column::Source))
                      .data()
                      .toString(),
                  r.source);
    }
    model.setLanguage(geo::LabelLanguage::English);
    EXPECT_EQ(model.index(0, static_cast<int>(RecommendationListModel::Column::Measure))
                  .data()
                  .toString(),
              expected.front().measureEn);
}

TEST_F(RecommendationListModelTest, AGapThatStartsARuleInsertsItsRowWithoutAReset) {
    closeUtilityGaps(kLuoheDistrict);
    ASSERT_EQ(rowOf(QStringLiteral("utility-gaps")), -1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(plan().setProvision(kLuoheDistrict, model::InfrastructureItem::Water, {0, 100}));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    const int row = rowOf(QStringLiteral("utility-gaps"));
    ASSERT_GE(row, 0);
    // The list leads with the most severe measures: nothing before the new row is less urgent.
    const int priority = model.index(row, 0).data(widgets::PriorityRole).toInt();
    for (int before = 0; before < row; ++before) {
        EXPECT_LE(model.index(before, 0).data(widgets::PriorityRole).toInt(), priority);
    }
}

TEST_F(RecommendationListModelTest, ARegionListsEachMeasureWithTheDistrictsThatNeedItMost) {
    watch(&model);
    model.setDistrict(std::nullopt);
    model.setRegion(kLuoheCity);
    ASSERT_TRUE(model.showsRegion());
    const auto measures = analysis().measuresIn(kLuoheCity);
    ASSERT_EQ(static_cast<std::size_t>(model.rowCount()), measures.size());
    model.setLanguage(geo::LabelLanguage::English);
    const int reason = static_cast<int>(RecommendationListModel::Column::Reason);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString rule = model.index(row, 0).data(widgets::RuleIdRole).toString();
        const auto it = std::find_if(measures.begin(), measures.end(),
                                     [&](const auto& m) { return m.ruleId == rule; });
        ASSERT_NE(it, measures.end());
        const QString text = model.index(row, reason).data().toString();
        EXPECT_TRUE(
            text.startsWith(QStringLiteral("Needed by %1 of 5 districts").arg(it->districts)))
            << text.toStdString();
        const model::District* neediest = plan().district(it->mostInNeed.front().id);
        EXPECT_TRUE(text.contains(neediest->nameEn)) << text.toStdString();
    }
    // Most pressing first.
    for (int row = 1; row < model.rowCount(); ++row) {
        EXPECT_LE(model.index(row - 1, 0).data(widgets::PriorityRole).toInt(),
                  model.index(row, 0).data(widgets::PriorityRole).toInt());
    }
    // A district, once chosen, takes over from the region.
    model.setDistrict(kLuoheDistrict);
    EXPECT_FALSE(model.showsRegion());
    EXPECT_EQ(static_cast<std::size_t>(model.rowCount()),
              analysis().recommendations(kLuoheDistrict)->size());
}

TEST_F(RecommendationListModelTest, IsEmptyWithoutADistrict) {
    model.setDistrict(std::nullopt);
    EXPECT_EQ(model.rowCount(), 0);
}
