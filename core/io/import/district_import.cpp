#include "io/import/district_import.h"

#include "io/import/district_import_places.h"
#include "io/import/import_target_spec.h"
#include "io/import/import_target_values.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace agglomap::io {

namespace {

using detail::CellValue;
using detail::normalizedName;
using detail::TargetKind;
using detail::TargetSpec;
using model::District;
using model::DistrictField;
using model::DistrictId;

// Column names that identify a row's district, most telling first.
const std::array<std::pair<JoinKey, const char*>, 3> kKeyColumns{{
    {JoinKey::Id, "id|district_id|编号|集聚区编号|园区编号"},
    {JoinKey::CountyCode, "code|adcode|county_code|host_county|行政区划代码|区划代码|县区代码"},
    {JoinKey::Name, "name_zh|中文名称|集聚区名称|园区名称|名称|name|name_en|英文名称"},
}};

const QString kGeometryField = DataTable::geometryField();

QString datumName(geo::LonLatDatum datum) {
    switch (datum) {
    case geo::LonLatDatum::Wgs84:
        return QStringLiteral("WGS84");
    case geo::LonLatDatum::Gcj02:
        return QStringLiteral("GCJ-02");
    case geo::LonLatDatum::Bd09:
        return QStringLiteral("BD-09");
    }
    return {};
}

QString degrees(double value) {
    return QString::number(value, 'g', 9);
}

// A column of the table that gives one target's values.
struct MappedColumn {
    TargetSpec target;
    QString column;
    int index = 0;
};

struct Match {
    std::optional<DistrictId> id;
    QString reason;
};

// A row's location in WGS84 with the county it lies in.
struct Place {
    geo::LonLat lonLat;
    const geo::Region* county = nullptr;
    // Set when the point lies in a gap between counties and was given to the nearest.
    QString warning;
};

class ImportPreparation {
public:
    ImportPreparation(const model::Plan& plan, const DataTable& table, const ImportMapping& mapping)
        : m_plan(plan)
        , m_table(table)
        , m_mapping(mapping)
        , m_counties(plan.regions()) {}

    Result<ImportOutcome> run() {
        if (const Status status = resolveColumns(); !status) {
            return status.error();
        }
        indexDistricts();
        ImportOutcome outcome;
        for (int row = 0; row < m_table.rowCount(); ++row) {
            if (isBlank(row)) {
                continue;
            }
            if (const Status status = prepareRow(row, outcome); !status) {
                return status.error();
            }
        }
        for (const District* district : m_plan.districts()) {
            if (!m_rowOfDistrict.contains(district->id)) {
                outcome.untouched.push_back(district->id);
            }
        }
        return outcome;
    }

private:
    // Checks every value of the row, then adds what it changes to the outcome.
    Status prepareRow(int row, ImportOutcome& outcome) {
        const auto match = matchRow(row);
        if (!match) {
            return match.error();
        }
        const std::optional<DistrictId> id = match.value().id;
        if (id) {
            if (const auto earlier = m_rowOfDistrict.find(*id); earlier != m_rowOfDistrict.end()) {
                return error(
                    row, m_mapping.keyColumn,
                    //: %1 is an earlier row ("row 5"), %2 a district id
                    QCoreApplication::translate("agglomap::io::Import",
                                                "%1 already gives district %2; each district may "
                                                "appear once.")
                        .arg(rowName(earlier->second))
                        .arg(id->value));
            }
            m_rowOfDistrict.emplace(*id, row);
        }
        const auto values = readValues(row);
        if (!values) {
            return values.error();
        }
        const auto place = readPlace(row);
        if (!place) {
            return place.error();
        }
        if (place.value() && !place.value()->warning.isEmpty()) {
            outcome.warnings.push_back(place.value()->warning);
        }
        if (id) {
            ++outcome.matchedRows;
            District district = *m_plan.district(*id);
            const auto changed = apply(district, row, values.value(), place.value());
            if (!changed) {
                return changed.error();
            }
            if (changed.value()) {
                outcome.updated.push_back(std::move(district));
            }
            return {};
        }
        auto added = newDistrict(row, values.value(), place.value());
        if (!added) {
            return added.error();
        }
        if (added.value()) {
            outcome.added.push_back(std::move(*std::move(added).value()));
        } else {
            outcome.unmatched.push_back(
                {row, cell(row, m_keyIndex), unmatchedReason(match.value().reason, place.value())});
        }
        return {};
    }

