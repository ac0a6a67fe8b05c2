#include "io/plan_folder_reader.h"

#include "io/csv_table.h"
#include "io/provenance_tables.h"
#include "model/value_limits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace agglomap::io {

namespace {

using model::DistrictId;
using model::Plan;
using model::ValueField;

// A number cell within its field's documented maximum (model/value_limits.h): a real number
// for amounts, a whole one for counts.
template <typename Number>
Result<Number> limited(Result<Number> value, const CsvTable& t, int row, const QString& column,
                       ValueField field) {
    if (!value) {
        return value;
    }
    if (const Status status = model::checkValue(field, value.value()); !status) {
        return t.error(row, column, status.error().message);
    }
    return value;
}

Result<double> amount(const CsvTable& t, int row, const QString& column, ValueField field) {
    return limited(t.number(row, column), t, row, column, field);
}

Result<int> count(const CsvTable& t, int row, const QString& column, ValueField field) {
    return limited(t.integer(row, column), t, row, column, field);
}

// Applies one row's change through the Plan API, turning its refusal into a located error.
Status located(const CsvTable& table, int row, const QString& field, const Status& status) {
    if (status) {
        return {};
    }
    return table.error(row, field, status.error().message);
}

class PlanTableReader {
public:
    PlanTableReader(const PlanTableSource& source,
                    std::shared_ptr<const geo::RegionHierarchy> regions, PlanHeader header)
        : m_source(source)
        , m_illustrativeMethods(header.illustrativeMethods)
        , m_plan(std::make_unique<Plan>(std::move(regions), std::move(header.sectors)))
        , m_inputOutputIllustrative(header.inputOutputIllustrative) {
        m_plan->setInfo(std::move(header.info));
    }

    Result<std::unique_ptr<Plan>> read() {
        for (Status (PlanTableReader::*step)() :
             {&PlanTableReader::readDistricts, &PlanTableReader::readIndustries,
              &PlanTableReader::readLeading, &PlanTableReader::readInfrastructure,
              &PlanTableReader::readInnovationFinance, &PlanTableReader::readLinks,
              &PlanTableReader::readDistrictLinks, &PlanTableReader::readInputOutput}) {
            if (const Status status = (this->*step)(); !status) {
                return status.error();
            }
        }
        if (const Status status = readProvenance(); !status) {
            return status.error();
        }
        if (const Status status = readReferenceEconomy(); !status) {
            return status.error();
        }
        return std::move(m_plan);
    }

private:
    // Reads one table and hands each row to readRow, stopping at the first row it refuses.
    template <typename RowReader>
    Status eachRow(const char* name, const QStringList& fields, RowReader&& readRow) {
        const auto table = m_source.table(QLatin1String(name), fields);
        if (!table) {
            return table.error();
        }
        for (int row = 0; row < table.value().rowCount(); ++row) {
            if (const Status status = readRow(table.value(), row); !status) {
                return status;
            }
        }
        return {};
    }

    Result<model::SectorIndex> sector(const CsvTable& table, int row, const QString& field) const {
        const QString code = table.text(row, field);
        const auto index = m_plan->sectors().indexOf(code);
        if (!index) {
            return table.error(
                row, field,
                QCoreApplication::translate("agglomap::io::PlanFolder",
                                            "\"%1\" is not a sector code of the catalogue.")
                    .arg(code));
        }
        return *index;
    }

    Result<DistrictId> district(const CsvTable& table, int row, const QString& field) const {
        const auto id = table.integer(row, field);
        if (!id) {
            return id.error();
        }
        if (!m_plan->district(DistrictId{id.value()})) {
            return table.error(row, field,
                               //: %1 is an id, %2 the districts table's file name
                               QCoreApplication::translate("agglomap::io::PlanFolder",
                                                           "no district has id %1 in %2.")
                                   .arg(id.value())
                                   .arg(m_source.tableLabel(QStringLiteral("districts"))));
        }
        return DistrictId{id.value()};
    }

