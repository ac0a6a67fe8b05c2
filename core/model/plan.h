#pragma once

#include "geo/region_hierarchy.h"
#include "model/district.h"
#include "model/input_output_table.h"
#include "model/reference_economy.h"
#include "model/sector.h"
#include "util/status.h"

#include <QList>
#include <QObject>

#include <map>
#include <memory>
#include <vector>

namespace agglomap::model {

// What the plan is: its title, the year its figures describe, and where they come from.
struct PlanInfo {
    QString titleZh;
    QString titleEn;
    int year = 0;
    QString source;
};

// A supply link between districts: `from` sells `value` of `sector`'s products to `to`.
struct DistrictLink {
    DistrictId from;
    DistrictId to;
    SectorIndex sector = 0;
    double value = 0.0;

    friend bool operator==(const DistrictLink&, const DistrictLink&) = default;
};

// The aggregate root: the regions, the districts and parks with their industries, provisions and
// links, the sector catalogue. Every change goes through one of its methods, which checks the
// change, applies all of it or none, and emits one typed signal. Views and analyses listen;
// undo commands call the same methods with the old values.
class Plan : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(Plan)

public:
    Plan(std::shared_ptr<const geo::RegionHierarchy> regions, SectorCatalogue sectors,
         QObject* parent = nullptr);

    // A deep copy sharing the same regions: districts keep their ids and the copy hands out the
    // same next id, so scenarios and undo tests can compare a plan with its earlier self.
    [[nodiscard]] std::unique_ptr<Plan> clone(QObject* parent = nullptr) const;

    [[nodiscard]] const geo::RegionHierarchy& regions() const { return *m_regions; }
    [[nodiscard]] const std::shared_ptr<const geo::RegionHierarchy>& sharedRegions() const {
        return m_regions;
    }
    // Puts other boundaries of the same province in place (official ones for the bundled, or
    // back again on undo). Every district's host county must be a county of the new regions;
    // districts keep their codes, so nothing else changes.
    Status replaceRegions(std::shared_ptr<const geo::RegionHierarchy> regions);
    [[nodiscard]] const SectorCatalogue& sectors() const { return m_sectors; }
    [[nodiscard]] const PlanInfo& info() const { return m_info; }
    void setInfo(PlanInfo info);

    [[nodiscard]] const District* district(DistrictId id) const;
    // All districts, ordered by id.
    [[nodiscard]] std::vector<const District*> districts() const;
    // Districts whose host county is the region or lies in it (a city) — or all, for the province.
    [[nodiscard]] std::vector<const District*> districtsIn(geo::RegionCode region) const;
    [[nodiscard]] const std::vector<DistrictLink>& districtLinks() const { return m_districtLinks; }
    [[nodiscard]] const InputOutputTable& inputOutput() const { return m_inputOutput; }
    [[nodiscard]] bool inputOutputIllustrative() const { return m_inputOutputIllustrative; }
    // The table must cover the plan's sector catalogue.
    Status setInputOutputTable(InputOutputTable table, bool illustrative);

    // Adds a district; an id of 0 gets the next free one. Returns the id, or why not.
    [[nodiscard]] Result<DistrictId> addDistrict(District district);
    Status removeDistrict(DistrictId id);
    // Puts back every field of an existing district from an earlier copy of it (same id), in
    // place: its links with other districts stay, and views keep it selected. For undo, which
    // must also restore states no single edit can reach (a placeholder name, a value read from
    // a file that the edit checks would refuse).
    Status restoreDistrict(const District& snapshot);
    Status moveDistrict(DistrictId id, geo::LonLat location, geo::RegionCode hostCounty);
    Status renameDistrict(DistrictId id, const QString& nameZh, const QString& nameEn);

    // Adds the sector's activity or replaces it.
    Status setSectorActivity(DistrictId id, const SectorActivity& activity);
    Status removeSectorActivity(DistrictId id, SectorIndex sector);
    // Up to three distinct sectors, in order of priority; each must be active in the district.
    Status setLeadingIndustries(DistrictId id, const std::vector<SectorIndex>& sectors);
    Status setProvision(DistrictId id, InfrastructureItem item, Provision provision);
    Status setInnovation(DistrictId id, const Innovation& innovation);
    Status setFinance(DistrictId id, const Finance& finance);
    Status addLink(DistrictId id, const SectorLink& link);
    Status removeLink(DistrictId id, SectorIndex from, SectorIndex to);
    Status addDistrictLink(const DistrictLink& link);
    Status removeDistrictLink(DistrictId from, DistrictId to, SectorIndex sector);
    // Replaces the provenance of the district's values (undo, and readers of older files).
    Status setProvenance(DistrictId id, ProvenanceMap provenance);

    // The province's economy the indicators compare districts with (empty: the plan's own sum).
    [[nodiscard]] const ReferenceEconomy& referenceEconomy() const { return m_reference; }
    void setReferenceEconomy(ReferenceEconomy reference);

signals:
    void districtsChanged(const QList<agglomap::model::DistrictId>& ids,
                          agglomap::model::DistrictField field);
    void districtAdded(agglomap::model::DistrictId id);
    void districtRemoved(agglomap::model::DistrictId id);
    void districtLinksChanged();
    void infoChanged();
    void regionsReplaced();
    void inputOutputChanged();
    void referenceEconomyChanged();

private:
    [[nodiscard]] Result<District*> editable(DistrictId id);
    [[nodiscard]] Status checkSector(SectorIndex sector) const;
    void changed(District& district, DistrictField field);

    std::shared_ptr<const geo::RegionHierarchy> m_regions;
    SectorCatalogue m_sectors;
    PlanInfo m_info;
    std::map<DistrictId, District> m_districts;
    std::vector<DistrictLink> m_districtLinks;
    InputOutputTable m_inputOutput;
    bool m_inputOutputIllustrative = false;
    ReferenceEconomy m_reference;
    int m_nextId = 1;
};

} // namespace agglomap::model
