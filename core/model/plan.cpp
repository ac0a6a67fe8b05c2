#include "model/plan.h"

#include "model/value_limits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace agglomap::model {

namespace {

Error notFound(DistrictId id) {
    return Error{QCoreApplication::translate("agglomap::model::Plan",
                                             "There is no district with id %1 in this plan.")
                     .arg(id.value)};
}

Status checkValues(std::initializer_list<std::pair<ValueField, double>> values) {
    for (const auto& [field, value] : values) {
        if (Status status = checkValue(field, value); !status) {
            return status;
        }
    }
    return {};
}

} // namespace

Plan::Plan(std::shared_ptr<const geo::RegionHierarchy> regions, SectorCatalogue sectors,
           QObject* parent)
    : QObject(parent)
    , m_regions(std::move(regions))
    , m_sectors(std::move(sectors))
    , m_inputOutput(m_sectors.size()) {}

std::unique_ptr<Plan> Plan::clone(QObject* parent) const {
    auto copy = std::make_unique<Plan>(m_regions, m_sectors, parent);
    copy->m_info = m_info;
    copy->m_districts = m_districts;
    copy->m_districtLinks = m_districtLinks;
    copy->m_inputOutput = m_inputOutput;
    copy->m_inputOutputIllustrative = m_inputOutputIllustrative;
    copy->m_reference = m_reference;
    copy->m_nextId = m_nextId;
    return copy;
}

Status Plan::replaceRegions(std::shared_ptr<const geo::RegionHierarchy> regions) {
    if (!regions) {
        return Error{
            QCoreApplication::translate("agglomap::model::Plan", "No boundaries were given.")};
    }
    for (const auto& [id, district] : m_districts) {
        const geo::Region* county = regions->find(district.hostCounty);
        if (!county || county->level != geo::RegionLevel::County ||
            county->parentCode != district.hostCity) {
            //: %1 is the district's name, %2 a county code, %3 a city code
            return Error{QCoreApplication::translate(
                             "agglomap::model::Plan",
                             "District \"%1\": its county %2 is not a county of city %3 in "
                             "the new boundaries.")
                             .arg(district.nameZh)
                             .arg(district.hostCounty)
                             .arg(district.hostCity)};
        }
    }
    m_regions = std::move(regions);
    emit regionsReplaced();
    return {};
}

Status Plan::setInputOutputTable(InputOutputTable table, bool illustrative) {
    if (table.size() != m_sectors.size()) {
        return Error{QCoreApplication::translate(
                         "agglomap::model::Plan",
                         "The input-output table covers %1 sectors; the plan has %2.")
                         .arg(table.size())
                         .arg(m_sectors.size())};
    }
    m_inputOutput = std::move(table);
    m_inputOutputIllustrative = illustrative;
    emit inputOutputChanged();
    return {};
}

void Plan::setInfo(PlanInfo info) {
    m_info = std::move(info);
    emit infoChanged();
}

const District* Plan::district(DistrictId id) const {
    const auto it = m_districts.find(id);
    return it == m_districts.end() ? nullptr : &it->second;
}

std::vector<const District*> Plan::districts() const {
    std::vector<const District*> result;
    result.reserve(m_districts.size());
    for (const auto& [id, district] : m_districts) {
        result.push_back(&district);
    }
    return result;
}

std::vector<const District*> Plan::districtsIn(geo::RegionCode region) const {
    std::vector<const District*> result;
    const bool province = region == m_regions->province().code;
    for (const auto& [id, district] : m_districts) {
        if (province || district.hostCounty == region || district.hostCity == region) {
            result.push_back(&district);
        }
    }
    return result;
}

Result<District*> Plan::editable(DistrictId id) {
    const auto it = m_districts.find(id);
    if (it == m_districts.end()) {
        return notFound(id);
    }
    return &it->second;
}