    Status readDistricts() {
        const auto table = m_source.table(
            QStringLiteral("districts"),
            {"id", "name_zh", "name_en", "placeholder_name", "host_county", "lon", "lat", "year",
             "zone_level", "type", "planned_area_km2", "built_area_km2", "illustrative"});
        if (!table) {
            return table.error();
        }
        const CsvTable& t = table.value();
        if (const Status status = model::checkDistrictCount(t.rowCount()); !status) {
            //: %1 is the file, %2 the problem
            return Error{QCoreApplication::translate("agglomap::io::PlanFolder", "%1: %2")
                             .arg(QDir::toNativeSeparators(t.path()), status.error().message)};
        }
        for (int row = 0; row < t.rowCount(); ++row) {
            model::District d;
            const auto id = t.integer(row, QStringLiteral("id"));
            const auto county = t.integer(row, QStringLiteral("host_county"));
            const auto lon = t.number(row, QStringLiteral("lon"));
            const auto lat = t.number(row, QStringLiteral("lat"));
            const auto year = t.integer(row, QStringLiteral("year"));
            const auto planned =
                amount(t, row, QStringLiteral("planned_area_km2"), ValueField::PlannedArea);
            const auto built =
                amount(t, row, QStringLiteral("built_area_km2"), ValueField::BuiltArea);
            if (const Status status = firstFailure(id, county, lon, lat, year, planned, built);
                !status) {
                return status.error();
            }
            if (id.value() <= 0) {
                return t.error(row, QStringLiteral("id"),
                               QCoreApplication::translate("agglomap::io::PlanFolder",
                                                           "ids are positive whole numbers."));
            }
            const auto zone = model::zoneLevelFromKey(t.text(row, QStringLiteral("zone_level")));
            if (!zone) {
                return t.error(row, QStringLiteral("zone_level"),
                               QCoreApplication::translate(
                                   "agglomap::io::PlanFolder",
                                   "\"%1\" is not state, provincial, municipal or county.")
                                   .arg(t.text(row, QStringLiteral("zone_level"))));
            }
            const auto type = model::districtTypeFromKey(t.text(row, QStringLiteral("type")));
            if (!type) {
                return t.error(row, QStringLiteral("type"),
                               QCoreApplication::translate(
                                   "agglomap::io::PlanFolder",
                                   "\"%1\" is not high-tech, clearly-positioned or comprehensive.")
                                   .arg(t.text(row, QStringLiteral("type"))));
            }
            d.id = DistrictId{id.value()};
            d.nameZh = t.text(row, QStringLiteral("name_zh"));
            d.nameEn = t.text(row, QStringLiteral("name_en"));
            d.placeholderName =
                t.text(row, QStringLiteral("placeholder_name")) == QLatin1String("true");
            d.hostCounty = county.value();
            d.location = {lon.value(), lat.value()};
            d.year = year.value();
            d.zoneLevel = *zone;
            d.type = *type;
            d.plannedAreaKm2 = planned.value();
            d.builtAreaKm2 = built.value();
            for (const QString& key : t.text(row, QStringLiteral("illustrative"))
                                          .split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const auto field = model::fieldFromKey(key);
                if (!field) {
                    return t.error(row, QStringLiteral("illustrative"),
                                   QCoreApplication::translate("agglomap::io::PlanFolder",
                                                               "\"%1\" is not a field name.")
                                       .arg(key));
                }
                m_illustrative[d.id].insert(*field);
            }
            if (t.hasField(QStringLiteral("leading_industries"))) {
                m_leading[d.id] = row;
            }
            if (d.nameZh.isEmpty()) {
                return t.error(row, QStringLiteral("name_zh"),
                               QCoreApplication::translate("agglomap::io::PlanFolder",
                                                           "every district needs a Chinese name."));
            }
            if (m_plan->district(d.id)) {
                //: %1 is a district id
                return t.error(row, QStringLiteral("id"),
                               QCoreApplication::translate(
                                   "agglomap::io::PlanFolder",
                                   "id %1 is given twice; each district needs its own id.")
                                   .arg(d.id.value));
            }
            for (const auto& [field, name] : {std::pair{QStringLiteral("name_zh"), d.nameZh},
                                              std::pair{QStringLiteral("name_en"), d.nameEn}}) {
                if (const Status status = model::checkName(name); !status) {
                    return t.error(row, field, status.error().message);
                }
            }
            auto added = m_plan->addDistrict(std::move(d));
            if (!added) {
                return t.error(row, QStringLiteral("host_county"), added.error().message);
            }
        }
        m_districts = t;
        return {};
    }

