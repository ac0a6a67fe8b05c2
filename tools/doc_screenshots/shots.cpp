#include "shots.h"

#include "dialog_shots.h"
#include "window_shots.h"

namespace agglomap::docshots {

const std::vector<Shot>& guideShots() {
    using Tab = widgets::DistrictInspector::Tab;
    static const std::vector<Shot> shots{
        {QStringLiteral("main-window"), mainWindow},
        {QStringLiteral("getting-started"), gettingStarted},
        {QStringLiteral("city-drill-down"), cityDrillDown},
        {QStringLiteral("district-inspector"), districtInspector},
        {QStringLiteral("inspector-industries"),
         [](const ShotContext& context) {
             return inspectorTab(context, Tab::Industries);
         }},
        {QStringLiteral("inspector-infrastructure"),
         [](const ShotContext& context) {
             return inspectorTab(context, Tab::Infrastructure);
         }},
        {QStringLiteral("inspector-linkages"),
         [](const ShotContext& context) {
             return inspectorTab(context, Tab::Linkages);
         }},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("choropleth-toolbar"), choroplethToolbar},
        {QStringLiteral("scenarios"),
         [](const ShotContext& context) {
             return scenarioComparison(context, ComparisonTab::SideBySide);
         }},
        {QStringLiteral("scenario-differences"),
         [](const ShotContext& context) {
             return scenarioComparison(context, ComparisonTab::DifferenceMap);
         }},
        {QStringLiteral("file-menu"), fileMenu},
        {QStringLiteral("import-dialog"), importDialog},
        {QStringLiteral("export-map-dialog"), exportMapDialog},
        {QStringLiteral("profile-export-dialog"), profileExportDialog},
        {QStringLiteral("preferences"), preferencesDialog},
    };
    return shots;
}

} // namespace agglomap::docshots
