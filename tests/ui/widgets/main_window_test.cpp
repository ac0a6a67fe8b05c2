#include "render/district_symbols.h"
#include "render/map_painter.h"
#include "support/test_data.h"
#include "widgets/breadcrumb_bar.h"
#include "widgets/choropleth_toolbar.h"
#include "widgets/legend_widget.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/workspace_docks.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::MainWindow;
using widgets::MapCanvas;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_window = std::make_unique<MainWindow>(test::mapsDirectory());
        ASSERT_TRUE(m_window->openProvince(QStringLiteral("henan")).ok());
        m_window->resize(1100, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    MapCanvas* canvas() const { return m_window->canvas(); }

    // QTest skips a move to where the (process-wide) cursor already is, so step beside first.
    void moveTo(QPoint position) const {
        QTest::mouseMove(canvas()->viewport(), position + QPoint(7, 7));
        QTest::mouseMove(canvas()->viewport(), position);
    }

    QPoint positionOf(geo::RegionLevel level, geo::RegionCode code) const {
        return canvas()->viewPosition(canvas()->mapScene()->labelAnchor(level, code));
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowTest, OpensOnHenansEighteenCities) {
    EXPECT_EQ(canvas()->mapScene()->hierarchy().regionsAt(geo::RegionLevel::City).size(), 18u);
    EXPECT_FALSE(canvas()->viewState().focusCity.has_value());
    EXPECT_TRUE(m_window->breadcrumb()->text().contains(QStringLiteral("河南省")));
    EXPECT_FALSE(m_window->backAction()->isEnabled());
}

TEST_F(MainWindowTest, ShowsTheBundledPlansDistrictsOnTheMap) {
    ASSERT_NE(m_window->plan(), nullptr);
    EXPECT_EQ(m_window->plan()->districts().size(), 175u);
    ASSERT_NE(canvas()->viewState().districts, nullptr);
    EXPECT_EQ(canvas()->viewState().districts->symbols().size(), 175u);
    ASSERT_TRUE(m_window->openProvince(QStringLiteral("ningxia")).ok());
    EXPECT_EQ(canvas()->viewState().districts->symbols().size(), 14u);
}

TEST_F(MainWindowTest, DoubleClickOnACityDrillsIntoItAndBackReturns) {
    QSignalSpy focus(canvas(), &MapCanvas::focusChanged);
    const double provinceScale = canvas()->metresPerPixel();
    QTest::mouseDClick(canvas()->viewport(), Qt::LeftButton, {},
                       positionOf(geo::RegionLevel::City, 410300));
    ASSERT_EQ(canvas()->viewState().focusCity, 410300);
    EXPECT_EQ(focus.count(), 1);
    EXPECT_TRUE(m_window->breadcrumb()->text().contains(QStringLiteral("洛阳市")));
    EXPECT_TRUE(m_window->backAction()->isEnabled());
    EXPECT_LT(canvas()->metresPerPixel(), provinceScale / 1.5); // zoomed in on the city

    // Inside the city, its counties are what the pointer finds.
    QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {},
                      positionOf(geo::RegionLevel::County, 410324));
    EXPECT_EQ(canvas()->viewState().selected, 410324);

    m_window->backAction()->trigger();
    EXPECT_FALSE(canvas()->viewState().focusCity.has_value());
    EXPECT_EQ(canvas()->viewState().selected, 410300); // the city just left stays selected
    EXPECT_NEAR(canvas()->metresPerPixel(), provinceScale, provinceScale * 0.01);
    EXPECT_FALSE(m_window->breadcrumb()->text().contains(QStringLiteral("洛阳市")));
}

TEST_F(MainWindowTest, ACityViewsLegendCountsTheCountiesShown) {
    const auto legendTotal = [this] {
        const render::LegendContent& legend = m_window->docks()->legend()->content();
        int total = legend.noData ? legend.noData->count : 0;
        for (const auto& swatch : legend.classes) {
            total += swatch.count;
        }
        return total;
    };
    EXPECT_EQ(legendTotal(), 18);
    canvas()->drillInto(410300);
    const int luoyangCounties =
        static_cast<int>(canvas()->mapScene()->hierarchy().children(410300).size());
    EXPECT_EQ(legendTotal(), luoyangCounties);
    const QString ownClasses = m_window->docks()->legend()->content().subtitle;
    // Keeping the province's classes still counts only the counties shown, and says so.
    m_window->symbologyToolBar()->provinceBreaksAction()->trigger();
    EXPECT_EQ(legendTotal(), luoyangCounties);
    EXPECT_NE(m_window->docks()->legend()->content().subtitle, ownClasses);
    m_window->backAction()->trigger();
    EXPECT_EQ(legendTotal(), 18);
}

TEST_F(MainWindowTest, BreadcrumbLinkReturnsToTheProvince) {
    canvas()->drillInto(410100);
    ASSERT_TRUE(canvas()->viewState().focusCity.has_value());
    emit m_window->breadcrumb()->linkActivated(QStringLiteral("province"));
    EXPECT_FALSE(canvas()->viewState().focusCity.has_value());
}