    // The table names its rows (a CSV's by the line of the file) as every reader's messages do.
    QString rowName(int row) const { return m_table.rowName(row); }
    Error error(int row, const QString& column, const QString& what) const {
        return Error{m_table.locate(row, column, what)};
    }
    Error fileError(const QString& what) const {
        //: %1 is the file, %2 the problem
        return Error{QCoreApplication::translate("agglomap::io::Import", "%1: %2")
                         .arg(QDir::toNativeSeparators(m_table.path), what)};
    }

    QString cell(int row, int column) const {
        const QStringList& cells = m_table.rows[static_cast<std::size_t>(row)];
        return column >= 0 && column < cells.size() ? cells[column].trimmed() : QString();
    }

    bool isBlank(int row) const {
        const QStringList& cells = m_table.rows[static_cast<std::size_t>(row)];
        return std::all_of(cells.begin(), cells.end(),
                           [](const QString& text) { return text.trimmed().isEmpty(); });
    }

    Status resolveColumns() {
        if (m_mapping.keyColumn.isEmpty()) {
            return fileError(QCoreApplication::translate(
                "agglomap::io::Import", "choose the column that identifies each row's district."));
        }
        m_keyIndex = m_table.columnIndex(m_mapping.keyColumn);
        if (m_keyIndex < 0) {
            return fileError(
                QCoreApplication::translate("agglomap::io::Import",
                                            "there is no column \"%1\" to find districts by.")
                    .arg(m_mapping.keyColumn));
        }
        for (const auto& [key, column] : m_mapping.columns) {
            const auto target = detail::targetSpec(key, m_plan.sectors());
            if (!target) {
                return fileError(
                    QCoreApplication::translate("agglomap::io::Import",
                                                "\"%1\" is not a value an import can set.")
                        .arg(key));
            }
            const int index = m_table.columnIndex(column);
            if (index < 0) {
                return fileError(
                    //: %1 is a column, %2 the key of the value to import (e.g. output:C39)
                    QCoreApplication::translate("agglomap::io::Import",
                                                "there is no column \"%1\" to take %2 from.")
                        .arg(column, key));
            }
            if (target->kind == TargetKind::Lon) {
                m_lon = MappedColumn{*target, column, index};
            } else if (target->kind == TargetKind::Lat) {
                m_lat = MappedColumn{*target, column, index};
            } else {
                m_values.push_back({*target, column, index});
            }
        }
        if (m_lon.has_value() != m_lat.has_value()) {
            const MappedColumn& given = m_lon ? *m_lon : *m_lat;
            const QString unpaired =
                m_lon
                    ? QCoreApplication::translate("agglomap::io::Import",
                                                  "the column \"%1\" gives longitudes but no "
                                                  "column gives latitudes; map both or neither.")
                    : QCoreApplication::translate("agglomap::io::Import",
                                                  "the column \"%1\" gives latitudes but no "
                                                  "column gives longitudes; map both or neither.");
            return fileError(unpaired.arg(given.column));
        }
        if (!m_lon && m_mapping.usePoints && m_table.points.empty()) {
            return fileError(QCoreApplication::translate(
                "agglomap::io::Import", "the layer has no geometry to take locations from."));
        }
        // Messages then come in the order a reader scans the row.
        std::stable_sort(
            m_values.begin(), m_values.end(),
            [](const MappedColumn& a, const MappedColumn& b) { return a.index < b.index; });
        return {};
    }

    void indexDistricts() {
        for (const District* district : m_plan.districts()) {
            m_byCounty[district->hostCounty].append(district->id);
            QList<DistrictId>& zh = m_byName[district->nameZh.trimmed().toCaseFolded()];
            zh.append(district->id);
            QList<DistrictId>& en = m_byName[district->nameEn.trimmed().toCaseFolded()];
            if (!en.contains(district->id)) {
                en.append(district->id);
            }
        }
    }

