#include "window_shots.h"

#include "shot_session.h"
#include "util/status.h"
#include "widgets/help/help_actions.h"
#include "widgets/inspector/district_inspector.h"
#include "widgets/map_canvas.h"
#include "widgets/panels/recommendations_panel.h"
#include "widgets/workspace_docks.h"
#include "widgets/workspace_selection.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>

namespace agglomap::docshots {

using widgets::DistrictInspector;

namespace {

constexpr geo::RegionCode kLuoyang = 410300;

QDockWidget* dockOf(QWidget* content) {
    for (QWidget* widget = content; widget; widget = widget->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(widget)) {
            return dock;
        }
    }
    return nullptr;
}

// Brings a dock to the front of its tab group, as clicking its tab does.
Status raiseDock(QWidget* content) {
    QDockWidget* dock = dockOf(content);
    if (!dock) {
        return Error{QStringLiteral("the panel is not in a dock")};
    }
    dock->show();
    dock->raise();
    return {};
}

// The first district of a city, as a planner selects it in the district list.
Result<model::DistrictId> selectFirstDistrictOf(widgets::MainWindow& window, geo::RegionCode city) {
    const auto districts = window.plan()->districtsIn(city);
    if (districts.empty()) {
        return Error{QStringLiteral("the plan has no district in %1").arg(city)};
    }
    const model::DistrictId id = districts.front()->id;
    window.selection()->setDistrict(id);
    return id;
}

Result<QImage> grabWindow(const Result<Window>& window) {
    if (!window) {
        return window.error();
    }
    return grabWhenDrawn(*window.value());
}

Result<QImage> grabDockOf(const Result<Window>& window, QWidget* content) {
    if (!window) {
        return window.error();
    }
    QDockWidget* dock = dockOf(content);
    if (!dock || !dock->isVisible()) {
        return Error{QStringLiteral("the panel is not shown")};
    }
    return grabWhenDrawn(*dock);
}

} // namespace

Result<Window> windowInspecting(const ShotContext& context, geo::RegionCode city,
                                DistrictInspector::Tab tab) {
    auto opened = openWindow(context);
    if (!opened) {
        return opened.error();
    }
    Window window = std::move(opened).value();
    window->canvas()->drillInto(city);
    const auto id = selectFirstDistrictOf(*window, city);
    if (!id) {
        return id.error();
    }
    DistrictInspector* inspector = window->docks()->inspector();
    if (const Status status = raiseDock(inspector); !status) {
        return status.error();
    }
    inspector->showTab(tab);
    if (inspector->districtId() != id.value()) {
        return Error{QStringLiteral("the inspector does not show the selected district")};
    }
    return window;
}

render::MapSymbology infrastructureGapSymbology() {
    render::MapSymbology symbology;
    symbology.choropleth.metricId = QStringLiteral("infrastructure-gap");
    symbology.choropleth.aggregation = analysis::Aggregation::Mean;
    symbology.choropleth.methodId = QStringLiteral("quantile");
    symbology.choropleth.classes = 4;
    symbology.choropleth.rampId = QStringLiteral("OrRd");
    return symbology;
}

Result<QImage> mainWindow(const ShotContext& context) {
    return grabWindow(openWindow(context));
}

Result<QImage> gettingStarted(const ShotContext& context) {
    auto window = openWindow(context);
    if (!window) {
        return window.error();
    }
    // As at the first start: nothing remembers that the guide was dismissed.
    window.value()->helpActions()->showGuideIfFirstRun();
    const QList<QWidget*> children = window.value()->findChildren<QWidget*>();
    if (std::none_of(children.begin(), children.end(), [](const QWidget* child) {
            return child->inherits("agglomap::widgets::FirstRunGuide") && child->isVisible();
        })) {
        return Error{QStringLiteral("the first-run guide did not show")};
    }
    return grabWindow(window);
}

Result<QImage> cityDrillDown(const ShotContext& context) {
    auto window = openWindow(context);
    if (window) {
        window.value()->canvas()->drillInto(kLuoyang);
    }
    return grabWindow(window);
}

Result<QImage> districtInspector(const ShotContext& context) {
    return grabWindow(windowInspecting(context, kZhengzhou, DistrictInspector::Tab::Overview));
}

Result<QImage> inspectorTab(const ShotContext& context, DistrictInspector::Tab tab) {
    const auto window = windowInspecting(context, kZhengzhou, tab);
    return grabDockOf(window, window ? window.value()->docks()->inspector() : nullptr);
}

Result<QImage> recommendations(const ShotContext& context) {
    auto window = windowInspecting(context, kZhengzhou, DistrictInspector::Tab::Overview);
    if (!window) {
        return window.error();
    }
    QWidget* panel = window.value()->docks()->recommendations();
    if (const Status status = raiseDock(panel); !status) {
        return status.error();
    }
    return grabDockOf(window, panel);
}

Result<QImage> choroplethToolbar(const ShotContext& context) {
    auto window = openWindow(context);
    if (!window) {
        return window.error();
    }
    if (const Status status = chooseCountyUnits(*window.value()); !status) {
        return status.error();
    }
    window.value()->setSymbology(infrastructureGapSymbology());
    return grabWindow(window);
}

Result<QImage> fileMenu(const ShotContext& context) {
    auto window = openWindow(context);
    if (!window) {
        return window.error();
    }
    const QList<QAction*> menus = window.value()->menuBar()->actions();
    QMenu* file = menus.isEmpty() ? nullptr : menus.front()->menu();
    if (!file) {
        return Error{QStringLiteral("the window has no File menu")};
    }
    return grabWithMenuOpen(*window.value(), *file);
}

} // namespace agglomap::docshots