Status Plan::checkSector(SectorIndex sector) const {
    if (sector < 0 || sector >= m_sectors.size()) {
        return Error{QCoreApplication::translate("agglomap::model::Plan",
                                                 "Sector %1 is not in the plan's sector catalogue.")
                         .arg(sector)};
    }
    return {};
}

void Plan::changed(District& district, DistrictField field) {
    emit districtsChanged({district.id}, field);
}

namespace {

// An edit marks the values it changed as entered now, and only those.
template <typename T>
void markIfChanged(District& district, ValueKey key, const T& before, const T& after,
                   const QDateTime& now) {
    if (!(before == after)) {
        district.provenance.set(key, Provenance::entered(now));
    }
}

} // namespace

Result<DistrictId> Plan::addDistrict(District district) {
    if (district.id.isValid() && m_districts.contains(district.id)) {
        return Error{QCoreApplication::translate("agglomap::model::Plan",
                                                 "A district with id %1 already exists.")
                         .arg(district.id.value)};
    }
    const geo::Region* county = m_regions->find(district.hostCounty);
    if (!county || county->level != geo::RegionLevel::County) {
        return Error{
            //: %1 is the district's name, %2 a county code, %3 the province
            QCoreApplication::translate("agglomap::model::Plan",
                                        "District \"%1\": host county %2 is not a county of %3.")
                .arg(district.nameZh)
                .arg(district.hostCounty)
                .arg(m_regions->province().nameEn)};
    }
    district.hostCity = county->parentCode;
    for (const SectorActivity& activity : district.industries) {
        if (const Status status = checkSector(activity.sector); !status) {
            return status.error();
        }
    }
    if (Status status = checkDistrictValues(district); !status) {
        return status.error();
    }
    if (Status status = checkDistrictCount(static_cast<qint64>(m_districts.size()) + 1); !status) {
        return status.error();
    }
    if (!district.id.isValid()) {
        district.id = DistrictId{m_nextId};
    }
    m_nextId = std::max(m_nextId, district.id.value + 1);
    const DistrictId id = district.id;
    m_districts.emplace(id, std::move(district));
    emit districtAdded(id);
    return id;
}

Status Plan::restoreDistrict(const District& snapshot) {
    const auto it = m_districts.find(snapshot.id);
    if (it == m_districts.end()) {
        return notFound(snapshot.id);
    }
    const geo::Region* county = m_regions->find(snapshot.hostCounty);
    if (!county || county->level != geo::RegionLevel::County) {
        return Error{
            QCoreApplication::translate("agglomap::model::Plan",
                                        "District \"%1\": host county %2 is not a county of %3.")
                .arg(snapshot.nameZh)
                .arg(snapshot.hostCounty)
                .arg(m_regions->province().nameEn)};
    }
    for (const SectorActivity& activity : snapshot.industries) {
        if (const Status status = checkSector(activity.sector); !status) {
            return status;
        }
    }
    if (Status status = checkDistrictValues(snapshot); !status) {
        return status;
    }
    it->second = snapshot;
    it->second.hostCity = county->parentCode;
    // Any field may have changed, the location among them: views and analyses refresh all.
    emit districtsChanged({snapshot.id}, DistrictField::Location);
    return {};
}

Status Plan::removeDistrict(DistrictId id) {
    if (!m_districts.erase(id)) {
        return notFound(id);
    }
    const auto before = m_districtLinks.size();
    std::erase_if(m_districtLinks,
                  [id](const DistrictLink& link) { return link.from == id || link.to == id; });
    emit districtRemoved(id);
    if (before != m_districtLinks.size()) {
        emit districtLinksChanged();
    }
    return {};
}

Status Plan::moveDistrict(DistrictId id, geo::LonLat location, geo::RegionCode hostCounty) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    const geo::Region* county = m_regions->find(hostCounty);
    if (!county || county->level != geo::RegionLevel::County) {
        return Error{
            //: %1 is a county code, %2 the province
            QCoreApplication::translate("agglomap::model::Plan", "%1 is not a county of %2.")
                .arg(hostCounty)
                .arg(m_regions->province().nameEn)};
    }
    District& district = *target.value();
    district.provenance.set({ValueField::Location}, Provenance::entered());
    district.location = location;
    district.hostCounty = hostCounty;
    district.hostCity = county->parentCode;
    changed(district, DistrictField::Location);
    return {};
}