    Result<Match> matchRow(int row) const {
        const QString key = cell(row, m_keyIndex);
        if (key.isEmpty()) {
            return error(row, m_mapping.keyColumn,
                         QCoreApplication::translate(
                             "agglomap::io::Import",
                             "is empty; every row needs a value to find its district by."));
        }
        switch (m_mapping.join) {
        case JoinKey::Id: {
            bool ok = false;
            const double id = key.toDouble(&ok);
            if (!ok || id != std::floor(id) || id < 1 || id > std::numeric_limits<int>::max()) {
                return error(row, m_mapping.keyColumn,
                             QCoreApplication::translate(
                                 "agglomap::io::Import",
                                 "\"%1\" is not a district id; ids are whole numbers "
                                 "from 1.")
                                 .arg(key));
            }
            const DistrictId districtId{static_cast<int>(id)};
            if (!m_plan.district(districtId)) {
                return Match{std::nullopt, QCoreApplication::translate("agglomap::io::Import",
                                                                       "no district has id %1")
                                               .arg(districtId.value)};
            }
            return Match{districtId, {}};
        }
        case JoinKey::CountyCode: {
            // Statistical codes have twelve digits; the first six are the county's.
            const QString digits = key.size() == 12 ? key.left(6) : key;
            bool ok = false;
            const geo::RegionCode code = digits.toInt(&ok);
            if (!ok || digits.size() != 6) {
                return error(row, m_mapping.keyColumn,
                             QCoreApplication::translate(
                                 "agglomap::io::Import",
                                 "\"%1\" is not an administrative code; county codes "
                                 "have six digits.")
                                 .arg(key));
            }
            const geo::Region* county = m_plan.regions().find(code);
            if (!county || county->level != geo::RegionLevel::County) {
                return Match{std::nullopt,
                             //: %1 is the province, %2 a county code
                             QCoreApplication::translate("agglomap::io::Import",
                                                         "no county of %1 has code %2")
                                 .arg(m_plan.regions().province().nameZh)
                                 .arg(code)};
            }
            const QList<DistrictId> hosted = m_byCounty.value(code);
            if (hosted.size() != 1) {
                return Match{std::nullopt,
                             hosted.isEmpty()
                                 ? QCoreApplication::translate("agglomap::io::Import",
                                                               "no district lies in county %1")
                                       .arg(code)
                                 //: %1 is a county code, %2 a number of districts (two or more)
                                 : QCoreApplication::translate("agglomap::io::Import",
                                                               "county %1 hosts %2 districts")
                                       .arg(code)
                                       .arg(hosted.size())};
            }
            return Match{hosted.front(), {}};
        }
        case JoinKey::Name: {
            const QList<DistrictId> named = m_byName.value(key.toCaseFolded());
            if (named.size() != 1) {
                return Match{std::nullopt,
                             named.isEmpty()
                                 ? QCoreApplication::translate("agglomap::io::Import",
                                                               "no district is named %1")
                                       .arg(key)
                                 //: %1 is a number of districts (two or more), %2 a name
                                 : QCoreApplication::translate("agglomap::io::Import",
                                                               "%1 districts are named %2")
                                       .arg(named.size())
                                       .arg(key)};
            }
            return Match{named.front(), {}};
        }
        }
        return Match{};
    }

    using RowValues = std::vector<std::pair<const MappedColumn*, CellValue>>;

    Result<RowValues> readValues(int row) const {
        RowValues values;
        for (const MappedColumn& mapped : m_values) {
            const QString text = cell(row, mapped.index);
            if (text.isEmpty()) {
                continue;
            }
            auto value = detail::parseCell(mapped.target, text);
            if (!value) {
                return error(row, mapped.column, value.error().message);
            }
            values.emplace_back(&mapped, std::move(value).value());
        }
        return values;
    }

    Result<std::optional<Place>> readPlace(int row) const {
        if (m_lon) {
            const QString lonText = cell(row, m_lon->index);
            const QString latText = cell(row, m_lat->index);
            if (lonText.isEmpty() && latText.isEmpty()) {
                return std::optional<Place>();
            }
            if (lonText.isEmpty() || latText.isEmpty()) {
                const MappedColumn& empty = lonText.isEmpty() ? *m_lon : *m_lat;
                return error(row, empty.column,
                             //: %1 is the other coordinate column
                             QCoreApplication::translate(
                                 "agglomap::io::Import",
                                 "is empty while \"%1\" is given; a location needs both.")
                                 .arg(lonText.isEmpty() ? m_lat->column : m_lon->column));
            }
            const auto lon = detail::parseCell(m_lon->target, lonText);
            if (!lon) {
                return error(row, m_lon->column, lon.error().message);
            }
            const auto lat = detail::parseCell(m_lat->target, latText);
            if (!lat) {
                return error(row, m_lat->column, lat.error().message);
            }
            return place(row, m_lon->column,
                         {std::get<double>(lon.value()), std::get<double>(lat.value())},
                         QStringLiteral("(%1, %2)").arg(lonText, latText));
        }
        if (m_mapping.usePoints && static_cast<std::size_t>(row) < m_table.points.size()) {
            const auto index = static_cast<std::size_t>(row);
            if (const auto& point = m_table.points[index]) {
                return place(
                    row, kGeometryField, *point,
                    QStringLiteral("(%1, %2)").arg(degrees(point->lon), degrees(point->lat)));
            }
            // Asked to take locations from the geometry, a row without a usable one is an
            // error: keeping the district's old location would pass it silently.
            if (index < m_table.pointProblems.size() && !m_table.pointProblems[index].isEmpty()) {
                return error(row, kGeometryField, m_table.pointProblems[index]);
            }
            return error(row, kGeometryField,
                         QCoreApplication::translate(
                             "agglomap::io::Import",
                             "is empty: the feature has no geometry to take its location from; "
                             "give it one, or do not take locations from the geometry."));
        }
        return std::optional<Place>();
    }

