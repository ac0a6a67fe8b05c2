#include "io/provenance_tables.h"

#include "model/value_limits.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace agglomap::io {

namespace {

using model::Provenance;
using model::ValueField;
using model::ValueKey;

bool indexedBySector(ValueField field) {
    return field == ValueField::SectorOutput || field == ValueField::SectorEmployment ||
           field == ValueField::SectorEnterprises || field == ValueField::SectorSmes ||
           field == ValueField::SectorHighTechOutput;
}
bool indexedByItem(ValueField field) {
    return field == ValueField::ProvisionCurrent || field == ValueField::ProvisionRequired;
}

QString itemText(const ValueKey& key, const model::SectorCatalogue& sectors) {
    if (indexedBySector(key.field)) {
        return sectors.at(key.index).code;
    }
    if (indexedByItem(key.field)) {
        return QString::fromLatin1(
            model::infoOf(static_cast<model::InfrastructureItem>(key.index)).key);
    }
    if (key.field == ValueField::Link) {
        return sectors.at(key.index).code + QLatin1Char('>') + sectors.at(key.index2).code;
    }
    return {};
}

QStringList provenanceCells(const Provenance& p) {
    return {model::originKey(p.origin), p.source, p.column,
            p.row > 0 ? QString::number(p.row) : QString(),
            p.when.isValid() ? p.when.toString(Qt::ISODateWithMs) : QString()};
}

// origin, source, column, row and when of a row; column, row and when may be absent.
Result<Provenance> readProvenance(const CsvTable& t, int row) {
    Provenance p;
    const QString origin = t.text(row, QStringLiteral("origin"));
    const auto parsed = model::originFromKey(origin);
    if (!parsed) {
        return t.error(
            row, QStringLiteral("origin"),
            QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                        "\"%1\" is not entered, illustrative or imported.")
                .arg(origin));
    }
    p.origin = *parsed;
    p.source = t.text(row, QStringLiteral("source"));
    if (t.hasField(QStringLiteral("column"))) {
        p.column = t.text(row, QStringLiteral("column"));
    }
    if (t.hasField(QStringLiteral("row")) && !t.text(row, QStringLiteral("row")).isEmpty()) {
        const auto number = t.integer(row, QStringLiteral("row"));
        if (!number) {
            return number.error();
        }
        p.row = number.value();
    }
    if (t.hasField(QStringLiteral("when")) && !t.text(row, QStringLiteral("when")).isEmpty()) {
        p.when = QDateTime::fromString(t.text(row, QStringLiteral("when")), Qt::ISODateWithMs);
        if (!p.when.isValid()) {
            return t.error(row, QStringLiteral("when"),
                           QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                                       "\"%1\" is not a date and time (ISO 8601).")
                               .arg(t.text(row, QStringLiteral("when"))));
        }
    }
    return p;
}

Result<ValueKey> readKey(const CsvTable& t, int row, const model::District& district,
                         const model::SectorCatalogue& sectors) {
    const QString valueText = t.text(row, QStringLiteral("value"));
    const auto field = model::valueFieldFromKey(valueText);
    if (!field) {
        return t.error(row, QStringLiteral("value"),
                       QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                                   "\"%1\" is not the name of a district's value.")
                           .arg(valueText));
    }
    const QString item = t.text(row, QStringLiteral("item"));
    const auto sector = [&](const QString& code) -> Result<int> {
        const auto index = sectors.indexOf(code);
        if (!index || !district.activity(*index)) {
            return t.error(
                row, QStringLiteral("item"),
                QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                            "\"%1\" is not a sector active in district %2.")
                    .arg(code)
                    .arg(district.id.value));
        }
        return *index;
    };
    if (indexedBySector(*field)) {
        const auto index = sector(item);
        if (!index) {
            return index.error();
        }
        return ValueKey{*field, index.value()};
    }
    if (indexedByItem(*field)) {
        const auto infrastructure = model::infrastructureItemFromKey(item);
        if (!infrastructure) {
            return t.error(row, QStringLiteral("item"),
                           QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                                       "\"%1\" is not an infrastructure item.")
                               .arg(item));
        }
        return ValueKey{*field, static_cast<int>(*infrastructure)};
    }
    if (*field == ValueField::Link) {
        const QStringList ends = item.split(QLatin1Char('>'));
        if (ends.size() != 2) {
            return t.error(
                row, QStringLiteral("item"),
                QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                            "\"%1\" is not a link written SUPPLIER>BUYER.")
                    .arg(item));
        }
        const auto from = sector(ends[0]);
        const auto to = from ? sector(ends[1]) : from;
        if (!from || !to) {
            return (!from ? from : to).error();
        }
        return ValueKey{*field, from.value(), to.value()};
    }
    return ValueKey{*field};
}

} // namespace