    Status readIndustries() {
        return eachRow(
            "industries",
            {"district_id", "sector", "output", "employment", "enterprises", "smes",
             "high_tech_output"},
            [&](const CsvTable& t, int row) -> Status {
                const auto id = district(t, row, QStringLiteral("district_id"));
                if (!id) {
                    return id.error();
                }
                const auto s = sector(t, row, QStringLiteral("sector"));
                const auto output =
                    amount(t, row, QStringLiteral("output"), ValueField::SectorOutput);
                const auto employment =
                    amount(t, row, QStringLiteral("employment"), ValueField::SectorEmployment);
                const auto enterprises =
                    count(t, row, QStringLiteral("enterprises"), ValueField::SectorEnterprises);
                const auto smes = count(t, row, QStringLiteral("smes"), ValueField::SectorSmes);
                const auto highTech = amount(t, row, QStringLiteral("high_tech_output"),
                                             ValueField::SectorHighTechOutput);
                if (const Status status =
                        firstFailure(s, output, employment, enterprises, smes, highTech);
                    !status) {
                    return status.error();
                }
                const Status status = m_plan->setSectorActivity(
                    id.value(), {s.value(), output.value(), employment.value(), enterprises.value(),
                                 smes.value(), highTech.value()});
                if (const Status l = located(t, row, QStringLiteral("output"), status); !l) {
                    return l;
                }
                return {};
            });
    }

    Status readLeading() {
        const QString field = QStringLiteral("leading_industries");
        for (const auto& [id, row] : m_leading) {
            std::vector<model::SectorIndex> sectors;
            for (const QString& code :
                 m_districts.text(row, field).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const auto index = m_plan->sectors().indexOf(code);
                if (!index) {
                    return m_districts.error(
                        row, field,
                        QCoreApplication::translate("agglomap::io::PlanFolder",
                                                    "\"%1\" is not a sector code.")
                            .arg(code));
                }
                sectors.push_back(*index);
            }
            if (const Status status = m_plan->setLeadingIndustries(id, sectors); !status) {
                return m_districts.error(row, field, status.error().message);
            }
        }
        return {};
    }

    Status readInfrastructure() {
        return eachRow(
            "infrastructure", {"district_id", "item", "current", "required"},
            [&](const CsvTable& t, int row) -> Status {
                const auto id = district(t, row, QStringLiteral("district_id"));
                if (!id) {
                    return id.error();
                }
                const auto item =
                    model::infrastructureItemFromKey(t.text(row, QStringLiteral("item")));
                if (!item) {
                    return t.error(
                        row, QStringLiteral("item"),
                        QCoreApplication::translate("agglomap::io::PlanFolder",
                                                    "\"%1\" is not an infrastructure item.")
                            .arg(t.text(row, QStringLiteral("item"))));
                }
                const auto current =
                    amount(t, row, QStringLiteral("current"), ValueField::ProvisionCurrent);
                const auto required =
                    amount(t, row, QStringLiteral("required"), ValueField::ProvisionRequired);
                if (!current) {
                    return current.error();
                }
                if (!required) {
                    return required.error();
                }
                const Status status =
                    m_plan->setProvision(id.value(), *item, {current.value(), required.value()});
                if (const Status l = located(t, row, QStringLiteral("current"), status); !l) {
                    return l;
                }
                return {};
            });
    }

    Status readInnovationFinance() {
        return eachRow(
            "innovation_finance",
            {"district_id", "rd_spending", "rd_staff", "patents", "high_tech_enterprises",
             "fixed_investment", "business_income", "listed_companies", "venture_funds"},
            [&](const CsvTable& t, int row) -> Status {
                const auto id = district(t, row, QStringLiteral("district_id"));
                if (!id) {
                    return id.error();
                }
                const auto rd =
                    amount(t, row, QStringLiteral("rd_spending"), ValueField::RdSpending);
                const auto staff = count(t, row, QStringLiteral("rd_staff"), ValueField::RdStaff);
                const auto patents = count(t, row, QStringLiteral("patents"), ValueField::Patents);
                const auto hte = count(t, row, QStringLiteral("high_tech_enterprises"),
                                       ValueField::HighTechEnterprises);
                const auto investment =
                    amount(t, row, QStringLiteral("fixed_investment"), ValueField::FixedInvestment);
                const auto income =
                    amount(t, row, QStringLiteral("business_income"), ValueField::BusinessIncome);
                const auto listed =
                    count(t, row, QStringLiteral("listed_companies"), ValueField::ListedCompanies);
                const auto venture =
                    count(t, row, QStringLiteral("venture_funds"), ValueField::VentureFunds);
                if (const Status status =
                        firstFailure(rd, staff, patents, hte, investment, income, listed, venture);
                    !status) {
                    return status.error();
                }
                Status status = m_plan->setInnovation(
                    id.value(), {rd.value(), staff.value(), patents.value(), hte.value()});
                if (const Status l = located(t, row, QStringLiteral("rd_spending"), status); !l) {
                    return l;
                }
                status = m_plan->setFinance(id.value(), {investment.value(), income.value(),
                                                         listed.value(), venture.value()});
                if (const Status l = located(t, row, QStringLiteral("business_income"), status);
                    !l) {
                    return l;
                }
                return {};
            });
    }

