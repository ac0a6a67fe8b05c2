#pragma once

#include "model/ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace agglomap::model {

// The papers' distinction: traditional and resource-dependent industries dominate the
// districts; high-tech and emerging industries are what they should add; services support them.
enum class SectorCategory { Traditional, ResourceDependent, HighTech, Emerging, Service };

[[nodiscard]] QString
categoryKey(SectorCategory category); // "traditional", "resource-dependent", ...
[[nodiscard]] std::optional<SectorCategory> categoryFromKey(const QString& key);

struct Sector {
    QString code; // GB/T 4754-2017 division(s), e.g. "C13-14"; "SEI-.." for strategic emerging
                  // industries
    QString nameZh;
    QString nameEn;
    SectorCategory category = SectorCategory::Traditional;
};

// The sectors a plan describes industries with, in a fixed order (indices are stable).
class SectorCatalogue {
public:
    SectorCatalogue() = default;
    explicit SectorCatalogue(std::vector<Sector> sectors)
        : m_sectors(std::move(sectors)) {}

    // A compact list for industrial districts: the manufacturing divisions of GB/T 4754-2017
    // that the districts host, their resource and energy suppliers, the strategic emerging
    // industries, and the producer services the papers ask districts to build.
    [[nodiscard]] static SectorCatalogue standard();

    [[nodiscard]] int size() const { return static_cast<int>(m_sectors.size()); }
    [[nodiscard]] const Sector& at(SectorIndex index) const {
        return m_sectors.at(static_cast<std::size_t>(index));
    }
    [[nodiscard]] std::optional<SectorIndex> indexOf(const QString& code) const;
    [[nodiscard]] const std::vector<Sector>& sectors() const { return m_sectors; }

private:
    std::vector<Sector> m_sectors;
};

} // namespace agglomap::model
