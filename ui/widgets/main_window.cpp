#include "widgets/main_window.h"

#include "io/maps_directory.h"
#include "widgets/breadcrumb_bar.h"
#include "widgets/map_canvas.h"
#include "widgets/region_tooltip.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

namespace agglomap::widgets {

MainWindow::MainWindow(QString mapsDirectory, QWidget* parent)
    : QMainWindow(parent)
    , m_mapsDirectory(std::move(mapsDirectory)) {
    setWindowTitle(tr("Agglomap"));
    m_canvas = new MapCanvas(this);
    setCentralWidget(m_canvas);
    m_breadcrumb = new BreadcrumbBar(this);
    createActions();
    createToolBar();

    m_positionLabel = new QLabel(this);
    m_scaleLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_scaleLabel);

    connect(m_canvas, &MapCanvas::focusChanged, this, [this] { updateTrail(); });
    connect(m_canvas, &MapCanvas::viewChanged, this, [this] { updateScaleReadout(); });
    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](const QGeoCoordinate& position) {
        m_positionLabel->setText(
            tr("Lat/Lon %1").arg(position.toString(QGeoCoordinate::DegreesWithHemisphere)));
    });
    connect(m_canvas, &MapCanvas::selectionChanged, this, [this](int code) {
        const geo::Region* region =
            m_canvas->mapScene() ? m_canvas->mapScene()->hierarchy().find(code) : nullptr;
        if (region) {
            statusBar()->showMessage(
                tr("Selected: %1 (%2)").arg(bilingualName(*region, language())).arg(code));
        } else {
            statusBar()->clearMessage();
        }
    });
    connect(m_breadcrumb, &BreadcrumbBar::provinceActivated, m_canvas, &MapCanvas::back);
    resize(1280, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_backAction = new QAction(tr("&Back to Province"), this);
    m_backAction->setShortcuts({QKeySequence::Back, QKeySequence(Qt::Key_Backspace)});
    m_backAction->setToolTip(tr("Return to the province overview (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, m_canvas, &MapCanvas::back);

    m_fullExtentAction = new QAction(tr("Zoom to &Full Extent"), this);
    m_fullExtentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_fullExtentAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToFocus);
    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_canvas, [this] { m_canvas->zoomBy(1.5); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_canvas,
            [this] { m_canvas->zoomBy(1.0 / 1.5); });

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_backAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_fullExtentAction);
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->setMovable(false);

    m_provinceBox = new QComboBox(bar);
    m_provinceBox->addItem(tr("Henan 河南"), QStringLiteral("henan"));
    m_provinceBox->addItem(tr("Ningxia 宁夏"), QStringLiteral("ningxia"));
    m_provinceBox->setToolTip(tr("Province"));
    connect(m_provinceBox, &QComboBox::activated, this, [this](int index) {
        if (const auto error = openProvince(m_provinceBox->itemData(index).toString())) {
            QMessageBox::warning(this, tr("Cannot open the map"), error->message);
        }
    });
    bar->addWidget(m_provinceBox);
    bar->addAction(m_backAction);
    bar->addAction(m_fullExtentAction);
    bar->addAction(m_zoomInAction);
    bar->addAction(m_zoomOutAction);
    bar->addSeparator();

    m_levelBox = new QComboBox(bar);
    m_levelBox->addItem(tr("Cities"), static_cast<int>(geo::RegionLevel::City));
    m_levelBox->addItem(tr("Counties"), static_cast<int>(geo::RegionLevel::County));
    m_levelBox->setToolTip(tr("Units drawn in the province overview"));
    connect(m_levelBox, &QComboBox::activated, this, [this](int index) {
        m_canvas->setOverviewLevel(
            static_cast<geo::RegionLevel>(m_levelBox->itemData(index).toInt()));
    });
    bar->addWidget(m_levelBox);

    m_languageBox = new QComboBox(bar);
    m_languageBox->addItem(QStringLiteral("中文"), static_cast<int>(geo::LabelLanguage::Chinese));
    m_languageBox->addItem(QStringLiteral("English"),
                           static_cast<int>(geo::LabelLanguage::English));
    m_languageBox->setToolTip(tr("Language of map labels"));
    connect(m_languageBox, &QComboBox::activated, this, [this] {
        m_canvas->setLabelLanguage(language());
        updateTrail();
    });
    bar->addWidget(m_languageBox);
    bar->addSeparator();
    bar->addWidget(m_breadcrumb);
}

geo::LabelLanguage MainWindow::language() const {
    return static_cast<geo::LabelLanguage>(m_languageBox->currentData().toInt());
}

Result<MainWindow::ProvinceView*> MainWindow::provinceView(const QString& key) {
    if (const auto it = m_provinces.find(key); it != m_provinces.end()) {
        return &it->second;
    }
    const auto directory = io::bundledProvinceDirectory(m_mapsDirectory, key);
    if (!directory) {
        return directory.error();
    }
    auto scene = render::MapScene::load(directory.value());
    if (!scene) {
        return scene.error();
    }
    auto opened = io::openPlan(key, m_mapsDirectory);
    if (!opened) {
        return opened.error();
    }
    ProvinceView view;
    view.scene = scene.value();
    view.opened = std::move(opened).value();
    view.analysis = std::make_unique<analysis::PlanAnalysis>(*view.opened.plan);
    view.districts = std::make_shared<const render::DistrictSymbolLayer>(
        render::DistrictSymbolLayer::fromPlan(*view.opened.plan, *view.analysis, *view.scene));
    return &m_provinces.emplace(key, std::move(view)).first->second;
}

const model::Plan* MainWindow::plan() const {
    const auto it = m_provinces.find(m_currentKey);
    return it == m_provinces.end() ? nullptr : it->second.opened.plan.get();
}

std::optional<Error> MainWindow::openProvince(const QString& key) {
    auto view = provinceView(key);
    if (!view) {
        m_provinceBox->setCurrentIndex(m_provinceBox->findData(m_currentKey));
        return view.error();
    }
    m_currentKey = key;
    m_provinceBox->setCurrentIndex(m_provinceBox->findData(key));
    m_canvas->setMapScene(view.value()->scene);
    m_canvas->setDistrictSymbols(view.value()->districts);
    updateTrail();
    return std::nullopt;
}

void MainWindow::updateTrail() {
    const render::MapScene* scene = m_canvas->mapScene();
    if (!scene) {
        return;
    }
    const auto& state = m_canvas->viewState();
    const geo::LabelLanguage lang = language();
    const QString province = scene->hierarchy().province().name(lang);
    const geo::Region* city = state.focusCity ? scene->hierarchy().find(*state.focusCity) : nullptr;
    m_breadcrumb->setTrail(province, city ? city->name(lang) : QString());
    m_backAction->setEnabled(city != nullptr);
    m_levelBox->setEnabled(city == nullptr);
    setWindowTitle(city ? tr("%1 › %2 — Agglomap").arg(province, city->name(lang))
                        : tr("%1 — Agglomap").arg(province));
}

void MainWindow::updateScaleReadout() {
    // 1:N at the screen's physical resolution, as QGIS reports it.
    const double dpi = screen() ? screen()->physicalDotsPerInch() : 96.0;
    const double denominator = m_canvas->metresPerPixel() * dpi / 0.0254;
    m_scaleLabel->setText(tr("Scale 1:%L1").arg(qRound64(denominator / 1000.0) * 1000));
}

} // namespace agglomap::widgets
