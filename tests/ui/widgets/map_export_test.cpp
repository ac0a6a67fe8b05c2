#include "render/briefing/legend_json.h"
#include "support/pdf_tools.h"
#include "support/test_data.h"
#include "ui/widgets/window_fixture.h"
#include "widgets/export/export_actions.h"
#include "widgets/export/map_export_dialog.h"
#include "widgets/legend_widget.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/workspace_docks.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::MainWindow;

namespace {

class MapExportTest : public test::WindowTest {
protected:
    QJsonObject readJson(const QString& path) const {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return QJsonDocument::fromJson(file.readAll()).object();
    }
};

} // namespace

TEST_F(MapExportTest, TheLegendFileMatchesTheLegendOnScreen) {
    render::MapSymbology symbology;
    symbology.choropleth.metricId = QStringLiteral("infrastructure-gap");
    symbology.choropleth.aggregation = analysis::Aggregation::Mean;
    symbology.choropleth.methodId = QStringLiteral("quantile");
    symbology.choropleth.classes = 4;
    symbology.choropleth.rampId = QStringLiteral("Blues");
    m_window->setSymbology(symbology);
    auto* level = m_window->findChild<QComboBox*>(QStringLiteral("levelBox"));
    level->setCurrentIndex(1);
    emit level->activated(1); // as a click on "Counties" does

    widgets::MapExportDialog dialog(m_window->exportActions()->currentBriefing(), m_window.get());
    const QString path = m_dir.filePath(QStringLiteral("gap.pdf"));
    ASSERT_TRUE(dialog.exportTo(path));

    const render::LegendContent& onScreen = m_window->docks()->legend()->content();
    const QJsonObject json = readJson(render::legendSidecarPath(path));
    EXPECT_EQ(json.value(QStringLiteral("title")).toString(), onScreen.title);
    const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
    ASSERT_EQ(classes.size(), static_cast<qsizetype>(onScreen.classes.size()));
    ASSERT_EQ(classes.size(), 4);
    int counted = 0;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const auto& swatch = onScreen.classes[static_cast<std::size_t>(i)];
        const QJsonObject entry = classes[i].toObject();
        EXPECT_EQ(entry.value(QStringLiteral("label")).toString(), swatch.label);
        EXPECT_EQ(entry.value(QStringLiteral("colour")).toString(), swatch.colour.name());
        EXPECT_EQ(entry.value(QStringLiteral("count")).toInt(), swatch.count);
        counted += swatch.count;
    }
    ASSERT_TRUE(onScreen.noData); // counties without a district
    EXPECT_EQ(
        json.value(QStringLiteral("noData")).toObject().value(QStringLiteral("count")).toInt(),
        onScreen.noData->count);
    EXPECT_EQ(counted + onScreen.noData->count,
              static_cast<int>(m_window->canvas()
                                   ->mapScene()
                                   ->hierarchy()
                                   .regionsAt(geo::RegionLevel::County)
                                   .size()));
    const QJsonArray categories = json.value(QStringLiteral("symbols"))
                                      .toObject()
                                      .value(QStringLiteral("categories"))
                                      .toArray();
    ASSERT_EQ(categories.size(), static_cast<qsizetype>(onScreen.symbolCategories.size()));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        EXPECT_EQ(categories[i].toObject().value(QStringLiteral("count")).toInt(),
                  onScreen.symbolCategories[static_cast<std::size_t>(i)].count);
    }
    EXPECT_EQ(json.value(QStringLiteral("classification"))
                  .toObject()
                  .value(QStringLiteral("method"))
                  .toString(),
              QStringLiteral("quantile"));
    // The page says what the legend dock says.
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(onScreen.classes.back().label)) << text.toStdString();
}

TEST_F(MapExportTest, ExportShowsTheViewOnScreenWithTheTextsChosen) {
    m_window->canvas()->drillInto(410300); // Luoyang
    const render::MapBriefing briefing = m_window->exportActions()->currentBriefing();
    EXPECT_EQ(briefing.sceneRect, m_window->canvas()->visibleSceneRect());
    EXPECT_TRUE(briefing.title.startsWith(QStringLiteral("洛阳市")))
        << briefing.title.toStdString();

    widgets::MapExportDialog dialog(briefing, m_window.get());
    auto* title = dialog.findChildren<QLineEdit*>().front();
    title->setText(QStringLiteral("洛阳市产业集聚区简报"));
    auto* page = dialog.findChild<QComboBox*>();
    page->setCurrentIndex(page->findData(QStringLiteral("a4-portrait")));
    dialog.findChild<QSpinBox*>()->setValue(120);
    const QString png = m_dir.filePath(QStringLiteral("luoyang.png"));
    ASSERT_TRUE(dialog.exportTo(png));
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(992, 1403)); // A4 portrait at 120 dpi
    EXPECT_EQ(image.dotsPerMeterX(), 4724);

    const QString pdf = m_dir.filePath(QStringLiteral("luoyang.pdf"));
    ASSERT_TRUE(dialog.exportTo(pdf));
    EXPECT_TRUE(test::pdfText(pdf).contains(QStringLiteral("洛阳市产业集聚区简报")));

    // The next export starts from the preferences again (A4 landscape, 300 dpi by default).
    widgets::MapExportDialog next(briefing, m_window.get());
    EXPECT_EQ(next.page().format, render::PageFormat::A4Landscape);
    EXPECT_EQ(next.page().dpi, 300);
}

TEST_F(MapExportTest, CopyMapPutsTheBriefingPageOnTheClipboard) {
    QGuiApplication::clipboard()->clear();
    QSettings().setValue(QStringLiteral("preferences/exportDpi"), 96);
    m_window->exportActions()->copyMapAction()->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size(), QSize(1123, 794)); // A4 landscape at 96 dpi
}