PlanTable provenanceTable(const model::Plan& plan) {
    using enum ColumnType;
    PlanTable table{QString::fromLatin1(kProvenanceTable),
                    {{QStringLiteral("district_id"), Integer},
                     {QStringLiteral("value"), Text},
                     {QStringLiteral("item"), Text},
                     {QStringLiteral("origin"), Text},
                     {QStringLiteral("source"), Text},
                     {QStringLiteral("column"), Text},
                     {QStringLiteral("row"), Integer},
                     {QStringLiteral("when"), Text}},
                    {}};
    for (const model::District* d : plan.districts()) {
        for (const auto& [key, provenance] : d->provenance.entries()) {
            QStringList row{QString::number(d->id.value), model::valueFieldKey(key.field),
                            itemText(key, plan.sectors())};
            row << provenanceCells(provenance);
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

Result<std::map<model::DistrictId, model::ProvenanceMap>>
readProvenanceTable(const CsvTable& t, const model::Plan& plan) {
    std::map<model::DistrictId, model::ProvenanceMap> result;
    for (const model::District* d : plan.districts()) {
        result[d->id];
    }
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto id = t.integer(row, QStringLiteral("district_id"));
        if (!id) {
            return id.error();
        }
        const model::District* district = plan.district(model::DistrictId{id.value()});
        if (!district) {
            return t.error(row, QStringLiteral("district_id"),
                           QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                                       "no district has id %1.")
                               .arg(id.value()));
        }
        const auto key = readKey(t, row, *district, plan.sectors());
        if (!key) {
            return key.error();
        }
        auto provenance = readProvenance(t, row);
        if (!provenance) {
            return provenance.error();
        }
        result[district->id].set(key.value(), std::move(provenance).value());
    }
    return result;
}

PlanTable referenceEconomyTable(const model::Plan& plan) {
    using enum ColumnType;
    PlanTable table{QString::fromLatin1(kReferenceEconomyTable),
                    {{QStringLiteral("region_code"), Integer},
                     {QStringLiteral("item"), Text},
                     {QStringLiteral("value"), Real},
                     {QStringLiteral("origin"), Text},
                     {QStringLiteral("source"), Text},
                     {QStringLiteral("column"), Text},
                     {QStringLiteral("row"), Integer},
                     {QStringLiteral("when"), Text}},
                    {}};
    for (const auto& [region, items] : plan.referenceEconomy().values()) {
        for (const auto& [item, value] : items) {
            QStringList row{QString::number(region), item, exactNumber(value.value)};
            row << provenanceCells(value.provenance);
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

Result<model::ReferenceEconomy> readReferenceEconomyTable(const CsvTable& t,
                                                          const model::Plan& plan) {
    model::ReferenceEconomy reference;
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto code = t.integer(row, QStringLiteral("region_code"));
        if (!code) {
            return code.error();
        }
        const geo::Region* region = plan.regions().find(code.value());
        if (!region || region->level == geo::RegionLevel::County) {
            return t.error(
                row, QStringLiteral("region_code"),
                QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                            "%1 is not the province or one of its cities.")
                    .arg(code.value()));
        }
        const QString item = t.text(row, QStringLiteral("item"));
        const bool known = item == model::ReferenceEconomy::gdpItem() ||
                           item == model::ReferenceEconomy::rdSpendingItem() ||
                           (item.startsWith(QLatin1String("output:")) &&
                            plan.sectors().indexOf(item.mid(7)).has_value());
        if (!known) {
            return t.error(row, QStringLiteral("item"),
                           QCoreApplication::translate(
                               "agglomap::io::ProvenanceTables",
                               "\"%1\" is not gdp, rd-spending or output:<sector code>.")
                               .arg(item));
        }
        const auto value = t.number(row, QStringLiteral("value"));
        if (!value) {
            return value.error();
        }
        if (!std::isfinite(value.value()) || value.value() < 0.0 ||
            value.value() > model::kMaxReferenceMoney) {
            return t.error(
                row, QStringLiteral("value"),
                //: %1 is the value, %2 the largest amount
                QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                            "%1 is not an amount from 0 to %2 (100 million yuan).")
                    .arg(t.text(row, QStringLiteral("value")),
                         QLocale().toString(model::kMaxReferenceMoney, 'f', 0)));
        }
        if (reference.find(code.value(), item)) {
            return t.error(row, QStringLiteral("item"),
                           QCoreApplication::translate("agglomap::io::ProvenanceTables",
                                                       "%1 is given twice for region %2.")
                               .arg(item)
                               .arg(code.value()));
        }
        auto provenance = readProvenance(t, row);
        if (!provenance) {
            return provenance.error();
        }
        reference.set(code.value(), item, {value.value(), std::move(provenance).value()});
    }
    return reference;
}

} // namespace agglomap::io
