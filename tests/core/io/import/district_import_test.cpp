#include "core/io/import/district_import_fixture.h"

#include <algorithm>

using namespace agglomap;
using model::DistrictField;
using model::DistrictId;
using test::dataTable;
using test::henanDistrict;
using test::henanPlan;
using test::mappingById;
using test::prepared;

namespace {

const io::ImportTarget* findTarget(const std::vector<io::ImportTarget>& targets,
                                   const QString& key) {
    const auto it = std::find_if(targets.begin(), targets.end(),
                                 [&](const io::ImportTarget& t) { return t.key == key; });
    return it == targets.end() ? nullptr : &*it;
}

} // namespace

TEST(ImportTargets, OfferEveryDistrictValueInfrastructureItemAndSector) {
    const auto& sectors = henanPlan().sectors();
    const auto targets = io::importTargets(sectors);
    EXPECT_EQ(targets.size(), 17u + 2u * model::kInfrastructureItemCount +
                                  2u * static_cast<size_t>(sectors.size()));
    for (const char* key : {"name_zh",
                            "name_en",
                            "lon",
                            "lat",
                            "year",
                            "zone_level",
                            "type",
                            "planned_area_km2",
                            "built_area_km2",
                            "rd_spending",
                            "rd_staff",
                            "patents",
                            "high_tech_enterprises",
                            "fixed_investment",
                            "business_income",
                            "listed_companies",
                            "venture_funds",
                            "water_current",
                            "marketing_required",
                            "output:C13-14",
                            "employment:SEI-NM"}) {
        EXPECT_NE(findTarget(targets, QString::fromLatin1(key)), nullptr) << key;
    }
}

TEST(ImportTargets, CarryChineseAndEnglishLabelsFromTheCatalogues) {
    const auto targets = io::importTargets(henanPlan().sectors());
    const auto* water = findTarget(targets, QStringLiteral("water_current"));
    ASSERT_NE(water, nullptr);
    EXPECT_EQ(water->labelZh, QStringLiteral("供水现状"));
    EXPECT_EQ(water->labelEn, QStringLiteral("Water supply (current)"));
    EXPECT_EQ(water->field, DistrictField::Infrastructure);
    const auto* food = findTarget(targets, QStringLiteral("output:C13-14"));
    ASSERT_NE(food, nullptr);
    EXPECT_EQ(food->labelZh, QStringLiteral("食品加工和制造业产值（亿元）"));
    EXPECT_EQ(food->field, DistrictField::Industries);
    const auto* lon = findTarget(targets, QStringLiteral("lon"));
    ASSERT_NE(lon, nullptr);
    EXPECT_EQ(lon->labelZh, QStringLiteral("经度"));
    EXPECT_TRUE(lon->aliases.contains(QStringLiteral("lng")));
}

TEST(SuggestMapping, JoinsByIdAndMapsColumnsByNameLabelOrAlias) {
    const auto table =
        dataTable({QStringLiteral("编号"), QStringLiteral("名称"), QStringLiteral(" Longitude "),
                   QStringLiteral("纬度"), QStringLiteral("供水现状"),
                   QStringLiteral("规划面积(平方公里)"), QStringLiteral("waste_water_required"),
                   QStringLiteral("食品加工和制造业产值"), QStringLiteral("备注")},
                  {});
    const auto mapping = io::suggestMapping(table, henanPlan().sectors());
    EXPECT_EQ(mapping.join, io::JoinKey::Id);
    EXPECT_EQ(mapping.keyColumn, QStringLiteral("编号"));
    const std::map<QString, QString> expected{
        {QStringLiteral("name_zh"), QStringLiteral("名称")},
        {QStringLiteral("lon"), QStringLiteral(" Longitude ")},
        {QStringLiteral("lat"), QStringLiteral("纬度")},
        {QStringLiteral("water_current"), QStringLiteral("供水现状")},
        {QStringLiteral("planned_area_km2"), QStringLiteral("规划面积(平方公里)")},
        {QStringLiteral("waste-water_required"), QStringLiteral("waste_water_required")},
        {QStringLiteral("output:C13-14"), QStringLiteral("食品加工和制造业产值")}};
    EXPECT_EQ(mapping.columns, expected);
}

