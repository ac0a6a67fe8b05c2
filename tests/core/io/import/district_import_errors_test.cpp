#include "core/io/import/district_import_fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace agglomap;
using test::dataTable;
using test::henanDistrict;
using test::henanPlan;
using test::mappingById;
using test::refusal;

namespace {

// One district row with one value, mapped to the target.
QString refusedValue(const QString& target, const QString& column, const QString& value) {
    return refusal(dataTable({QStringLiteral("id"), column}, {{QStringLiteral("1"), value}}),
                   mappingById(QStringLiteral("id"), {{target, column}}));
}

io::ImportMapping lonLatMapping() {
    return mappingById(QStringLiteral("id"), {{QStringLiteral("lon"), QStringLiteral("经度")},
                                              {QStringLiteral("lat"), QStringLiteral("纬度")}});
}

QString refusedPoint(const QString& lon, const QString& lat, geo::LonLatDatum datum) {
    auto mapping = lonLatMapping();
    mapping.datum = datum;
    return refusal(dataTable({QStringLiteral("id"), QStringLiteral("经度"), QStringLiteral("纬度")},
                             {{QStringLiteral("1"), lon, lat}}),
                   mapping);
}

bool insideHenan(double lon, double lat) {
    return geo::bg::within(geo::Point(lon, lat), henanPlan().regions().province().lonLat);
}

} // namespace

TEST(PrepareImportRefuses, TextWhereANumberBelongs) {
    EXPECT_EQ(
        refusedValue(QStringLiteral("rd_spending"), QStringLiteral("研发经费"),
                     QStringLiteral("五亿")),
        QStringLiteral("/data/parks.csv, row 2, field \"研发经费\": \"五亿\" is not a number."));
}

TEST(PrepareImportRefuses, ThousandsSeparators) {
    EXPECT_EQ(refusedValue(QStringLiteral("business_income"), QStringLiteral("income"),
                           QStringLiteral("1,234.5")),
              QStringLiteral("/data/parks.csv, row 2, field \"income\": \"1,234.5\" is not a "
                             "number; write it without thousands separators."));
}

TEST(PrepareImportRefuses, NegativeAmounts) {
    EXPECT_EQ(refusedValue(QStringLiteral("planned_area_km2"), QStringLiteral("area"),
                           QStringLiteral("-3")),
              QStringLiteral("/data/parks.csv, row 2, field \"area\": \"-3\" is negative; it must "
                             "be zero or more."));
}

TEST(PrepareImportRefuses, AmountsAboveTheFieldsMaximum) {
    EXPECT_EQ(refusedValue(QStringLiteral("business_income"), QStringLiteral("income"),
                           QStringLiteral("1e308")),
              QStringLiteral("/data/parks.csv, row 2, field \"income\": Business income (100 "
                             "million yuan) must be from 0 to 100,000, not 1e+308."));
    EXPECT_EQ(refusedValue(QStringLiteral("patents"), QStringLiteral("专利"),
                           QStringLiteral("3000000000")),
              QStringLiteral("/data/parks.csv, row 2, field \"专利\": Patents must be from 0 "
                             "to 1,000,000, not 3,000,000,000."));
}

TEST(PrepareImportRefuses, FractionsOfACount) {
    EXPECT_EQ(
        refusedValue(QStringLiteral("patents"), QStringLiteral("专利"), QStringLiteral("2.5")),
        QStringLiteral("/data/parks.csv, row 2, field \"专利\": \"2.5\" is not a whole number."));
}

TEST(PrepareImportRefuses, ProvisionOutsideItsScale) {
    EXPECT_EQ(refusedValue(QStringLiteral("power_required"), QStringLiteral("供电要求"),
                           QStringLiteral("120")),
              QStringLiteral("/data/parks.csv, row 2, field \"供电要求\": \"120\" is outside the "
                             "provision scale of 0 to 100."));
}

TEST(PrepareImportRefuses, YearsOutsideThePlansEra) {
    EXPECT_EQ(refusedValue(QStringLiteral("year"), QStringLiteral("year"), QStringLiteral("1970")),
              QStringLiteral("/data/parks.csv, row 2, field \"year\": \"1970\" is not a year from "
                             "1980 to 2100."));
}

