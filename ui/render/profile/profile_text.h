#pragma once

#include "analysis/district_indicators.h"
#include "analysis/recommendations.h"
#include "geo/region.h"
#include "model/district.h"
#include "model/sector.h"

#include <QFont>
#include <QString>

class QPaintDevice;

// The words, numbers and fonts of a district profile. The document's language is its own (an
// export may be English while the window is Chinese), so texts come in Chinese/English pairs
// chosen here rather than through the UI translations.
namespace agglomap::render::profile {

// The text of the language.
[[nodiscard]] inline QString say(geo::LabelLanguage language, const char* zh, const char* en) {
    return language == geo::LabelLanguage::Chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

// The sector's name in the language (falling back to the other one), or its index if unknown.
[[nodiscard]] QString sectorName(const model::SectorCatalogue& sectors, model::SectorIndex sector,
                                 geo::LabelLanguage language);

[[nodiscard]] QString zoneLevelName(model::ZoneLevel level, geo::LabelLanguage language);
[[nodiscard]] QString districtTypeName(model::DistrictType type, geo::LabelLanguage language);
[[nodiscard]] QString clusterStageName(analysis::ClusterStage stage, geo::LabelLanguage language);
[[nodiscard]] QString innovationModeName(analysis::InnovationMode mode,
                                         geo::LabelLanguage language);
[[nodiscard]] QString priorityName(analysis::Priority priority, geo::LabelLanguage language);
[[nodiscard]] QString rdTierName(analysis::RdTier tier, geo::LabelLanguage language);
[[nodiscard]] QString incomeTierName(analysis::IncomeTier tier, geo::LabelLanguage language);
[[nodiscard]] QString infrastructureName(model::InfrastructureItem item,
                                         geo::LabelLanguage language);

// "1,234.57"; "—" for NaN.
[[nodiscard]] QString number(double value, int decimals);
// A fraction as "35.8%"; "—" for NaN.
[[nodiscard]] QString percent(double fraction, int decimals = 1);
// Money given in 100 million yuan: "313.01 亿元", or "31.30 bn yuan" in English.
[[nodiscard]] QString money(double hundredMillionYuan, geo::LabelLanguage language);
// The unit money() writes, for chart captions: "亿元" or "bn yuan".
[[nodiscard]] QString moneyUnit(geo::LabelLanguage language);
[[nodiscard]] double moneyInUnit(double hundredMillionYuan, geo::LabelLanguage language);

// The mark after a value that rests on illustrative data, and the notice that explains it.
[[nodiscard]] QString illustrativeMark();
[[nodiscard]] QString illustrativeNotice(geo::LabelLanguage language);

// The profile's typeface (one that writes Chinese as real text into PDFs) in points; Qt
// resolves points with the device's logical dpi.
[[nodiscard]] QFont font(double pointSize, bool bold = false);

// Millimetres and points to device pixels.
class Units {
public:
    explicit Units(const QPaintDevice& device);
    [[nodiscard]] double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    [[nodiscard]] double pt(double points) const { return points * m_dpi / 72.0; }
    [[nodiscard]] double dpi() const { return m_dpi; }

private:
    double m_dpi = 96.0;
};

} // namespace agglomap::render::profile
