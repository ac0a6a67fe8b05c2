#include "geo/region_hierarchy.h"

#include <QCoreApplication>

namespace agglomap::geo {

Result<RegionHierarchy> RegionHierarchy::build(std::vector<Region> regions) {
    RegionHierarchy hierarchy;
    hierarchy.m_regions = std::move(regions);
    int provinces = 0;
    for (std::size_t i = 0; i < hierarchy.m_regions.size(); ++i) {
        const Region& region = hierarchy.m_regions[i];
        if (hierarchy.m_indexByCode.contains(region.code)) {
            //: %1 is a region's code, %2 its name
            return Error{QCoreApplication::translate("agglomap::geo::RegionHierarchy",
                                                     "Region code %1 (%2) appears more than once.")
                             .arg(region.code)
                             .arg(region.nameZh)};
        }
        hierarchy.m_indexByCode.insert(region.code, i);
        if (region.level == RegionLevel::Province) {
            ++provinces;
            hierarchy.m_provinceIndex = i;
        }
    }
    if (provinces != 1) {
        return Error{QCoreApplication::translate("agglomap::geo::RegionHierarchy",
                                                 "Expected exactly one province outline, found %1.")
                         .arg(provinces)};
    }
    for (const Region& region : hierarchy.m_regions) {
        if (region.level == RegionLevel::Province) {
            continue;
        }
        const Region* parent = hierarchy.find(region.parentCode);
        const RegionLevel expected =
            region.level == RegionLevel::City ? RegionLevel::Province : RegionLevel::City;
        if (!parent || parent->level != expected) {
            //: %1 is a region's code, %2 its name, %3 the code of its parent
            const QString orphan =
                expected == RegionLevel::Province
                    ? QCoreApplication::translate("agglomap::geo::RegionHierarchy",
                                                  "Region %1 (%2) names parent %3, which is not "
                                                  "a province in these boundaries.")
                    : QCoreApplication::translate("agglomap::geo::RegionHierarchy",
                                                  "Region %1 (%2) names parent %3, which is not "
                                                  "a city in these boundaries.");
            return Error{orphan.arg(region.code).arg(region.nameZh).arg(region.parentCode)};
        }
    }
    return hierarchy;
}

const Region* RegionHierarchy::find(RegionCode code) const {
    const auto it = m_indexByCode.constFind(code);
    return it == m_indexByCode.constEnd() ? nullptr : &m_regions[*it];
}

std::vector<const Region*> RegionHierarchy::children(RegionCode code) const {
    std::vector<const Region*> result;
    for (const Region& region : m_regions) {
        if (region.parentCode == code && region.level != RegionLevel::Province) {
            result.push_back(&region);
        }
    }
    return result;
}

std::vector<const Region*> RegionHierarchy::regionsAt(RegionLevel level) const {
    std::vector<const Region*> result;
    for (const Region& region : m_regions) {
        if (region.level == level) {
            result.push_back(&region);
        }
    }
    return result;
}

Box RegionHierarchy::extent() const {
    return bg::return_envelope<Box>(province().lonLat);
}

} // namespace agglomap::geo
