#include "io/project/plan_tables.h"

#include "io/provenance_tables.h"

#include <QLocale>

namespace agglomap::io {

namespace {

using model::District;
using model::DistrictField;

QString integer(qint64 value) {
    return QString::number(value);
}

QString flag(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

std::vector<TableColumn> columns(std::initializer_list<std::pair<const char*, ColumnType>> list) {
    std::vector<TableColumn> result;
    result.reserve(list.size());
    for (const auto& [name, type] : list) {
        result.push_back({QLatin1String(name), type});
    }
    return result;
}

QString illustrativeKeys(const District& district) {
    return model::illustrativeGroupKeys(district).join(QLatin1Char(';'));
}

class TableWriter {
public:
    explicit TableWriter(const model::Plan& plan)
        : m_plan(plan) {}

    std::vector<PlanTable> tables() const {
        return {districts(),
                industries(),
                infrastructure(),
                innovationFinance(),
                links(),
                districtLinks(),
                inputOutput(),
                provenanceTable(m_plan),
                referenceEconomyTable(m_plan)};
    }

private:
    using enum ColumnType;

    QString code(model::SectorIndex sector) const { return m_plan.sectors().at(sector).code; }

    PlanTable districts() const {
        PlanTable table{QStringLiteral("districts"),
                        columns({{"id", Integer},
                                 {"name_zh", Text},
                                 {"name_en", Text},
                                 {"placeholder_name", Text},
                                 {"host_county", Integer},
                                 {"lon", Real},
                                 {"lat", Real},
                                 {"year", Integer},
                                 {"zone_level", Text},
                                 {"type", Text},
                                 {"planned_area_km2", Real},
                                 {"built_area_km2", Real},
                                 {"leading_industries", Text},
                                 {"illustrative", Text}}),
                        {}};
        for (const District* d : m_plan.districts()) {
            QStringList leading;
            for (const model::SectorIndex sector : d->leadingIndustries) {
                leading << code(sector);
            }
            table.rows.push_back({integer(d->id.value), d->nameZh, d->nameEn,
                                  flag(d->placeholderName), integer(d->hostCounty),
                                  exactNumber(d->location.lon), exactNumber(d->location.lat),
                                  integer(d->year), model::zoneLevelKey(d->zoneLevel),
                                  model::districtTypeKey(d->type), exactNumber(d->plannedAreaKm2),
                                  exactNumber(d->builtAreaKm2), leading.join(QLatin1Char(';')),
                                  illustrativeKeys(*d)});
        }
        return table;
    }

    PlanTable industries() const {
        PlanTable table{QStringLiteral("industries"),
                        columns({{"district_id", Integer},
                                 {"sector", Text},
                                 {"output", Real},
                                 {"employment", Real},
                                 {"enterprises", Integer},
                                 {"smes", Integer},
                                 {"high_tech_output", Real}}),
                        {}};
        for (const District* d : m_plan.districts()) {
            for (const model::SectorActivity& a : d->industries) {
                table.rows.push_back({integer(d->id.value), code(a.sector),
                                      exactNumber(a.outputValue), exactNumber(a.employment),
                                      integer(a.enterprises), integer(a.smallAndMediumEnterprises),
                                      exactNumber(a.highTechOutput)});
            }
        }
        return table;
    }

    PlanTable infrastructure() const {
        PlanTable table{
            QStringLiteral("infrastructure"),
            columns(
                {{"district_id", Integer}, {"item", Text}, {"current", Real}, {"required", Real}}),
            {}};
        for (const District* d : m_plan.districts()) {
            for (const model::InfrastructureItemInfo& item : model::infrastructureItems()) {
                const model::Provision& provision = d->provision(item.item);
                table.rows.push_back({integer(d->id.value), QLatin1String(item.key),
                                      exactNumber(provision.current),
                                      exactNumber(provision.required)});
            }
        }
        return table;
    }

    PlanTable innovationFinance() const {
        PlanTable table{QStringLiteral("innovation_finance"),
                        columns({{"district_id", Integer},
                                 {"rd_spending", Real},
                                 {"rd_staff", Integer},
                                 {"patents", Integer},
                                 {"high_tech_enterprises", Integer},
                                 {"fixed_investment", Real},
                                 {"business_income", Real},
                                 {"listed_companies", Integer},
                                 {"venture_funds", Integer}}),
                        {}};
        for (const District* d : m_plan.districts()) {
            const model::Innovation& i = d->innovation;
            const model::Finance& f = d->finance;
            table.rows.push_back({integer(d->id.value), exactNumber(i.rdSpending),
                                  integer(i.rdStaff), integer(i.patents),
                                  integer(i.highTechEnterprises), exactNumber(f.fixedInvestment),
                                  exactNumber(f.businessIncome), integer(f.listedCompanies),
                                  integer(f.ventureFunds)});
        }
        return table;
    }

    PlanTable links() const {
        PlanTable table{QStringLiteral("links"),
                        columns({{"district_id", Integer},
                                 {"from_sector", Text},
                                 {"to_sector", Text},
                                 {"value", Real}}),
                        {}};
        for (const District* d : m_plan.districts()) {
            for (const model::SectorLink& link : d->links) {
                table.rows.push_back({integer(d->id.value), code(link.from), code(link.to),
                                      exactNumber(link.value)});
            }
        }
        return table;
    }

    PlanTable districtLinks() const {
        PlanTable table{
            QStringLiteral("district_links"),
            columns({{"from_id", Integer}, {"to_id", Integer}, {"sector", Text}, {"value", Real}}),
            {}};
        for (const model::DistrictLink& link : m_plan.districtLinks()) {
            table.rows.push_back({integer(link.from.value), integer(link.to.value),
                                  code(link.sector), exactNumber(link.value)});
        }
        return table;
    }

    PlanTable inputOutput() const {
        PlanTable table{QStringLiteral("io_coefficients"),
                        columns({{"supplier", Text}, {"buyer", Text}, {"coefficient", Real}}),
                        {}};
        const model::InputOutputTable& io = m_plan.inputOutput();
        for (model::SectorIndex supplier = 0; supplier < io.size(); ++supplier) {
            for (model::SectorIndex buyer = 0; buyer < io.size(); ++buyer) {
                const double a = io.coefficient(supplier, buyer);
                if (a != 0.0) {
                    table.rows.push_back({code(supplier), code(buyer), exactNumber(a)});
                }
            }
        }
        return table;
    }

    const model::Plan& m_plan;
};

} // namespace

QStringList PlanTable::header() const {
    QStringList names;
    names.reserve(static_cast<qsizetype>(columns.size()));
    for (const TableColumn& column : columns) {
        names << column.name;
    }
    return names;
}

QString exactNumber(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::vector<PlanTable> planTables(const model::Plan& plan) {
    return TableWriter(plan).tables();
}

PlanTable sectorTable(const model::SectorCatalogue& sectors) {
    PlanTable table{QStringLiteral("sectors"),
                    columns({{"code", ColumnType::Text},
                             {"name_zh", ColumnType::Text},
                             {"name_en", ColumnType::Text},
                             {"category", ColumnType::Text}}),
                    {}};
    for (const model::Sector& sector : sectors.sectors()) {
        table.rows.push_back(
            {sector.code, sector.nameZh, sector.nameEn, model::categoryKey(sector.category)});
    }
    return table;
}

} // namespace agglomap::io