    Status readLinks() {
        return eachRow(
            "links", {"district_id", "from_sector", "to_sector", "value"},
            [&](const CsvTable& t, int row) -> Status {
                const auto id = district(t, row, QStringLiteral("district_id"));
                const auto from = sector(t, row, QStringLiteral("from_sector"));
                const auto to = sector(t, row, QStringLiteral("to_sector"));
                const auto value = amount(t, row, QStringLiteral("value"), ValueField::Link);
                if (const Status status = firstFailure(id, from, to, value); !status) {
                    return status.error();
                }
                const Status status =
                    m_plan->addLink(id.value(), {from.value(), to.value(), value.value()});
                if (const Status l = located(t, row, QStringLiteral("from_sector"), status); !l) {
                    return l;
                }
                return {};
            });
    }

    Status readDistrictLinks() {
        return eachRow(
            "district_links", {"from_id", "to_id", "sector", "value"},
            [&](const CsvTable& t, int row) -> Status {
                const auto from = district(t, row, QStringLiteral("from_id"));
                const auto to = district(t, row, QStringLiteral("to_id"));
                const auto s = sector(t, row, QStringLiteral("sector"));
                const auto value = amount(t, row, QStringLiteral("value"), ValueField::Link);
                if (const Status status = firstFailure(from, to, s, value); !status) {
                    return status.error();
                }
                const Status status =
                    m_plan->addDistrictLink({from.value(), to.value(), s.value(), value.value()});
                if (const Status l = located(t, row, QStringLiteral("from_id"), status); !l) {
                    return l;
                }
                return {};
            });
    }

    Status readInputOutput() {
        const auto table =
            m_source.table(QStringLiteral("io_coefficients"), {"supplier", "buyer", "coefficient"});
        if (!table) {
            return table.error();
        }
        const CsvTable& t = table.value();
        model::InputOutputTable io(m_plan->sectors().size());
        for (int row = 0; row < t.rowCount(); ++row) {
            const auto supplier = sector(t, row, QStringLiteral("supplier"));
            const auto buyer = sector(t, row, QStringLiteral("buyer"));
            const auto value = t.number(row, QStringLiteral("coefficient"));
            if (const Status status = firstFailure(supplier, buyer, value); !status) {
                return status.error();
            }
            const auto set = io.setCoefficient(supplier.value(), buyer.value(), value.value());
            if (!set) {
                return t.error(row, QStringLiteral("coefficient"), set.error().message);
            }
        }
        return m_plan->setInputOutputTable(std::move(io), m_inputOutputIllustrative);
    }

    // Loading goes through the editing API, which marks what it sets as entered now; the
    // source says where each value comes from. Sources older than per-value provenance mark
    // whole groups illustrative: each value of such a group becomes illustrative.
    Status readProvenance() {
        std::map<DistrictId, model::ProvenanceMap> provenance;
        if (m_source.hasTable(QLatin1String(kProvenanceTable))) {
            const auto table = m_source.table(QLatin1String(kProvenanceTable),
                                              {"district_id", "value", "item", "origin", "source"});
            if (!table) {
                return table.error();
            }
            auto read = readProvenanceTable(table.value(), *m_plan);
            if (!read) {
                return read.error();
            }
            provenance = std::move(read).value();
        } else {
            for (const model::District* d : m_plan->districts()) {
                provenance[d->id] = groupProvenance(*d);
            }
        }
        for (auto& [id, values] : provenance) {
            if (const Status status = m_plan->setProvenance(id, std::move(values)); !status) {
                return status;
            }
        }
        return {};
    }

    model::ProvenanceMap groupProvenance(const model::District& district) const {
        model::District marked = district;
        marked.provenance = {};
        const auto groups = m_illustrative.find(district.id);
        if (groups == m_illustrative.end()) {
            return marked.provenance;
        }
        for (model::DistrictField group : groups->second) {
            const auto method = m_illustrativeMethods.find(model::fieldKey(group));
            const QString how =
                method != m_illustrativeMethods.end()
                    ? method->second
                    : QCoreApplication::translate("agglomap::io::PlanFolder",
                                                  "generated; marked illustrative as a group");
            model::markGroupIllustrative(marked, group, how);
        }
        return marked.provenance;
    }

