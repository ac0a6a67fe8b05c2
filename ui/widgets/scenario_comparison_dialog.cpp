#include "widgets/scenario_comparison_dialog.h"

#include "render/legend.h"
#include "widgets/legend_widget.h"
#include "widgets/map_canvas.h"
#include "widgets/plan_workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace agglomap::widgets {

namespace {

QWidget* titled(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

QTableWidgetItem* numberItem(double value, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Symmetric breaks around zero, so gains and losses get opposite colours of equal strength.
std::vector<double> symmetricThresholds(const std::map<geo::RegionCode, analysis::RegionValue>& v) {
    double largest = 0.0;
    for (const auto& [code, value] : v) {
        if (!std::isnan(value.value)) {
            largest = std::max(largest, std::abs(value.value));
        }
    }
    if (largest <= 0.0) {
        return {0.0};
    }
    const double step = largest / 2.5;
    return {-1.5 * step, -0.5 * step, 0.5 * step, 1.5 * step};
}

// Each class takes the colour of the symmetric class its middle falls in, so no change is
// always the neutral middle colour, gains blue and losses red, whichever classes have data.
std::vector<analysis::Rgb> divergingColours(const analysis::Classification& classes,
                                            const std::vector<double>& thresholds) {
    const auto* ramp = analysis::ColourRampCatalogue::builtIn().find(QStringLiteral("RdBu"));
    const int fixedClasses = static_cast<int>(thresholds.size()) + 1;
    const auto fixed = ramp->colours(fixedClasses, analysis::RampDirection::Normal);
    std::vector<analysis::Rgb> colours;
    for (const analysis::ClassInterval& interval : classes.intervals()) {
        const double middle = (interval.lower + interval.upper) / 2.0;
        const auto position = static_cast<std::size_t>(
            std::upper_bound(thresholds.begin(), thresholds.end(), middle - 1e-12) -
            thresholds.begin());
        colours.push_back(fixed[std::min(position, fixed.size() - 1)]);
    }
    return colours;
}

} // namespace

ScenarioComparisonDialog::ScenarioComparisonDialog(PlanWorkspace& workspace, int scenarioIndex,
                                                   render::MapSymbology symbology,
                                                   geo::RegionLevel level,
                                                   geo::LabelLanguage language, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_scenarioIndex(scenarioIndex)
    , m_symbology(std::move(symbology))
    , m_level(level)
    , m_language(language) {
    setObjectName(QStringLiteral("scenarioComparison"));
    const Scenario& baseline = m_workspace.baseline();
    const Scenario& scenario = m_workspace.scenario(m_scenarioIndex);
    setWindowTitle(tr("Compare “%1” with “%2”").arg(scenario.name, baseline.name));
    resize(1280, 860);

    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    m_tabs = new QTabWidget(splitter);

    auto makeCanvas = [&](QWidget* parentWidget) {
        auto* canvas = new MapCanvas(parentWidget);
        canvas->setMapScene(m_workspace.scene());
        canvas->setContextLayers(m_workspace.contextLayers());
        canvas->setLabelLanguage(m_language);
        canvas->setOverviewLevel(m_level == geo::RegionLevel::County ? geo::RegionLevel::County
                                                                     : geo::RegionLevel::City);
        return canvas;
    };
    auto* sideBySide = new QWidget(m_tabs);
    auto* sideLayout = new QHBoxLayout(sideBySide);
    m_baselineCanvas = makeCanvas(sideBySide);
    m_scenarioCanvas = makeCanvas(sideBySide);
    m_baselineLegend = new LegendWidget(sideBySide);
    m_baselineLegend->setFixedWidth(220);
    sideLayout->addWidget(titled(baseline.name, m_baselineCanvas, sideBySide), 1);
    sideLayout->addWidget(titled(scenario.name, m_scenarioCanvas, sideBySide), 1);
    sideLayout->addWidget(m_baselineLegend);
    m_tabs->addTab(sideBySide, tr("Side by Side"));

    auto* differencePage = new QWidget(m_tabs);
    auto* differenceLayout = new QHBoxLayout(differencePage);
    m_differenceCanvas = makeCanvas(differencePage);
    m_differenceLegend = new LegendWidget(differencePage);
    m_differenceLegend->setFixedWidth(220);
    differenceLayout->addWidget(
        titled(tr("Scenario minus baseline"), m_differenceCanvas, differencePage), 1);
    differenceLayout->addWidget(m_differenceLegend);
    m_tabs->addTab(differencePage, tr("Difference Map"));

    for (MapCanvas* canvas : {m_baselineCanvas, m_scenarioCanvas, m_differenceCanvas}) {
        connect(canvas, &MapCanvas::viewChanged, this, [this, canvas] {
            for (MapCanvas* other : {m_baselineCanvas, m_scenarioCanvas, m_differenceCanvas}) {
                if (other != canvas) {
                    followView(*canvas, *other);
                }
            }
        });
    }

    auto* tables = new QWidget(splitter);
    auto* tablesLayout = new QVBoxLayout(tables);
    m_summary = new QLabel(tables);
    tablesLayout->addWidget(m_summary);
    auto* tableTabs = new QTabWidget(tables);
    m_indicatorTable = new QTableWidget(0, 5, tableTabs);
    m_indicatorTable->setHorizontalHeaderLabels(
        {tr("District"), tr("Indicator"), tr("Baseline"), tr("Scenario"), tr("Change")});
    m_recommendationTable = new QTableWidget(0, 4, tableTabs);
    m_recommendationTable->setHorizontalHeaderLabels(
        {tr("District"), tr("Change"), tr("Recommendation"), tr("Reason")});
    for (QTableWidget* table : {m_indicatorTable, m_recommendationTable}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
    }
    tableTabs->addTab(m_indicatorTable, tr("Changed Indicators"));
    tableTabs->addTab(m_recommendationTable, tr("Changed Recommendations"));
    tablesLayout->addWidget(tableTabs, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const Scenario* version : {&baseline, &scenario}) {
        connect(version->analysis.get(), &analysis::PlanAnalysis::analysisChanged, this,
                &ScenarioComparisonDialog::refresh);
        connect(version->plan.get(), &model::Plan::districtLinksChanged, this,
                &ScenarioComparisonDialog::refresh);
    }
    // The workspace may drop the scenario; the comparison goes with it.
    connect(&m_workspace, &PlanWorkspace::scenariosChanged, this, &QDialog::close);
    refresh();
}

void ScenarioComparisonDialog::followView(const MapCanvas& source, MapCanvas& target) {
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    target.setTransform(source.transform());
    target.horizontalScrollBar()->setValue(source.horizontalScrollBar()->value());
    target.verticalScrollBar()->setValue(source.verticalScrollBar()->value());
    m_syncing = false;
}

void ScenarioComparisonDialog::refresh() {
    const Scenario& baseline = m_workspace.baseline();
    const Scenario& scenario = m_workspace.scenario(m_scenarioIndex);
    const render::MapScene& scene = *m_workspace.scene();
    const render::MapOverlays before =
        render::buildOverlays(*baseline.plan, *baseline.analysis, scene, m_symbology, m_level);
    const render::MapOverlays after =
        render::buildOverlays(*scenario.plan, *scenario.analysis, scene, m_symbology, m_level);
    // Both maps share the baseline's classes, so a colour means the same value on both.
    analysis::ChoroplethSpec shared = before.choropleth->spec();
    const auto breaks = before.choropleth->classification().breaks();
    shared.methodId = QStringLiteral("manual");
    shared.manualThresholds.assign(breaks.begin() + 1, breaks.end() - 1);
    render::MapOverlays afterShared = after;
    afterShared.choropleth =
        std::make_shared<const analysis::Choropleth>(shared, after.choropleth->values());
    m_baselineCanvas->setOverlays(before);
    m_scenarioCanvas->setOverlays(afterShared);
    m_baselineLegend->setContent(
        render::legendContent(before.choropleth.get(), before.districts.get(), m_language));

    auto differences =
        analysis::differenceValues(before.choropleth->values(), after.choropleth->values());
    analysis::ChoroplethSpec differenceSpec = before.choropleth->spec();
    differenceSpec.methodId = QStringLiteral("manual");
    differenceSpec.manualThresholds = symmetricThresholds(differences);
    differenceSpec.rampId = QStringLiteral("RdBu");
    differenceSpec.direction = analysis::RampDirection::Normal;
    const analysis::Choropleth classified(differenceSpec, differences);
    m_difference = std::make_shared<const analysis::Choropleth>(classified.withColours(
        divergingColours(classified.classification(), differenceSpec.manualThresholds)));
    render::MapOverlays differenceOverlays = after;
    differenceOverlays.choropleth = m_difference;
    m_differenceCanvas->setOverlays(differenceOverlays);
    render::LegendContent legend =
        render::legendContent(m_difference.get(), after.districts.get(), m_language);
    legend.title = tr("Change: %1").arg(legend.title);
    m_differenceLegend->setContent(legend);

    m_comparison = analysis::compareScenarios(*baseline.plan, *baseline.analysis, *scenario.plan,
                                              *scenario.analysis);
    fillTables();
}

QString ScenarioComparisonDialog::districtName(model::DistrictId id) const {
    const model::District* district = m_workspace.scenario(m_scenarioIndex).plan->district(id);
    if (!district) {
        district = m_workspace.baseline().plan->district(id);
    }
    if (!district) {
        return QString::number(id.value);
    }
    return m_language == geo::LabelLanguage::Chinese ? district->nameZh : district->nameEn;
}

void ScenarioComparisonDialog::fillTables() {
    const bool chinese = m_language == geo::LabelLanguage::Chinese;
    m_indicatorTable->setSortingEnabled(false);
    m_indicatorTable->setRowCount(0);
    for (const analysis::IndicatorChange& change : m_comparison.indicators) {
        const analysis::DistrictMetric* metric = analysis::findDistrictMetric(change.metricId);
        const bool share = metric && metric->isShare;
        const QString name = metric ? metric->name(chinese)
                             : change.metricId == QLatin1String("cluster-stage")
                                 ? tr("Cluster stage")
                                 : tr("Innovation mode");
        const int row = m_indicatorTable->rowCount();
        m_indicatorTable->insertRow(row);
        m_indicatorTable->setItem(row, 0, new QTableWidgetItem(districtName(change.district)));
        m_indicatorTable->setItem(row, 1, new QTableWidgetItem(name));
        auto text = [&](double value) {
            if (!metric) {
                const auto& categories = render::DistrictSymbolLayer::categories(
                    change.metricId == QLatin1String("cluster-stage")
                        ? render::SymbolColouring::ClusterStage
                        : render::SymbolColouring::InnovationMode);
                const auto& category = categories.at(static_cast<std::size_t>(value));
                return chinese ? category.nameZh : category.nameEn;
            }
            return render::formatMetricValue(value, share);
        };
        m_indicatorTable->setItem(row, 2, numberItem(change.baseline, text(change.baseline)));
        m_indicatorTable->setItem(row, 3, numberItem(change.scenario, text(change.scenario)));
        const double delta = change.scenario - change.baseline;
        m_indicatorTable->setItem(
            row, 4,
            numberItem(delta, metric ? (delta > 0 ? QStringLiteral("+") : QString()) +
                                           render::formatMetricValue(delta, share)
                                     : QStringLiteral("→")));
    }
    m_indicatorTable->setSortingEnabled(true);
    m_indicatorTable->resizeColumnsToContents();

    m_recommendationTable->setRowCount(0);
    for (const analysis::RecommendationChange& change : m_comparison.recommendations) {
        const int row = m_recommendationTable->rowCount();
        m_recommendationTable->insertRow(row);
        m_recommendationTable->setItem(row, 0, new QTableWidgetItem(districtName(change.district)));
        m_recommendationTable->setItem(
            row, 1, new QTableWidgetItem(change.added ? tr("New") : tr("No longer needed")));
        const analysis::Recommendation& r = change.recommendation;
        m_recommendationTable->setItem(row, 2,
                                       new QTableWidgetItem(chinese ? r.measureZh : r.measureEn));
        m_recommendationTable->setItem(row, 3,
                                       new QTableWidgetItem(chinese ? r.reasonZh : r.reasonEn));
    }
    m_recommendationTable->resizeColumnsToContents();

    QStringList parts;
    parts << tr("%n indicator value(s) changed", "",
                static_cast<int>(m_comparison.indicators.size()));
    parts << tr("%n recommendation(s) changed", "",
                static_cast<int>(m_comparison.recommendations.size()));
    if (!m_comparison.addedDistricts.empty()) {
        parts << tr("%n district(s) added", "",
                    static_cast<int>(m_comparison.addedDistricts.size()));
    }
    if (!m_comparison.removedDistricts.empty()) {
        parts << tr("%n district(s) removed", "",
                    static_cast<int>(m_comparison.removedDistricts.size()));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace agglomap::widgets