    Result<std::optional<Place>> place(int row, const QString& column, geo::LonLat given,
                                       const QString& shown) const {
        const geo::LonLat wgs84 = geo::toWgs84(given, m_mapping.datum);
        if (const auto placed = m_counties.place(wgs84)) {
            Place found{wgs84, placed->county, {}};
            if (placed->inGap()) {
                //: %1 is a coordinate pair, %2 a distance in metres, %3 the county
                found.warning = m_table.locate(
                    row, column,
                    QCoreApplication::translate("agglomap::io::Import",
                                                "%1 lies in a gap between counties, %2 m from "
                                                "%3; the district is placed in %3.")
                        .arg(shown)
                        .arg(qRound(placed->metresOutside))
                        .arg(placed->county->nameZh));
            }
            return std::optional<Place>(std::move(found));
        }
        const QString province = m_plan.regions().province().nameZh;
        if (!m_counties.isNearProvince(wgs84)) {
            return error(row, column,
                         //: %1 is a coordinate pair, %2 the province
                         QCoreApplication::translate(
                             "agglomap::io::Import",
                             "%1 lies far outside %2; check the coordinates and that "
                             "the row belongs to this province.")
                             .arg(shown, province));
        }
        QStringList others;
        for (const auto datum :
             {geo::LonLatDatum::Wgs84, geo::LonLatDatum::Gcj02, geo::LonLatDatum::Bd09}) {
            if (datum != m_mapping.datum) {
                others.append(datumName(datum));
            }
        }
        //: %1 is a coordinate pair, %2 the province; %3 and %4 are the two other datums
        //: (WGS84, GCJ-02, BD-09), %5 the datum chosen for the import
        return error(
            row, column,
            QCoreApplication::translate(
                "agglomap::io::Import",
                "%1 lies outside %2; are the coordinates %3 or %4 rather than %5?")
                .arg(shown, province, others.at(0), others.at(1), datumName(m_mapping.datum)));
    }

    // Puts the row's values into the district; true when anything changed, the illustrative
    // marks of the fields that received a value among them.
    Result<bool> apply(District& district, int row, const RowValues& values,
                       const std::optional<Place>& place) const {
        bool changed = false;
        for (const auto& [mapped, value] : values) {
            const auto set = detail::applyValue(district, mapped->target, value, m_plan.sectors());
            if (!set) {
                return error(row, mapped->column, set.error().message);
            }
            changed = set.value() || changed;
            changed =
                mark(district, detail::valueKeyOf(mapped->target), mapped->column, row) || changed;
        }
        if (place) {
            changed = changed || district.location.lon != place->lonLat.lon ||
                      district.location.lat != place->lonLat.lat ||
                      district.hostCounty != place->county->code;
            district.location = place->lonLat;
            district.hostCounty = place->county->code;
            district.hostCity = place->county->parentCode;
            changed = mark(district, {model::ValueField::Location}, placeColumn(), row) || changed;
        }
        return changed;
    }

    QString placeColumn() const {
        return m_lon ? QStringLiteral("%1/%2").arg(m_lon->column, m_lat->column) : kGeometryField;
    }

    // A new district's values start as illustrative zeros until a cell gives them.
    static void markUnsetIllustrative(District& district) {
        using model::ValueField;
        const model::Provenance unset = model::Provenance::illustrative(QCoreApplication::translate(
            "agglomap::io::Import", "not given by the imported file; left at its default"));
        for (ValueField field :
             {ValueField::NameEn, ValueField::Year, ValueField::ZoneLevel, ValueField::DistrictType,
              ValueField::PlannedArea, ValueField::BuiltArea, ValueField::LeadingIndustries,
              ValueField::RdSpending, ValueField::RdStaff, ValueField::Patents,
              ValueField::HighTechEnterprises, ValueField::FixedInvestment,
              ValueField::BusinessIncome, ValueField::ListedCompanies, ValueField::VentureFunds}) {
            district.provenance.set({field}, unset);
        }
        for (int item = 0; item < model::kInfrastructureItemCount; ++item) {
            district.provenance.set({ValueField::ProvisionCurrent, item}, unset);
            district.provenance.set({ValueField::ProvisionRequired, item}, unset);
        }
    }

