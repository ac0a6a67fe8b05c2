#include "dialog_shots.h"

#include "sample_import_file.h"
#include "shot_session.h"
#include "widgets/choropleth_toolbar.h"
#include "widgets/export/export_actions.h"
#include "widgets/export/map_export_dialog.h"
#include "widgets/inspector/district_inspector.h"
#include "widgets/map_canvas.h"
#include "widgets/plan_workspace.h"
#include "widgets/preferences/preferences_dialog.h"
#include "widgets/project/project_actions.h"
#include "widgets/scenario_comparison_dialog.h"
#include "widgets/workspace_docks.h"
#include "widgets/workspace_selection.h"
#include "window_shots.h"

#include <QAction>
#include <QDate>
#include <QDoubleSpinBox>
#include <QTabWidget>
#include <QTableWidget>

#include <algorithm>

namespace agglomap::docshots {

using widgets::DistrictInspector;

namespace {

constexpr geo::RegionCode kLuohe = 411100;

// Raises every current provision the district shown falls short of to its requirement, as a
// planner types it into the inspector: each change one step on the undo stack.
int closeInfrastructureGaps(DistrictInspector& inspector) {
    int edits = 0;
    for (auto* current : inspector.findChildren<QDoubleSpinBox*>()) {
        if (!current->objectName().startsWith(QStringLiteral("current_"))) {
            continue;
        }
        const QString key = current->objectName().mid(QStringLiteral("current_").size());
        auto* required = inspector.findChild<QDoubleSpinBox*>(QStringLiteral("required_") + key);
        if (required && current->value() < required->value()) {
            current->setValue(required->value());
            ++edits;
        }
    }
    return edits;
}

} // namespace

// A scenario that closes the infrastructure gaps of Luohe's districts, against the baseline,
// in the comparison dialog on `tab`.
Result<QImage> scenarioComparison(const ShotContext& context, ComparisonTab tab) {
    auto opened = openWindow(context);
    if (!opened) {
        return opened.error();
    }
    Window window = std::move(opened).value();
    render::MapSymbology symbology = infrastructureGapSymbology();
    symbology.choropleth.methodId = QStringLiteral("natural-breaks");
    window->setSymbology(symbology);
    window->createScenario(context.text("Infrastructure for Luohe", "漯河基础设施补短板"));
    DistrictInspector* inspector = window->docks()->inspector();
    int edits = 0;
    for (const model::District* district : window->plan()->districtsIn(kLuohe)) {
        window->selection()->setDistrict(district->id);
        edits += closeInfrastructureGaps(*inspector);
    }
    if (edits == 0) {
        return Error{QStringLiteral("no infrastructure gap in Luohe to close")};
    }
    window->selection()->setDistrict(std::nullopt);
    widgets::PlanWorkspace& space = *window->workspace();
    // As Scenarios › Compare with Baseline… opens it.
    widgets::ScenarioComparisonDialog dialog(
        space, space.activeIndex(), window->symbologyToolBar()->symbology(),
        window->canvas()->viewState().activeLevel(), window->labelLanguage(), window.get());
    dialog.show();
    if (auto* tabs = dialog.findChild<QTabWidget*>()) {
        tabs->setCurrentIndex(tab == ComparisonTab::SideBySide ? 0 : 1);
    }
    if (dialog.comparison().isEmpty()) {
        return Error{QStringLiteral("the scenario shows no change against the baseline")};
    }
    if (!waitForMaps()) {
        return Error{QStringLiteral("the comparison maps did not finish drawing")};
    }
    // The dialog opens with every map fitted to the hidden tab's canvas, which has another size
    // (its resize pushes its view to the others). Until that is fixed: the hidden canvases stop
    // following their own size, then Zoom to Full Extent (Home) on a map shown fits them all.
    const std::vector<widgets::MapCanvas*> shown =
        tab == ComparisonTab::SideBySide
            ? std::vector{dialog.baselineCanvas(), dialog.scenarioCanvas()}
            : std::vector{dialog.differenceCanvas()};
    for (widgets::MapCanvas* canvas :
         {dialog.baselineCanvas(), dialog.scenarioCanvas(), dialog.differenceCanvas()}) {
        if (std::find(shown.begin(), shown.end(), canvas) == shown.end()) {
            canvas->zoomBy(1.0);
        }
    }
    shown.front()->zoomToFocus();
    if (tab == ComparisonTab::DifferenceMap) {
        // Below the difference map, the recommendations the scenario changes.
        QWidget* table = dialog.recommendationTable();
        for (QWidget* widget = table; widget; widget = widget->parentWidget()) {
            if (auto* tables = qobject_cast<QTabWidget*>(widget)) {
                tables->setCurrentWidget(table);
                break;
            }
        }
    }
    return grabWhenDrawn(dialog);
}

Result<QImage> importDialog(const ShotContext& context) {
    auto window = openWindow(context);
    if (!window) {
        return window.error();
    }
    const auto file = writeSampleImportFile(*window.value()->plan(), context.scratchDirectory);
    if (!file) {
        return file.error();
    }
    // As opening or dropping a data file does: the import dialog asks how to read it.
    return grabModalDialog(
        [&] {
            if (const Status status = window.value()->projectActions()->open(file.value());
                !status) {
                qWarning("%s", qPrintable(status.error().message));
            }
        },
        "agglomap::widgets::ImportDialog");
}

Result<QImage> exportMapDialog(const ShotContext& context) {
    auto window = openWindow(context);
    if (!window) {
        return window.error();
    }
    // As File › Export Map… opens it, but with a fixed date: exports carry the day they were
    // made, and the picture must be the same on every run.
    render::MapBriefing briefing = window.value()->exportActions()->currentBriefing();
    briefing.date = QDate(2025, 6, 30);
    widgets::MapExportDialog dialog(std::move(briefing), window.value().get());
    dialog.show();
    return grabWhenDrawn(dialog);
}

Result<QImage> profileExportDialog(const ShotContext& context) {
    const auto window = windowInspecting(context, kZhengzhou, DistrictInspector::Tab::Overview);
    if (!window) {
        return window.error();
    }
    QAction* action = window.value()->exportActions()->exportProfilesAction();
    return grabModalDialog([action] { action->trigger(); },
                           "agglomap::widgets::ProfileExportDialog");
}

Result<QImage> preferencesDialog(const ShotContext& context) {
    const auto window = openWindow(context);
    if (!window) {
        return window.error();
    }
    QAction* action = window.value()->preferencesAction();
    // On the Map section: the label language and the area unit (km², ha or 亩).
    return grabModalDialog([action] { action->trigger(); }, "agglomap::widgets::PreferencesDialog",
                           [](QWidget& dialog) {
                               static_cast<widgets::PreferencesDialog&>(dialog).showSection(
                                   widgets::PreferencesDialog::Section::Map);
                           });
}

} // namespace agglomap::docshots