TEST(SuggestMapping, JoinsByCountyCodeOrNameWhenThereIsNoId) {
    const auto byCode = io::suggestMapping(
        dataTable({QStringLiteral("ADCODE"), QStringLiteral("专利数")}, {}), henanPlan().sectors());
    EXPECT_EQ(byCode.join, io::JoinKey::CountyCode);
    EXPECT_EQ(byCode.keyColumn, QStringLiteral("ADCODE"));
    EXPECT_EQ(byCode.columns.at(QStringLiteral("patents")), QStringLiteral("专利数"));

    const auto byName =
        io::suggestMapping(dataTable({QStringLiteral("园区名称"), QStringLiteral("研发经费")}, {}),
                           henanPlan().sectors());
    EXPECT_EQ(byName.join, io::JoinKey::Name);
    EXPECT_EQ(byName.keyColumn, QStringLiteral("园区名称"));
    // The key column finds the district; it does not also rename it.
    EXPECT_FALSE(byName.columns.contains(QStringLiteral("name_zh")));
    EXPECT_EQ(byName.columns.at(QStringLiteral("rd_spending")), QStringLiteral("研发经费"));
}

TEST(JoinKey, RoundTripsThroughItsKey) {
    for (const auto join : {io::JoinKey::Id, io::JoinKey::CountyCode, io::JoinKey::Name}) {
        EXPECT_EQ(io::joinKeyFromKey(io::joinKeyKey(join)), join);
    }
    EXPECT_EQ(io::joinKeyKey(io::JoinKey::CountyCode), QStringLiteral("code"));
    EXPECT_FALSE(io::joinKeyFromKey(QStringLiteral("adcode")).has_value());
}