Status Plan::renameDistrict(DistrictId id, const QString& nameZh, const QString& nameEn) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    if (nameZh.trimmed().isEmpty()) {
        return Error{QCoreApplication::translate("agglomap::model::Plan",
                                                 "A district needs a Chinese name.")};
    }
    for (const QString& name : {nameZh.trimmed(), nameEn.trimmed()}) {
        if (Status status = checkName(name); !status) {
            return status;
        }
    }
    District& district = *target.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    markIfChanged(district, {ValueField::NameZh}, district.nameZh, nameZh.trimmed(), now);
    markIfChanged(district, {ValueField::NameEn}, district.nameEn, nameEn.trimmed(), now);
    district.nameZh = nameZh.trimmed();
    district.nameEn = nameEn.trimmed();
    district.placeholderName = false;
    changed(district, DistrictField::Name);
    return {};
}

Status Plan::setSectorActivity(DistrictId id, const SectorActivity& activity) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    if (const Status status = checkSector(activity.sector); !status) {
        return status;
    }
    if (Status status = checkValues({{ValueField::SectorOutput, activity.outputValue},
                                     {ValueField::SectorEmployment, activity.employment},
                                     {ValueField::SectorEnterprises, activity.enterprises},
                                     {ValueField::SectorSmes, activity.smallAndMediumEnterprises},
                                     {ValueField::SectorHighTechOutput, activity.highTechOutput}});
        !status) {
        return status;
    }
    if (activity.highTechOutput > activity.outputValue ||
        activity.smallAndMediumEnterprises > activity.enterprises) {
        return Error{QCoreApplication::translate(
            "agglomap::model::Plan",
            "High-tech output cannot exceed output, nor SMEs the enterprises.")};
    }
    District& district = *target.value();
    const auto it =
        std::find_if(district.industries.begin(), district.industries.end(),
                     [&](const SectorActivity& a) { return a.sector == activity.sector; });
    const SectorActivity before = it == district.industries.end() ? SectorActivity{} : *it;
    const bool added = it == district.industries.end();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int s = activity.sector;
    const auto mark = [&](ValueField field, const auto& old, const auto& now_) {
        if (added || !(old == now_)) {
            district.provenance.set({field, s}, Provenance::entered(now));
        }
    };
    mark(ValueField::SectorOutput, before.outputValue, activity.outputValue);
    mark(ValueField::SectorEmployment, before.employment, activity.employment);
    mark(ValueField::SectorEnterprises, before.enterprises, activity.enterprises);
    mark(ValueField::SectorSmes, before.smallAndMediumEnterprises,
         activity.smallAndMediumEnterprises);
    mark(ValueField::SectorHighTechOutput, before.highTechOutput, activity.highTechOutput);
    if (added) {
        district.industries.push_back(activity);
    } else {
        *it = activity;
    }
    changed(district, DistrictField::Industries);
    return {};
}

Status Plan::removeSectorActivity(DistrictId id, SectorIndex sector) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    District& district = *target.value();
    if (std::find(district.leadingIndustries.begin(), district.leadingIndustries.end(), sector) !=
        district.leadingIndustries.end()) {
        //: %1 is a sector, %2 a district
        return Error{QCoreApplication::translate(
                         "agglomap::model::Plan",
                         "%1 is a leading industry of %2; choose another leading industry first.")
                         .arg(m_sectors.at(sector).nameEn, district.nameZh)};
    }
    if (std::erase_if(district.industries,
                      [sector](const SectorActivity& a) { return a.sector == sector; }) == 0) {
        //: %1 is a district
        return Error{QCoreApplication::translate("agglomap::model::Plan",
                                                 "%1 has no activity in that sector.")
                         .arg(district.nameZh)};
    }
    for (ValueField field :
         {ValueField::SectorOutput, ValueField::SectorEmployment, ValueField::SectorEnterprises,
          ValueField::SectorSmes, ValueField::SectorHighTechOutput}) {
        district.provenance.erase({field, sector});
    }
    changed(district, DistrictField::Industries);
    return {};
}

