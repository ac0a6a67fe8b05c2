#include "model/reference_economy.h"

namespace agglomap::model {

const ReferenceValue* ReferenceEconomy::find(geo::RegionCode region, const QString& item) const {
    const auto r = m_values.find(region);
    if (r == m_values.end()) {
        return nullptr;
    }
    const auto v = r->second.find(item);
    return v == r->second.end() ? nullptr : &v->second;
}

void ReferenceEconomy::set(geo::RegionCode region, const QString& item, ReferenceValue value) {
    m_values[region].insert_or_assign(item, std::move(value));
}

std::optional<std::vector<double>>
ReferenceEconomy::outputBySector(geo::RegionCode region, const SectorCatalogue& sectors) const {
    std::vector<double> output;
    output.reserve(static_cast<std::size_t>(sectors.size()));
    for (const Sector& sector : sectors.sectors()) {
        const ReferenceValue* value = find(region, outputItem(sector.code));
        if (!value) {
            return std::nullopt;
        }
        output.push_back(value->value);
    }
    return output;
}

bool ReferenceEconomy::outputIllustrative(geo::RegionCode region) const {
    const auto r = m_values.find(region);
    if (r == m_values.end()) {
        return false;
    }
    for (const auto& [item, value] : r->second) {
        if (item.startsWith(QLatin1String("output:")) && value.provenance.isIllustrative()) {
            return true;
        }
    }
    return false;
}

} // namespace agglomap::model