TEST(PrepareImport, SetsValuesAndMakesThemReal) {
    const double rdBefore = henanDistrict(1).innovation.rdSpending;
    ASSERT_NE(rdBefore, 7.5); // so that a write would show
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("研发经费"),
                                  QStringLiteral("供水现状"), QStringLiteral("专利")},
                                 {{QStringLiteral("1"), QStringLiteral(" 7.5 "),
                                   QStringLiteral("88"), QStringLiteral("151.0")}});
    const auto outcome =
        prepared(table, mappingById(QStringLiteral("id"),
                                    {{QStringLiteral("rd_spending"), QStringLiteral("研发经费")},
                                     {QStringLiteral("water_current"), QStringLiteral("供水现状")},
                                     {QStringLiteral("patents"), QStringLiteral("专利")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    const model::District& d = outcome.updated.front();
    EXPECT_EQ(d.id, DistrictId{1});
    EXPECT_DOUBLE_EQ(d.innovation.rdSpending, 7.5);
    EXPECT_EQ(d.innovation.patents, 151);
    EXPECT_EQ(d.innovation.rdStaff, henanDistrict(1).innovation.rdStaff);
    EXPECT_DOUBLE_EQ(d.provision(model::InfrastructureItem::Water).current, 88.0);
    EXPECT_EQ(d.provision(model::InfrastructureItem::Water).required,
              henanDistrict(1).provision(model::InfrastructureItem::Water).required);
    // Exactly the values the file gives are marked imported, with file, column and row.
    const model::Provenance& rd = d.provenance.of({model::ValueField::RdSpending});
    EXPECT_EQ(rd.origin, model::Origin::Imported);
    EXPECT_EQ(rd.source, QStringLiteral("/data/parks.csv"));
    EXPECT_EQ(rd.column, QStringLiteral("研发经费"));
    EXPECT_EQ(rd.row, 2);

    // A CSV's rows are recorded by the line of the file they start on.
    auto afterBlankLines = table;
    afterBlankLines.lineNumbers = {5};
    const auto again =
        prepared(afterBlankLines,
                 mappingById(QStringLiteral("id"),
                             {{QStringLiteral("rd_spending"), QStringLiteral("研发经费")}}));
    ASSERT_EQ(again.updated.size(), 1u);
    EXPECT_EQ(again.updated.front().provenance.of({model::ValueField::RdSpending}).row, 5);
    const int water = static_cast<int>(model::InfrastructureItem::Water);
    EXPECT_EQ(d.provenance.of({model::ValueField::ProvisionCurrent, water}).column,
              QStringLiteral("供水现状"));
    EXPECT_TRUE(d.provenance.isIllustrative({model::ValueField::RdStaff}));
    EXPECT_TRUE(d.provenance.isIllustrative({model::ValueField::ProvisionRequired, water}));
    EXPECT_TRUE(d.provenance.isIllustrative(
        {model::ValueField::ProvisionCurrent, static_cast<int>(model::InfrastructureItem::Power)}));
    EXPECT_TRUE(d.provenance.anyIllustrative(DistrictField::Infrastructure));
    EXPECT_TRUE(d.provenance.anyIllustrative(DistrictField::Finance));
    EXPECT_EQ(outcome.matchedRows, 1);
    EXPECT_TRUE(outcome.unmatched.empty());
    EXPECT_TRUE(outcome.added.empty());
    EXPECT_EQ(outcome.untouched.size(), 174u);
    EXPECT_EQ(outcome.untouched.front(), DistrictId{2});
    // Nothing is written to the plan.
    EXPECT_DOUBLE_EQ(henanDistrict(1).innovation.rdSpending, rdBefore);
}

TEST(PrepareImport, ListsOnlyDistrictsWhoseValuesChange) {
    const auto table =
        dataTable({QStringLiteral("id"), QStringLiteral("name_zh"), QStringLiteral("rd_spending")},
                  {{QStringLiteral("1"), henanDistrict(1).nameZh, QString()},
                   {QStringLiteral("2"), QStringLiteral("郑州经开区"), QString()},
                   {QStringLiteral("3"), QString(), QString()}});
    const auto outcome = prepared(
        table, mappingById(QStringLiteral("id"),
                           {{QStringLiteral("name_zh"), QStringLiteral("name_zh")},
                            {QStringLiteral("rd_spending"), QStringLiteral("rd_spending")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    EXPECT_EQ(outcome.updated.front().nameZh, QStringLiteral("郑州经开区"));
    // An empty cell leaves the value as it is, illustrative or not.
    EXPECT_TRUE(outcome.updated.front().provenance.isIllustrative({model::ValueField::RdSpending}));
    EXPECT_EQ(outcome.matchedRows, 3);
    EXPECT_EQ(outcome.untouched.size(), 172u);
}

TEST(PrepareImport, ConfirmingAnIllustrativeValueIsAChange) {
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("rd_spending")},
                                 {{QStringLiteral("1"), QStringLiteral("5.00")}});
    const auto outcome = prepared(
        table, mappingById(QStringLiteral("id"),
                           {{QStringLiteral("rd_spending"), QStringLiteral("rd_spending")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    EXPECT_DOUBLE_EQ(outcome.updated.front().innovation.rdSpending, 5.0);
    EXPECT_EQ(outcome.updated.front().provenance.of({model::ValueField::RdSpending}).origin,
              model::Origin::Imported);
    EXPECT_TRUE(outcome.updated.front().provenance.isIllustrative({model::ValueField::Patents}));
}

TEST(PrepareImport, ListsRowsThatMatchNoDistrict) {
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("patents")},
                                 {{QStringLiteral("999"), QStringLiteral("3")},
                                  {QString(), QString()},
                                  {QStringLiteral("4"), QStringLiteral("3")}});
    const auto outcome =
        prepared(table, mappingById(QStringLiteral("id"),
                                    {{QStringLiteral("patents"), QStringLiteral("patents")}}));
    ASSERT_EQ(outcome.unmatched.size(), 1u);
    EXPECT_EQ(outcome.unmatched.front().row, 0);
    EXPECT_EQ(outcome.unmatched.front().key, QStringLiteral("999"));
    EXPECT_EQ(outcome.unmatched.front().reason, QStringLiteral("no district has id 999"));
    // A blank line is skipped, not an error.
    EXPECT_EQ(outcome.matchedRows, 1);
}

TEST(PrepareImport, JoinsByCountyCodeOnlyWhereOneDistrictLiesInTheCounty) {
    geo::RegionCode empty = 0;
    for (const geo::Region* county : henanPlan().regions().regionsAt(geo::RegionLevel::County)) {
        if (henanPlan().districtsIn(county->code).empty()) {
            empty = county->code;
            break;
        }
    }
    ASSERT_NE(empty, 0);
    const auto table = dataTable({QStringLiteral("adcode"), QStringLiteral("patents")},
                                 {{QStringLiteral("410102000000"), QStringLiteral("7")},
                                  {QStringLiteral("419001"), QStringLiteral("7")},
                                  {QStringLiteral("410100"), QStringLiteral("7")},
                                  {QString::number(empty), QStringLiteral("7")}});
    io::ImportMapping mapping;
    mapping.join = io::JoinKey::CountyCode;
    mapping.keyColumn = QStringLiteral("adcode");
    mapping.columns = {{QStringLiteral("patents"), QStringLiteral("patents")}};
    const auto outcome = prepared(table, mapping);
    ASSERT_EQ(outcome.updated.size(), 1u);
    EXPECT_EQ(outcome.updated.front().id, DistrictId{1});
    EXPECT_EQ(outcome.updated.front().innovation.patents, 7);
    ASSERT_EQ(outcome.unmatched.size(), 3u);
    EXPECT_EQ(outcome.unmatched[0].reason, QStringLiteral("county 419001 hosts 3 districts"));
    EXPECT_EQ(outcome.unmatched[1].reason, QStringLiteral("no county of 河南省 has code 410100"));
    EXPECT_EQ(outcome.unmatched[2].reason,
              QStringLiteral("no district lies in county %1").arg(empty));
}

TEST(PrepareImport, JoinsByChineseOrEnglishNameIgnoringCaseAndSpaces) {
    const auto table =
        dataTable({QStringLiteral("name"), QStringLiteral("patents")},
                  {{QStringLiteral("  zhengzhou high-tech industrial agglomeration district "),
                    QStringLiteral("9")},
                   {QStringLiteral("郑州经济技术产业集聚区"), QStringLiteral("9")},
                   {QStringLiteral("济源市第二产业集聚区"), QStringLiteral("9")},
                   {QStringLiteral("无名园区"), QStringLiteral("9")}});
    io::ImportMapping mapping;
    mapping.join = io::JoinKey::Name;
    mapping.keyColumn = QStringLiteral("name");
    mapping.columns = {{QStringLiteral("patents"), QStringLiteral("patents")}};
    // Two districts of one name (as a planner may type them): a name cannot tell them apart.
    const auto plan = henanPlan().clone();
    ASSERT_TRUE(plan->renameDistrict(DistrictId{175}, QStringLiteral("济源市第二产业集聚区"),
                                     QStringLiteral("Jiyuan City Second")));
    const auto outcome = prepared(table, mapping, *plan);
    ASSERT_EQ(outcome.updated.size(), 2u);
    EXPECT_EQ(outcome.updated[0].id, DistrictId{1});
    EXPECT_EQ(outcome.updated[1].id, DistrictId{2});
    ASSERT_EQ(outcome.unmatched.size(), 2u);
    EXPECT_EQ(outcome.unmatched[0].reason,
              QStringLiteral("2 districts are named 济源市第二产业集聚区"));
    EXPECT_EQ(outcome.unmatched[1].reason, QStringLiteral("no district is named 无名园区"));
}

TEST(PrepareImport, MovesADistrictAndFindsItsNewHostCounty) {
    const model::District& second = henanDistrict(2);
    const auto table =
        dataTable({QStringLiteral("id"), QStringLiteral("经度"), QStringLiteral("纬度")},
                  {{QStringLiteral("1"), QString::number(second.location.lon, 'g', 10),
                    QString::number(second.location.lat, 'g', 10)}});
    const auto outcome =
        prepared(table, mappingById(QStringLiteral("id"),
                                    {{QStringLiteral("lon"), QStringLiteral("经度")},
                                     {QStringLiteral("lat"), QStringLiteral("纬度")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    const model::District& moved = outcome.updated.front();
    EXPECT_DOUBLE_EQ(moved.location.lon, second.location.lon);
    EXPECT_DOUBLE_EQ(moved.location.lat, second.location.lat);
    EXPECT_EQ(moved.hostCounty, second.hostCounty);
    EXPECT_EQ(moved.hostCity, 410100);
    EXPECT_NE(henanDistrict(1).hostCounty, second.hostCounty);
}

TEST(PrepareImport, APointInAGapBetweenCountiesGoesToTheNearestWithANote) {
    // The middle of the widest gap of the bundled boundaries, in central Xuchang
    // (tests/core/geo/county_locator_test.cpp measures it).
    const auto table = dataTable(
        {QStringLiteral("id"), QStringLiteral("经度"), QStringLiteral("纬度")},
        {{QStringLiteral("1"), QStringLiteral("113.825712"), QStringLiteral("33.992972")}});
    const auto outcome =
        prepared(table, mappingById(QStringLiteral("id"),
                                    {{QStringLiteral("lon"), QStringLiteral("经度")},
                                     {QStringLiteral("lat"), QStringLiteral("纬度")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    EXPECT_EQ(outcome.updated.front().hostCity, 411000); // 许昌市
    ASSERT_EQ(outcome.warnings.size(), 1);
    EXPECT_EQ(
        outcome.warnings.front(),
        QStringLiteral(
            "/data/parks.csv, row 2, field \"经度\": (113.825712, 33.992972) lies in a gap between "
            "counties, 146 m from 魏都区; the district is placed in 魏都区."));
}

TEST(PrepareImport, TakesLocationsFromTheLayersPointsWhenAsked) {
    auto table = dataTable({QStringLiteral("id")}, {{QStringLiteral("1")}});
    table.points = {henanDistrict(2).location};
    auto mapping = mappingById(QStringLiteral("id"), {});
    EXPECT_TRUE(prepared(table, mapping).updated.empty());
    mapping.usePoints = true;
    const auto outcome = prepared(table, mapping);
    ASSERT_EQ(outcome.updated.size(), 1u);
    EXPECT_EQ(outcome.updated.front().id, DistrictId{1});
    EXPECT_EQ(outcome.updated.front().hostCounty, henanDistrict(2).hostCounty);
}

TEST(PrepareImport, SetsSectorOutputAndEmploymentAddingTheSectorWhenNew) {
    const auto& sectors = henanPlan().sectors();
    const auto food = *sectors.indexOf(QStringLiteral("C13-14"));
    const auto materials = *sectors.indexOf(QStringLiteral("SEI-NM"));
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("食品加工和制造业产值"),
                                  QStringLiteral("food_jobs"), QStringLiteral("新材料产业产值")},
                                 {{QStringLiteral("1"), QStringLiteral("12.5"),
                                   QStringLiteral("800"), QStringLiteral("110")}});
    const auto outcome = prepared(
        table,
        mappingById(QStringLiteral("id"),
                    {{QStringLiteral("output:C13-14"), QStringLiteral("食品加工和制造业产值")},
                     {QStringLiteral("employment:C13-14"), QStringLiteral("food_jobs")},
                     {QStringLiteral("output:SEI-NM"), QStringLiteral("新材料产业产值")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    const model::District& d = outcome.updated.front();
    ASSERT_NE(d.activity(food), nullptr);
    EXPECT_DOUBLE_EQ(d.activity(food)->outputValue, 12.5);
    EXPECT_DOUBLE_EQ(d.activity(food)->employment, 800.0);
    EXPECT_EQ(d.activity(food)->enterprises, 0);
    ASSERT_NE(d.activity(materials), nullptr);
    EXPECT_DOUBLE_EQ(d.activity(materials)->outputValue, 110.0);
    EXPECT_EQ(d.activity(materials)->employment, henanDistrict(1).activity(materials)->employment);
    EXPECT_EQ(d.industries.size(), henanDistrict(1).industries.size() + 1);
    using model::ValueField;
    EXPECT_EQ(d.provenance.of({ValueField::SectorOutput, food}).column,
              QStringLiteral("食品加工和制造业产值"));
    EXPECT_EQ(d.provenance.of({ValueField::SectorEmployment, food}).origin,
              model::Origin::Imported);
    EXPECT_EQ(d.provenance.of({ValueField::SectorOutput, materials}).origin,
              model::Origin::Imported);
    // The file says nothing of the materials sector's employment: it stays generated.
    EXPECT_TRUE(d.provenance.isIllustrative({ValueField::SectorEmployment, materials}));
}

// A sector's index is no infrastructure item: the last sectors' indices lie beyond the 13 items
// (UndefinedBehaviorSanitizer reported the out-of-bounds infrastructure slot taken for them).
TEST(PrepareImport, SetsALateSectorWithoutTouchingInfrastructure) {
    const auto& sectors = henanPlan().sectors();
    const model::SectorIndex last = sectors.size() - 1;
    ASSERT_GE(last, static_cast<int>(model::kInfrastructureItemCount));
    const QString code = sectors.at(last).code;
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("output"),
                                  QStringLiteral("jobs"), QStringLiteral("water")},
                                 {{QStringLiteral("1"), QStringLiteral("4.5"),
                                   QStringLiteral("320"), QStringLiteral("91")}});
    const auto outcome =
        prepared(table, mappingById(QStringLiteral("id"),
                                    {{QStringLiteral("output:") + code, QStringLiteral("output")},
                                     {QStringLiteral("employment:") + code, QStringLiteral("jobs")},
                                     {QStringLiteral("water_current"), QStringLiteral("water")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    const model::District& d = outcome.updated.front();
    ASSERT_NE(d.activity(last), nullptr);
    EXPECT_DOUBLE_EQ(d.activity(last)->outputValue, 4.5);
    EXPECT_DOUBLE_EQ(d.activity(last)->employment, 320.0);
    auto expected = henanDistrict(1).infrastructure;
    expected[static_cast<std::size_t>(model::InfrastructureItem::Water)].current = 91.0;
    EXPECT_EQ(d.infrastructure, expected);
}

TEST(PrepareImport, LowersAnIllustrativeHighTechOutputBelowARealOutput) {
    const auto materials = *henanPlan().sectors().indexOf(QStringLiteral("SEI-NM"));
    ASSERT_GT(henanDistrict(1).activity(materials)->highTechOutput, 50.0);
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("output")},
                                 {{QStringLiteral("1"), QStringLiteral("50")}});
    const auto outcome =
        prepared(table, mappingById(QStringLiteral("id"),
                                    {{QStringLiteral("output:SEI-NM"), QStringLiteral("output")}}));
    ASSERT_EQ(outcome.updated.size(), 1u);
    EXPECT_DOUBLE_EQ(outcome.updated.front().activity(materials)->outputValue, 50.0);
    EXPECT_DOUBLE_EQ(outcome.updated.front().activity(materials)->highTechOutput, 50.0);
}

TEST(PrepareImport, ReadsClassificationInEnglishKeysOrChineseLabels) {
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("级别"),
                                  QStringLiteral("类型"), QStringLiteral("year")},
                                 {{QStringLiteral("12"), QStringLiteral("国家级"),
                                   QStringLiteral("高新技术"), QStringLiteral("2011")},
                                  {QStringLiteral("13"), QStringLiteral("Provincial"),
                                   QStringLiteral("clearly-positioned"), QString()}});
    const auto outcome =
        prepared(table, mappingById(QStringLiteral("id"),
                                    {{QStringLiteral("zone_level"), QStringLiteral("级别")},
                                     {QStringLiteral("type"), QStringLiteral("类型")},
                                     {QStringLiteral("year"), QStringLiteral("year")}}));
    ASSERT_EQ(outcome.updated.size(), 2u);
    EXPECT_EQ(outcome.updated[0].zoneLevel, model::ZoneLevel::State);
    EXPECT_EQ(outcome.updated[0].type, model::DistrictType::HighTech);
    EXPECT_EQ(outcome.updated[0].year, 2011);
    EXPECT_EQ(outcome.updated[1].zoneLevel, model::ZoneLevel::Provincial);
    EXPECT_EQ(outcome.updated[1].type, model::DistrictType::ClearlyPositioned);
    EXPECT_EQ(outcome.updated[1].year, henanDistrict(13).year);
}

TEST(PrepareImport, AddsUnmatchedRowsWithANameAndALocationWhenAsked) {
    const model::District& host = henanDistrict(99);
    const auto table =
        dataTable({QStringLiteral("id"), QStringLiteral("名称"), QStringLiteral("lon"),
                   QStringLiteral("lat"), QStringLiteral("patents")},
                  {{QStringLiteral("900"), QStringLiteral("漯河新园区"),
                    QString::number(host.location.lon, 'g', 10),
                    QString::number(host.location.lat, 'g', 10), QStringLiteral("4")},
                   {QStringLiteral("901"), QString(), QString::number(host.location.lon, 'g', 10),
                    QString::number(host.location.lat, 'g', 10), QStringLiteral("4")},
                   {QStringLiteral("902"), QStringLiteral("无处园区"), QString(), QString(),
                    QStringLiteral("4")}});
    auto mapping =
        mappingById(QStringLiteral("id"), {{QStringLiteral("name_zh"), QStringLiteral("名称")},
                                           {QStringLiteral("lon"), QStringLiteral("lon")},
                                           {QStringLiteral("lat"), QStringLiteral("lat")},
                                           {QStringLiteral("patents"), QStringLiteral("patents")}});
    EXPECT_EQ(prepared(table, mapping).unmatched.size(), 3u);
    mapping.addUnmatched = true;
    const auto outcome = prepared(table, mapping);
    ASSERT_EQ(outcome.added.size(), 1u);
    const model::District& added = outcome.added.front();
    EXPECT_FALSE(added.id.isValid());
    EXPECT_EQ(added.nameZh, QStringLiteral("漯河新园区"));
    EXPECT_FALSE(added.placeholderName);
    EXPECT_EQ(added.hostCounty, host.hostCounty);
    EXPECT_EQ(added.hostCity, host.hostCity);
    EXPECT_EQ(added.innovation.patents, 4);
    using model::ValueField;
    EXPECT_EQ(added.provenance.of({ValueField::NameZh}).origin, model::Origin::Imported);
    EXPECT_EQ(added.provenance.of({ValueField::Location}).column, QStringLiteral("lon/lat"));
    EXPECT_EQ(added.provenance.of({ValueField::Patents}).row, 2);
    // Values no cell gives are zeros nothing vouches for.
    EXPECT_TRUE(added.provenance.isIllustrative({ValueField::RdSpending}));
    EXPECT_TRUE(added.provenance.isIllustrative({ValueField::BusinessIncome}));
    ASSERT_EQ(outcome.unmatched.size(), 2u);
    EXPECT_EQ(outcome.unmatched[0].reason,
              QStringLiteral("no district has id 901; it has no Chinese name to be added with"));
    EXPECT_EQ(outcome.unmatched[1].reason,
              QStringLiteral("no district has id 902; it has no location to be added at"));
    EXPECT_EQ(outcome.untouched.size(), 175u);
}
