#pragma once

#include "render/map_overlays.h"
#include "widgets/inspector/district_inspector.h"
#include "window_setup.h"

#include <QImage>

#include <memory>

namespace agglomap::docshots {

using Window = std::unique_ptr<widgets::MainWindow>;

// The city whose first district the inspector, recommendation and profile shots show.
constexpr geo::RegionCode kZhengzhou = 410100;

// A window drilled into `city` with the city's first district selected, as a planner selects it
// in the district list, and the inspector in front on `tab`.
[[nodiscard]] Result<Window> windowInspecting(const ShotContext& context, geo::RegionCode city,
                                              widgets::DistrictInspector::Tab tab);

// The infrastructure gap by county, in quartiles: where utilities and services fall short.
[[nodiscard]] render::MapSymbology infrastructureGapSymbology();

// The pictures of the main window: as it opens (and with the first-run guide), a city opened, a
// district inspected (the whole window, or the inspector on one tab), the recommendations, a
// choropleth chosen on the symbology toolbar, and the File menu open.
[[nodiscard]] Result<QImage> mainWindow(const ShotContext& context);
[[nodiscard]] Result<QImage> gettingStarted(const ShotContext& context);
[[nodiscard]] Result<QImage> cityDrillDown(const ShotContext& context);
[[nodiscard]] Result<QImage> districtInspector(const ShotContext& context);
[[nodiscard]] Result<QImage> inspectorTab(const ShotContext& context,
                                          widgets::DistrictInspector::Tab tab);
[[nodiscard]] Result<QImage> recommendations(const ShotContext& context);
[[nodiscard]] Result<QImage> choroplethToolbar(const ShotContext& context);
[[nodiscard]] Result<QImage> fileMenu(const ShotContext& context);

} // namespace agglomap::docshots
