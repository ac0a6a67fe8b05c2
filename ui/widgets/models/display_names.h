#pragma once

#include "analysis/district_indicators.h"
#include "analysis/recommendations.h"
#include "geo/region.h"
#include "model/district.h"
#include "model/plan.h"

#include <QString>

// Words the workspace shows for the model's enums and names, translatable, in one place so the
// list, the table and the recommendation panel say the same thing.
namespace agglomap::widgets {

// Whether the interface speaks Chinese: names the core holds in both languages (the indicator
// catalogue's) are shown in the interface's language.
[[nodiscard]] bool interfaceIsChinese();

[[nodiscard]] QString zoneLevelName(model::ZoneLevel level);
[[nodiscard]] QString districtTypeName(model::DistrictType type);
// The catalogue's category names, in the interface's language.
[[nodiscard]] QString clusterStageName(analysis::ClusterStage stage);
[[nodiscard]] QString innovationModeName(analysis::InnovationMode mode);
[[nodiscard]] QString priorityName(analysis::Priority priority);

// The district's name in the language, with a marker when no source gives its real name.
[[nodiscard]] QString districtName(const model::District& district, geo::LabelLanguage language);
// The region's name in the language; empty for an unknown code.
[[nodiscard]] QString regionName(const model::Plan& plan, geo::RegionCode code,
                                 geo::LabelLanguage language);
// The district's leading industries in the language, in order of priority.
[[nodiscard]] QString leadingIndustryNames(const model::Plan& plan, const model::District& district,
                                           geo::LabelLanguage language);

inline constexpr model::DistrictType kDistrictTypes[] = {model::DistrictType::HighTech,
                                                         model::DistrictType::ClearlyPositioned,
                                                         model::DistrictType::Comprehensive};
inline constexpr analysis::ClusterStage kClusterStages[] = {analysis::ClusterStage::Informal,
                                                            analysis::ClusterStage::Organized,
                                                            analysis::ClusterStage::Innovative};

} // namespace agglomap::widgets