TEST(PrepareImportRefuses, UnknownZoneLevelsAndTypes) {
    EXPECT_EQ(refusedValue(QStringLiteral("zone_level"), QStringLiteral("级别"),
                           QStringLiteral("国际级")),
              QStringLiteral("/data/parks.csv, row 2, field \"级别\": \"国际级\" is not a zone "
                             "level: state (国家级), provincial (省级), municipal (市级) or county "
                             "(县级)."));
    EXPECT_EQ(refusedValue(QStringLiteral("type"), QStringLiteral("type"), QStringLiteral("mixed")),
              QStringLiteral("/data/parks.csv, row 2, field \"type\": \"mixed\" is not a district "
                             "type: high-tech (高新技术), clearly-positioned (产业定位明确) or "
                             "comprehensive (综合)."));
}

TEST(PrepareImportRefuses, AnOutputBelowARealHighTechOutput) {
    auto plan = henanPlan().clone();
    // The high-tech output was entered, so the file's lower output cannot push it down.
    ASSERT_TRUE(plan->setProvenance(model::DistrictId{1}, {}));
    // The sample's high-tech output of new materials in district 1, whatever it is, exceeds 50.
    const double highTech = plan->district(model::DistrictId{1})
                                ->activity(*plan->sectors().indexOf(QStringLiteral("SEI-NM")))
                                ->highTechOutput;
    ASSERT_GT(highTech, 50.0);
    EXPECT_EQ(refusal(dataTable({QStringLiteral("id"), QStringLiteral("output")},
                                {{QStringLiteral("1"), QStringLiteral("50")}}),
                      mappingById(QStringLiteral("id"),
                                  {{QStringLiteral("output:SEI-NM"), QStringLiteral("output")}}),
                      *plan),
              QStringLiteral("/data/parks.csv, row 2, field \"output\": \"50\" is less than the "
                             "high-tech output of %1 already entered for 新材料产业, which is "
                             "part of the output.")
                  .arg(highTech));
}

TEST(PrepareImportRefuses, TwoRowsForOneDistrict) {
    const auto table = dataTable({QStringLiteral("id"), QStringLiteral("patents")},
                                 {{QStringLiteral("11"), QStringLiteral("1")},
                                  {QStringLiteral("12"), QStringLiteral("1")},
                                  {QStringLiteral("13"), QStringLiteral("1")},
                                  {QStringLiteral("14"), QStringLiteral("1")},
                                  {QStringLiteral("15"), QStringLiteral("1")},
                                  {QStringLiteral("12"), QStringLiteral("2")}});
    EXPECT_EQ(refusal(table, mappingById(QStringLiteral("id"),
                                         {{QStringLiteral("patents"), QStringLiteral("patents")}})),
              QStringLiteral("/data/parks.csv, row 7, field \"id\": row 3 already gives district "
                             "12; each district may appear once."));
}

TEST(PrepareImportRefuses, TwoRowsForOneDistrictFoundByCounty) {
    auto table = dataTable({QStringLiteral("code")},
                           {{QStringLiteral("410102")}, {QStringLiteral("410102")}});
    table.spreadsheetRows = false;
    io::ImportMapping mapping;
    mapping.join = io::JoinKey::CountyCode;
    mapping.keyColumn = QStringLiteral("code");
    EXPECT_EQ(refusal(table, mapping),
              QStringLiteral("/data/parks.csv, feature 2, field \"code\": feature 1 already gives "
                             "district 1; each district may appear once."));
}

TEST(PrepareImportRefuses, RowsWithoutAKey) {
    const auto table = dataTable(
        {QStringLiteral("id"), QStringLiteral("patents")},
        {{QStringLiteral("1"), QStringLiteral("1")}, {QStringLiteral(" "), QStringLiteral("2")}});
    EXPECT_EQ(refusal(table, mappingById(QStringLiteral("id"),
                                         {{QStringLiteral("patents"), QStringLiteral("patents")}})),
              QStringLiteral("/data/parks.csv, row 3, field \"id\": is empty; every row needs a "
                             "value to find its district by."));
}

