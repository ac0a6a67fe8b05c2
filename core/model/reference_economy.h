#pragma once

#include "geo/region.h"
#include "model/provenance.h"
#include "model/sector.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace agglomap::model {

// What a district is compared with: the province's (and its cities') economy in the plan's
// year, from a statistical yearbook, each figure with its provenance. Location quotients and
// the Krugman index use the province's output by sector; the R&D benchmarks of the Ningxia
// paper (1 / 1.5 / 2 % of GDP) apply to the province's and cities' R&D and GDP.
// Items: "gdp", "rd-spending" (100 million yuan) and "output:<sector code>".
struct ReferenceValue {
    double value = 0.0;
    Provenance provenance;
    friend bool operator==(const ReferenceValue&, const ReferenceValue&) = default;
};

class ReferenceEconomy {
public:
    [[nodiscard]] static QString gdpItem() { return QStringLiteral("gdp"); }
    [[nodiscard]] static QString rdSpendingItem() { return QStringLiteral("rd-spending"); }
    [[nodiscard]] static QString outputItem(const QString& sectorCode) {
        return QStringLiteral("output:") + sectorCode;
    }

    [[nodiscard]] bool empty() const { return m_values.empty(); }
    [[nodiscard]] const ReferenceValue* find(geo::RegionCode region, const QString& item) const;
    void set(geo::RegionCode region, const QString& item, ReferenceValue value);
    // The region's output by sector, indexed like the catalogue; nullopt unless every sector has
    // a figure.
    [[nodiscard]] std::optional<std::vector<double>>
    outputBySector(geo::RegionCode region, const SectorCatalogue& sectors) const;
    // Whether any of the region's output-by-sector figures is illustrative.
    [[nodiscard]] bool outputIllustrative(geo::RegionCode region) const;
    [[nodiscard]] const std::map<geo::RegionCode, std::map<QString, ReferenceValue>>&
    values() const {
        return m_values;
    }

    friend bool operator==(const ReferenceEconomy&, const ReferenceEconomy&) = default;

private:
    std::map<geo::RegionCode, std::map<QString, ReferenceValue>> m_values;
};

} // namespace agglomap::model