    Status readReferenceEconomy() {
        if (!m_source.hasTable(QLatin1String(kReferenceEconomyTable))) {
            return {};
        }
        const auto table = m_source.table(QLatin1String(kReferenceEconomyTable),
                                          {"region_code", "item", "value", "origin", "source"});
        if (!table) {
            return table.error();
        }
        auto reference = readReferenceEconomyTable(table.value(), *m_plan);
        if (!reference) {
            return reference.error();
        }
        m_plan->setReferenceEconomy(std::move(reference).value());
        return {};
    }

    const PlanTableSource& m_source;
    std::map<QString, QString> m_illustrativeMethods;
    std::unique_ptr<Plan> m_plan;
    bool m_inputOutputIllustrative = true;
    std::map<DistrictId, QSet<model::DistrictField>> m_illustrative;
    // The districts table and the row of each district, for its leading industries: they are
    // set once the industries they must be active in are read.
    CsvTable m_districts;
    std::map<DistrictId, int> m_leading;
};

// The CSV files of a plan folder.
class FolderTableSource final : public PlanTableSource {
public:
    explicit FolderTableSource(QString folder)
        : m_folder(std::move(folder)) {}

    Result<CsvTable> table(const QString& name, const QStringList& requiredFields) const override {
        return CsvTable::read(QDir(m_folder).filePath(tableLabel(name)), requiredFields);
    }
    bool hasTable(const QString& name) const override {
        return QFileInfo::exists(QDir(m_folder).filePath(tableLabel(name)));
    }
    QString tableLabel(const QString& name) const override { return name + QStringLiteral(".csv"); }

private:
    QString m_folder;
};

Result<model::PlanInfo> readInfo(const QString& folder) {
    QFile info(QDir(folder).filePath(QStringLiteral("plan.json")));
    if (!info.open(QIODevice::ReadOnly)) {
        return Error{
            QCoreApplication::translate("agglomap::io::PlanFolder", "%1: cannot be opened.")
                .arg(QDir::toNativeSeparators(info.fileName()))};
    }
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(info.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return Error{
            QCoreApplication::translate("agglomap::io::PlanFolder", "%1: not valid JSON (%2).")
                .arg(QDir::toNativeSeparators(info.fileName()), parseError.errorString())};
    }
    return model::PlanInfo{object.value(QLatin1String("title_zh")).toString(),
                           object.value(QLatin1String("title_en")).toString(),
                           object.value(QLatin1String("year")).toInt(),
                           object.value(QLatin1String("source")).toString() + QLatin1Char(' ') +
                               object.value(QLatin1String("illustrative")).toString()};
}

// plan.json's "illustrative_methods": how each group's illustrative values were generated.
std::map<QString, QString> readIllustrativeMethods(const QString& folder) {
    QFile info(QDir(folder).filePath(QStringLiteral("plan.json")));
    std::map<QString, QString> methods;
    if (!info.open(QIODevice::ReadOnly)) {
        return methods;
    }
    const QJsonObject object = QJsonDocument::fromJson(info.readAll())
                                   .object()
                                   .value(QLatin1String("illustrative_methods"))
                                   .toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        methods.emplace(it.key(), it.value().toString());
    }
    return methods;
}

} // namespace

QStringList planFolderFiles() {
    return {QStringLiteral("plan.json"),
            QStringLiteral("districts.csv"),
            QStringLiteral("industries.csv"),
            QStringLiteral("infrastructure.csv"),
            QStringLiteral("innovation_finance.csv"),
            QStringLiteral("links.csv"),
            QStringLiteral("district_links.csv"),
            QStringLiteral("io_coefficients.csv")};
}

Result<std::unique_ptr<model::Plan>>
readPlanFolder(const QString& folder, std::shared_ptr<const geo::RegionHierarchy> regions) {
    auto info = readInfo(folder);
    if (!info) {
        return info.error();
    }
    PlanHeader header;
    header.info = std::move(info).value();
    header.illustrativeMethods = readIllustrativeMethods(folder);
    return readPlanTables(FolderTableSource(folder), std::move(regions), std::move(header));
}

Result<std::unique_ptr<model::Plan>>
readPlanTables(const PlanTableSource& source, std::shared_ptr<const geo::RegionHierarchy> regions,
               PlanHeader header) {
    // Before the plan exists: its input-output table takes sectors² numbers.
    if (const Status status = model::checkSectorCount(header.sectors.size()); !status) {
        return status.error();
    }
    return PlanTableReader(source, std::move(regions), std::move(header)).read();
}

} // namespace agglomap::io