TEST(PrepareImportRefuses, KeysOfTheWrongKind) {
    EXPECT_EQ(refusal(dataTable({QStringLiteral("id")}, {{QStringLiteral("A12")}}),
                      mappingById(QStringLiteral("id"), {})),
              QStringLiteral("/data/parks.csv, row 2, field \"id\": \"A12\" is not a district id; "
                             "ids are whole numbers from 1."));
    io::ImportMapping byCode;
    byCode.join = io::JoinKey::CountyCode;
    byCode.keyColumn = QStringLiteral("adcode");
    EXPECT_EQ(refusal(dataTable({QStringLiteral("adcode")}, {{QStringLiteral("4101")}}), byCode),
              QStringLiteral("/data/parks.csv, row 2, field \"adcode\": \"4101\" is not an "
                             "administrative code; county codes have six digits."));
}

TEST(PrepareImportRefuses, BadValuesInRowsThatMatchNoDistrict) {
    EXPECT_EQ(
        refusal(dataTable({QStringLiteral("id"), QStringLiteral("patents")},
                          {{QStringLiteral("1"), QStringLiteral("1")},
                           {QStringLiteral("999"), QStringLiteral("many")}}),
                mappingById(QStringLiteral("id"),
                            {{QStringLiteral("patents"), QStringLiteral("patents")}})),
        QStringLiteral("/data/parks.csv, row 3, field \"patents\": \"many\" is not a number."));
}

TEST(PrepareImportRefuses, PointsJustOutsideTheProvinceSuggestingTheDatum) {
    // South-east of Henan's last county, in Anhui, inside the province's bounding box.
    ASSERT_FALSE(insideHenan(116.6, 31.5));
    EXPECT_EQ(
        refusedPoint(QStringLiteral("116.6"), QStringLiteral("31.5"), geo::LonLatDatum::Wgs84),
        QStringLiteral("/data/parks.csv, row 2, field \"经度\": (116.6, 31.5) lies outside "
                       "河南省; are the coordinates GCJ-02 or BD-09 rather than WGS84?"));
    EXPECT_EQ(refusedPoint(QStringLiteral("116.6"), QStringLiteral("31.5"), geo::LonLatDatum::Bd09),
              QStringLiteral("/data/parks.csv, row 2, field \"经度\": (116.6, 31.5) lies outside "
                             "河南省; are the coordinates WGS84 or GCJ-02 rather than BD-09?"));
}

TEST(PrepareImportRefuses, PointsFarFromTheProvince) {
    EXPECT_EQ(
        refusedPoint(QStringLiteral("121.47"), QStringLiteral("31.23"), geo::LonLatDatum::Wgs84),
        QStringLiteral("/data/parks.csv, row 2, field \"经度\": (121.47, 31.23) lies far "
                       "outside 河南省; check the coordinates and that the row belongs to "
                       "this province."));
}

TEST(PrepareImportRefuses, SwappedLongitudeAndLatitude) {
    EXPECT_EQ(
        refusedPoint(QStringLiteral("34.7"), QStringLiteral("113.5"), geo::LonLatDatum::Wgs84),
        QStringLiteral("/data/parks.csv, row 2, field \"纬度\": \"113.5\" is not a latitude "
                       "(-90 to 90); are longitude and latitude swapped?"));
}

TEST(PrepareImportRefuses, HalfALocation) {
    EXPECT_EQ(refusedPoint(QStringLiteral("113.5"), QString(), geo::LonLatDatum::Wgs84),
              QStringLiteral("/data/parks.csv, row 2, field \"纬度\": is empty while \"经度\" is "
                             "given; a location needs both."));
    EXPECT_EQ(refusal(dataTable({QStringLiteral("id"), QStringLiteral("经度")},
                                {{QStringLiteral("1"), QStringLiteral("113.5")}}),
                      mappingById(QStringLiteral("id"),
                                  {{QStringLiteral("lon"), QStringLiteral("经度")}})),
              QStringLiteral("/data/parks.csv: the column \"经度\" gives longitudes but no column "
                             "gives latitudes; map both or neither."));
}

TEST(PrepareImportRefuses, PointsOfALayerWithoutGeometry) {
    auto mapping = mappingById(QStringLiteral("id"), {});
    mapping.usePoints = true;
    EXPECT_EQ(refusal(dataTable({QStringLiteral("id")}, {{QStringLiteral("1")}}), mapping),
              QStringLiteral("/data/parks.csv: the layer has no geometry to take locations from."));
}