Status Plan::setLeadingIndustries(DistrictId id, const std::vector<SectorIndex>& sectors) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    District& district = *target.value();
    if (sectors.size() > 3) {
        return Error{QCoreApplication::translate(
            "agglomap::model::Plan", "A district has at most three leading industries.")};
    }
    if (std::set<SectorIndex>(sectors.begin(), sectors.end()).size() != sectors.size()) {
        return Error{QCoreApplication::translate("agglomap::model::Plan",
                                                 "A leading industry is listed twice.")};
    }
    for (SectorIndex sector : sectors) {
        if (const Status status = checkSector(sector); !status) {
            return status;
        }
        if (!district.activity(sector)) {
            //: %1 is a district, %2 a sector
            return Error{QCoreApplication::translate(
                             "agglomap::model::Plan",
                             "%1 has no %2 industry to lead with; add its output first.")
                             .arg(district.nameZh, m_sectors.at(sector).nameEn)};
        }
    }
    markIfChanged(district, {ValueField::LeadingIndustries}, district.leadingIndustries, sectors,
                  QDateTime::currentDateTimeUtc());
    district.leadingIndustries = sectors;
    changed(district, DistrictField::LeadingIndustries);
    return {};
}

Status Plan::setProvision(DistrictId id, InfrastructureItem item, Provision provision) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    if (Status status = checkValues({{ValueField::ProvisionCurrent, provision.current},
                                     {ValueField::ProvisionRequired, provision.required}});
        !status) {
        return status;
    }
    District& district = *target.value();
    Provision& stored = district.infrastructure[static_cast<std::size_t>(item)];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int index = static_cast<int>(item);
    markIfChanged(district, {ValueField::ProvisionCurrent, index}, stored.current,
                  provision.current, now);
    markIfChanged(district, {ValueField::ProvisionRequired, index}, stored.required,
                  provision.required, now);
    stored = provision;
    changed(district, DistrictField::Infrastructure);
    return {};
}

Status Plan::setInnovation(DistrictId id, const Innovation& innovation) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    if (Status status =
            checkValues({{ValueField::RdSpending, innovation.rdSpending},
                         {ValueField::RdStaff, innovation.rdStaff},
                         {ValueField::Patents, innovation.patents},
                         {ValueField::HighTechEnterprises, innovation.highTechEnterprises}});
        !status) {
        return status;
    }
    District& district = *target.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Innovation& old = district.innovation;
    markIfChanged(district, {ValueField::RdSpending}, old.rdSpending, innovation.rdSpending, now);
    markIfChanged(district, {ValueField::RdStaff}, old.rdStaff, innovation.rdStaff, now);
    markIfChanged(district, {ValueField::Patents}, old.patents, innovation.patents, now);
    markIfChanged(district, {ValueField::HighTechEnterprises}, old.highTechEnterprises,
                  innovation.highTechEnterprises, now);
    district.innovation = innovation;
    changed(district, DistrictField::Innovation);
    return {};
}

Status Plan::setFinance(DistrictId id, const Finance& finance) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    if (Status status = checkValues({{ValueField::FixedInvestment, finance.fixedInvestment},
                                     {ValueField::BusinessIncome, finance.businessIncome},
                                     {ValueField::ListedCompanies, finance.listedCompanies},
                                     {ValueField::VentureFunds, finance.ventureFunds}});
        !status) {
        return status;
    }
    District& district = *target.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Finance& old = district.finance;
    markIfChanged(district, {ValueField::FixedInvestment}, old.fixedInvestment,
                  finance.fixedInvestment, now);
    markIfChanged(district, {ValueField::BusinessIncome}, old.businessIncome,
                  finance.businessIncome, now);
    markIfChanged(district, {ValueField::ListedCompanies}, old.listedCompanies,
                  finance.listedCompanies, now);
    markIfChanged(district, {ValueField::VentureFunds}, old.ventureFunds, finance.ventureFunds,
                  now);
    district.finance = finance;
    changed(district, DistrictField::Finance);
    return {};
}