    // Records that the row's cell gave the value: exactly the values an import sets are marked
    // imported, with the file, column and row a planner can go back to.
    bool mark(District& district, const model::ValueKey& key, const QString& column,
              int row) const {
        // Confirming a generated value is a change; re-importing an entered or imported value
        // that stays the same is not (the district is only listed when something changes).
        const bool changed = district.provenance.isIllustrative(key);
        district.provenance.set(
            key, model::Provenance::imported(QDir::toNativeSeparators(m_table.path), column,
                                             m_table.rowNumber(row), m_when));
        return changed;
    }

    // A new district from an unmatched row, when asked for and the row has what it needs.
    Result<std::optional<District>> newDistrict(int row, const RowValues& values,
                                                const std::optional<Place>& place) const {
        const bool named = std::any_of(values.begin(), values.end(), [](const auto& value) {
            return value.first->target.kind == TargetKind::NameZh;
        });
        if (!m_mapping.addUnmatched || !named || !place) {
            return std::optional<District>();
        }
        District district;
        // Values no cell reaches stay marked: nothing in the file vouches for their zeros.
        markUnsetIllustrative(district);
        const auto applied = apply(district, row, values, place);
        if (!applied) {
            return applied.error();
        }
        return std::optional<District>(std::move(district));
    }

    QString unmatchedReason(const QString& reason, const std::optional<Place>& place) const {
        if (!m_mapping.addUnmatched) {
            return reason;
        }
        //: %1 is why the row matched no district (e.g. "no district has id 7")
        return place ? QCoreApplication::translate("agglomap::io::Import",
                                                   "%1; it has no Chinese name to be added with")
                           .arg(reason)
                     : QCoreApplication::translate("agglomap::io::Import",
                                                   "%1; it has no location to be added at")
                           .arg(reason);
    }

    const model::Plan& m_plan;
    const DataTable& m_table;
    const ImportMapping& m_mapping;
    detail::CountyFinder m_counties;
    int m_keyIndex = -1;
    std::vector<MappedColumn> m_values;
    std::optional<MappedColumn> m_lon;
    std::optional<MappedColumn> m_lat;
    QHash<geo::RegionCode, QList<DistrictId>> m_byCounty;
    QHash<QString, QList<DistrictId>> m_byName;
    // The first row that gave each district.
    std::map<DistrictId, int> m_rowOfDistrict;
    const QDateTime m_when = QDateTime::currentDateTimeUtc();
};

} // namespace

QString joinKeyKey(JoinKey key) {
    switch (key) {
    case JoinKey::Id:
        return QStringLiteral("id");
    case JoinKey::CountyCode:
        return QStringLiteral("code");
    case JoinKey::Name:
        return QStringLiteral("name");
    }
    return {};
}

std::optional<JoinKey> joinKeyFromKey(const QString& key) {
    for (const JoinKey join : {JoinKey::Id, JoinKey::CountyCode, JoinKey::Name}) {
        if (key == joinKeyKey(join)) {
            return join;
        }
    }
    return std::nullopt;
}

ImportMapping suggestMapping(const DataTable& table, const model::SectorCatalogue& sectors) {
    ImportMapping mapping;
    for (const auto& [join, candidates] : kKeyColumns) {
        for (const QString& candidate : QString::fromUtf8(candidates).split(QLatin1Char('|'))) {
            for (const QString& column : table.columns) {
                if (mapping.keyColumn.isEmpty() && normalizedName(column) == candidate) {
                    mapping.join = join;
                    mapping.keyColumn = column;
                }
            }
        }
        if (!mapping.keyColumn.isEmpty()) {
            break;
        }
    }
    const std::vector<ImportTarget> targets = importTargets(sectors);
    for (const QString& column : table.columns) {
        if (column == mapping.keyColumn) {
            continue;
        }
        const QString name = normalizedName(column);
        for (const ImportTarget& target : targets) {
            const bool matches =
                name == normalizedName(target.key) || name == normalizedName(target.labelZh) ||
                name == normalizedName(target.labelEn) || target.aliases.contains(name);
            if (matches) {
                // The first column for a target wins; a second one is left for the user.
                mapping.columns.emplace(target.key, column);
                break;
            }
        }
    }
    return mapping;
}

Result<ImportOutcome> prepareImport(const model::Plan& plan, const DataTable& table,
                                    const ImportMapping& mapping) {
    return ImportPreparation(plan, table, mapping).run();
}

} // namespace agglomap::io