TEST(PrepareImportRefuses, PointsOfAFeatureOutsideTheProvince) {
    auto table = dataTable({QStringLiteral("id")}, {{QStringLiteral("1")}});
    table.spreadsheetRows = false;
    table.points = {geo::LonLat{116.6, 31.5}};
    auto mapping = mappingById(QStringLiteral("id"), {});
    mapping.usePoints = true;
    mapping.datum = geo::LonLatDatum::Gcj02;
    EXPECT_EQ(refusal(table, mapping),
              QStringLiteral("/data/parks.csv, feature 1, field \"geometry\": (116.6, 31.5) lies "
                             "outside 河南省; are the coordinates WGS84 or BD-09 rather than "
                             "GCJ-02?"));
}

TEST(PrepareImportRefuses, AFeatureWithoutGeometryWhenLocationsComeFromTheGeometry) {
    auto table = dataTable({QStringLiteral("id")}, {{QStringLiteral("1")}, {QStringLiteral("2")}});
    table.spreadsheetRows = false;
    table.points = {henanDistrict(1).location, std::nullopt};
    table.pointProblems = {QString(), QString()};
    auto mapping = mappingById(QStringLiteral("id"), {});
    EXPECT_TRUE(test::prepared(table, mapping).unmatched.empty()) << "unused, it does not matter";
    mapping.usePoints = true;
    EXPECT_EQ(refusal(table, mapping),
              QStringLiteral("/data/parks.csv, feature 2, field \"geometry\": is empty: the "
                             "feature has no geometry to take its location from; give it one, or "
                             "do not take locations from the geometry."));
}

TEST(PrepareImportRefuses, ASelfIntersectingPolygonWhenLocationsComeFromTheGeometry) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parks.geojson"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":1},"geometry":{"type":"Point","coordinates":[113.6,34.7]}},
{"type":"Feature","properties":{"id":2},"geometry":{"type":"Polygon",
 "coordinates":[[[113.5,34.6],[113.7,34.8],[113.7,34.6],[113.5,34.8],[113.5,34.6]]]}}]})");
    file.close();
    const auto table = io::readDataTable(path);
    ASSERT_TRUE(table) << table.error().message.toStdString();
    auto mapping = mappingById(QStringLiteral("id"), {});
    mapping.usePoints = true;
    const QString message = refusal(table.value(), mapping);
    EXPECT_TRUE(message.startsWith(
        QDir::toNativeSeparators(path) +
        QStringLiteral(", feature 2, field \"geometry\": the geometry is not valid "
                       "(Self-intersection")))
        << message.toStdString();
}

TEST(PrepareImportRefuses, NamingACsvRowByTheLineItStartsOn) {
    auto table = dataTable(
        {QStringLiteral("id"), QStringLiteral("专利")},
        {{QStringLiteral("1"), QStringLiteral("3")}, {QStringLiteral("2"), QStringLiteral("多")}});
    table.lineNumbers = {4, 9}; // after blank lines and a quoted field over several lines
    EXPECT_EQ(refusal(table, mappingById(QStringLiteral("id"),
                                         {{QStringLiteral("patents"), QStringLiteral("专利")}})),
              QStringLiteral("/data/parks.csv, row 9, field \"专利\": \"多\" is not a number."));
}

TEST(PrepareImportRefuses, MappingsToColumnsOrTargetsThatDoNotExist) {
    const auto table = dataTable({QStringLiteral("id")}, {{QStringLiteral("1")}});
    EXPECT_EQ(refusal(table, mappingById(QStringLiteral("编号"), {})),
              QStringLiteral("/data/parks.csv: there is no column \"编号\" to find districts by."));
    EXPECT_EQ(refusal(table, mappingById(QString(), {})),
              QStringLiteral("/data/parks.csv: choose the column that identifies each row's "
                             "district."));
    EXPECT_EQ(refusal(table, mappingById(QStringLiteral("id"),
                                         {{QStringLiteral("patents"), QStringLiteral("专利")}})),
              QStringLiteral("/data/parks.csv: there is no column \"专利\" to take patents from."));
    EXPECT_EQ(refusal(table, mappingById(QStringLiteral("id"),
                                         {{QStringLiteral("output:X99"), QStringLiteral("id")}})),
              QStringLiteral("/data/parks.csv: \"output:X99\" is not a value an import can set."));
}