Status Plan::addLink(DistrictId id, const SectorLink& link) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    District& district = *target.value();
    if (!district.activity(link.from) || !district.activity(link.to) || link.from == link.to) {
        //: %1 is a district
        return Error{QCoreApplication::translate("agglomap::model::Plan",
                                                 "A link joins two different sectors active in %1.")
                         .arg(district.nameZh)};
    }
    if (Status status = checkValue(ValueField::Link, link.value); !status) {
        return status;
    }
    const auto existing =
        std::find_if(district.links.begin(), district.links.end(),
                     [&](const SectorLink& l) { return l.from == link.from && l.to == link.to; });
    if (existing != district.links.end()) {
        return Error{QCoreApplication::translate(
            "agglomap::model::Plan", "That link already exists; remove it to change it.")};
    }
    district.links.push_back(link);
    district.provenance.set({ValueField::Link, link.from, link.to}, Provenance::entered());
    changed(district, DistrictField::Linkages);
    return {};
}

Status Plan::removeLink(DistrictId id, SectorIndex from, SectorIndex to) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    District& district = *target.value();
    if (std::erase_if(district.links,
                      [&](const SectorLink& l) { return l.from == from && l.to == to; }) == 0) {
        //: %1 is a district
        return Error{QCoreApplication::translate("agglomap::model::Plan", "%1 has no such link.")
                         .arg(district.nameZh)};
    }
    district.provenance.erase({ValueField::Link, from, to});
    changed(district, DistrictField::Linkages);
    return {};
}

Status Plan::addDistrictLink(const DistrictLink& link) {
    if (!district(link.from) || !district(link.to) || link.from == link.to) {
        return Error{QCoreApplication::translate(
            "agglomap::model::Plan",
            "A link between districts joins two different districts of the plan.")};
    }
    if (const Status status = checkSector(link.sector); !status) {
        return status;
    }
    if (Status status = checkValue(ValueField::Link, link.value); !status) {
        return status;
    }
    const bool exists =
        std::any_of(m_districtLinks.begin(), m_districtLinks.end(), [&](const DistrictLink& l) {
            return l.from == link.from && l.to == link.to && l.sector == link.sector;
        });
    if (exists) {
        return Error{QCoreApplication::translate(
            "agglomap::model::Plan", "That link already exists; remove it to change it.")};
    }
    m_districtLinks.push_back(link);
    emit districtLinksChanged();
    return {};
}

Status Plan::removeDistrictLink(DistrictId from, DistrictId to, SectorIndex sector) {
    const auto removed = std::erase_if(m_districtLinks, [&](const DistrictLink& l) {
        return l.from == from && l.to == to && l.sector == sector;
    });
    if (removed == 0) {
        return Error{QCoreApplication::translate("agglomap::model::Plan",
                                                 "There is no such link between the districts.")};
    }
    emit districtLinksChanged();
    return {};
}

Status Plan::setProvenance(DistrictId id, ProvenanceMap provenance) {
    auto target = editable(id);
    if (!target) {
        return target.error();
    }
    District& district = *target.value();
    if (district.provenance == provenance) {
        return {};
    }
    district.provenance = std::move(provenance);
    // Marks move no number and no district: announced like a rename, which recomputes the
    // district and re-summarises its regions, whose illustrative marks follow.
    emit districtsChanged({id}, DistrictField::Name);
    return {};
}

void Plan::setReferenceEconomy(ReferenceEconomy reference) {
    if (m_reference == reference) {
        return;
    }
    m_reference = std::move(reference);
    emit referenceEconomyChanged();
}

} // namespace agglomap::model