TEST_F(MainWindowTest, ClickSelectsAndHoverHighlightsTheCityUnderThePointer) {
    QSignalSpy hover(canvas(), &MapCanvas::hoverChanged);
    moveTo(positionOf(geo::RegionLevel::City, 410100));
    ASSERT_GE(hover.count(), 1);
    EXPECT_EQ(hover.last().at(0).toInt(), 410100);
    EXPECT_EQ(canvas()->viewState().hovered, 410100);

    QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {},
                      positionOf(geo::RegionLevel::City, 410100));
    EXPECT_EQ(canvas()->viewState().selected, 410100);
    QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, QPoint(3, 3)); // outside Henan
    EXPECT_FALSE(canvas()->viewState().selected.has_value());
}

TEST_F(MainWindowTest, DraggingPansWithoutSelecting) {
    const QPoint start = positionOf(geo::RegionLevel::City, 410100);
    const QPointF before = canvas()->mapToScene(start);
    QTest::mousePress(canvas()->viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 10; ++step) {
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(step * 10, 0)),
                         canvas()->viewport()->mapToGlobal(QPointF(start + QPoint(step * 10, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas()->viewport(), &move);
    }
    QTest::mouseRelease(canvas()->viewport(), Qt::LeftButton, {}, start + QPoint(100, 0));
    const QPointF after = canvas()->mapToScene(start);
    EXPECT_NEAR(before.x() - after.x(), 100 * canvas()->metresPerPixel(),
                3 * canvas()->metresPerPixel());
    EXPECT_FALSE(canvas()->viewState().selected.has_value());
}

TEST_F(MainWindowTest, WheelZoomsInAroundThePointer) {
    const double before = canvas()->metresPerPixel();
    const QPoint at = positionOf(geo::RegionLevel::City, 410100);
    const QPointF sceneBefore = canvas()->mapToScene(at);
    QWheelEvent wheel(QPointF(at), canvas()->viewport()->mapToGlobal(QPointF(at)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas()->viewport(), &wheel);
    EXPECT_NEAR(canvas()->metresPerPixel(), before / 1.5625, before * 0.01);
    const QPointF sceneAfter = canvas()->mapToScene(at);
    EXPECT_LT(QLineF(sceneBefore, sceneAfter).length(), 3 * canvas()->metresPerPixel());
}

TEST_F(MainWindowTest, SwitchesToNingxiaAndRefusesAnUnknownProvince) {
    ASSERT_TRUE(m_window->openProvince(QStringLiteral("ningxia")).ok());
    EXPECT_EQ(canvas()->mapScene()->hierarchy().regionsAt(geo::RegionLevel::City).size(), 5u);
    const Status status = m_window->openProvince(QStringLiteral("atlantis"));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("atlantis")));
    EXPECT_EQ(canvas()->mapScene()->hierarchy().province().code, 640000); // unchanged
}

TEST_F(MainWindowTest, CursorPositionIsReportedInWgs84) {
    QSignalSpy moved(canvas(), &MapCanvas::cursorMoved);
    moveTo(positionOf(geo::RegionLevel::City, 410100));
    ASSERT_GE(moved.count(), 1);
    const auto position = moved.last().at(0).value<QGeoCoordinate>();
    // Zhengzhou's label point lies within the city's bounds.
    EXPECT_NEAR(position.longitude(), 113.5, 0.8);
    EXPECT_NEAR(position.latitude(), 34.6, 0.5);
}

// The window shows what the shared painter draws: after the worker's render lands, each city's
// label point on screen has the fill the headless renderer gives it.
TEST_F(MainWindowTest, CanvasShowsTheRenderedMap) {
    QSignalSpy rendered(canvas(), &MapCanvas::mapRendered);
    // Only the regions: district symbols and rivers would cover the points compared.
    render::MapLayerStack regionsOnly;
    for (const auto& layer : regionsOnly.bottomToTop()) {
        regionsOnly.setVisible(layer.id, layer.id == render::MapLayerId::Regions);
    }
    canvas()->setLayers(regionsOnly);
    // The panels closed, so the cities are large enough to look beside their labels.
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
        dock->hide();
    }
    QApplication::processEvents();
    canvas()->zoomToFocus();
    ASSERT_TRUE(rendered.wait(10000));
    render::MapViewState plain = canvas()->viewState();
    plain.labels = render::LabelVisibility::Hidden;
    const render::MapPainter painter(*canvas()->mapScene(), plain);
    const QImage shown = canvas()->viewport()->grab().toImage();
    int matching = 0;
    for (const geo::Region* city :
         canvas()->mapScene()->hierarchy().regionsAt(geo::RegionLevel::City)) {
        // Labels sit on the anchor; look just beside the text, still inside the city.
        const QPoint at = positionOf(geo::RegionLevel::City, city->code) + QPoint(0, 12);
        matching +=
            shown.pixelColor(at) == painter.fillColour(geo::RegionLevel::City, city->code) ? 1 : 0;
    }
    EXPECT_GE(matching, 15);
}

TEST_F(MainWindowTest, HoverRepaintsTheOverlayWithoutRenderingTheBaseMapAgain) {
    QSignalSpy rendered(canvas(), &MapCanvas::mapRendered);
    canvas()->zoomToFocus();
    ASSERT_TRUE(rendered.wait(10000));
    rendered.clear();
    moveTo(positionOf(geo::RegionLevel::City, 410100));
    moveTo(positionOf(geo::RegionLevel::City, 410300));
    EXPECT_EQ(canvas()->viewState().hovered, 410300);
    EXPECT_FALSE(rendered.wait(300));
}
