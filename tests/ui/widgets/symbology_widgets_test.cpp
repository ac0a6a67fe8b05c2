#include "widgets/choropleth_toolbar.h"
#include "widgets/layer_panel.h"
#include "widgets/manual_breaks_dialog.h"
#include "widgets/symbology_settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::ChoroplethToolBar;
using widgets::LayerPanel;

TEST(ChoroplethToolBar, ChoosingAnIndicatorAnnouncesItWithItsDefaultAggregation) {
    ChoroplethToolBar bar;
    QSignalSpy changed(&bar, &ChoroplethToolBar::symbologyChanged);
    auto* metric = bar.findChild<QComboBox*>(QStringLiteral("metricBox"));
    ASSERT_NE(metric, nullptr);
    const int index = metric->findData(QStringLiteral("infrastructure-gap"));
    ASSERT_GE(index, 0);
    metric->setCurrentIndex(index);
    emit metric->activated(index);
    ASSERT_EQ(changed.count(), 1);
    const render::MapSymbology symbology = bar.symbology();
    EXPECT_EQ(symbology.choropleth.metricId, QStringLiteral("infrastructure-gap"));
    EXPECT_EQ(symbology.choropleth.aggregation, analysis::Aggregation::Mean);
    auto* aggregation = bar.findChild<QComboBox*>(QStringLiteral("aggregationBox"));
    EXPECT_EQ(aggregation->currentData().toInt(), static_cast<int>(analysis::Aggregation::Mean));
}

TEST(ChoroplethToolBar, ClassCountIsDisabledForMethodsWithFixedClasses) {
    ChoroplethToolBar bar;
    auto* method = bar.findChild<QComboBox*>(QStringLiteral("methodBox"));
    auto* classes = bar.findChild<QSpinBox*>(QStringLiteral("classesBox"));
    const int boxMap = method->findData(QStringLiteral("box-map"));
    method->setCurrentIndex(boxMap);
    emit method->activated(boxMap);
    EXPECT_FALSE(classes->isEnabled());
    const int quantile = method->findData(QStringLiteral("quantile"));
    method->setCurrentIndex(quantile);
    emit method->activated(quantile);
    EXPECT_TRUE(classes->isEnabled());
    classes->setValue(7);
    EXPECT_EQ(bar.symbology().choropleth.classes, 7);
}

TEST(ChoroplethToolBar, SwitchingToManualKeepsTheClassesShown) {
    ChoroplethToolBar bar;
    bar.setCurrentBreaks({1.0, 10.0, 20.0, 40.0});
    auto* method = bar.findChild<QComboBox*>(QStringLiteral("methodBox"));
    const int manual = method->findData(QStringLiteral("manual"));
    method->setCurrentIndex(manual);
    emit method->activated(manual);
    EXPECT_EQ(bar.symbology().choropleth.methodId, QStringLiteral("manual"));
    EXPECT_EQ(bar.symbology().choropleth.manualThresholds, (std::vector<double>{10.0, 20.0}));
}

TEST(ManualBreaksDialog, AcceptsOnlyAscendingNumbersAndNamesTheBadRow) {
    widgets::ManualBreaksDialog dialog({10.0, 20.0});
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.thresholds(), (std::vector<double>{10.0, 20.0}));
    dialog.table()->item(1, 0)->setText(QStringLiteral("5"));
    EXPECT_FALSE(ok->isEnabled());
    bool named = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        named = named || label->text().contains(QStringLiteral("Row 2"));
    }
    EXPECT_TRUE(named);
    dialog.table()->item(1, 0)->setText(QStringLiteral("abc"));
    EXPECT_FALSE(ok->isEnabled());
    dialog.table()->item(1, 0)->setText(QStringLiteral("35.5"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.thresholds(), (std::vector<double>{10.0, 35.5}));
}

TEST(LayerPanel, ListsTheTopmostLayerFirstAndEditsVisibilityOpacityAndOrder) {
    LayerPanel panel;
    QSignalSpy changed(&panel, &LayerPanel::layersChanged);
    QListWidget* list = panel.list();
    ASSERT_EQ(list->count(), 5);
    EXPECT_EQ(list->item(0)->text(), LayerPanel::layerName(render::MapLayerId::Towns));
    EXPECT_EQ(list->item(4)->text(), LayerPanel::layerName(render::MapLayerId::Regions));

    // Towns are off by default; ticking them shows them.
    list->item(0)->setCheckState(Qt::Checked);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(panel.layers().style(render::MapLayerId::Towns).visible);

    list->setCurrentRow(4); // regions
    panel.opacitySlider()->setValue(40);
    EXPECT_DOUBLE_EQ(panel.layers().style(render::MapLayerId::Regions).opacity, 0.4);

    panel.moveCurrent(1); // regions one up
    EXPECT_EQ(panel.layers().position(render::MapLayerId::Regions), 1);
    EXPECT_EQ(list->item(3)->text(), LayerPanel::layerName(render::MapLayerId::Regions));
    EXPECT_EQ(list->currentItem()->text(), LayerPanel::layerName(render::MapLayerId::Regions));
}

TEST(LayerPanel, ShowsTheProvenanceOfTheCurrentLayer) {
    LayerPanel panel;
    panel.setProvenance(render::MapLayerId::Rivers, QStringLiteral("GSHHG 2.3.7, LGPL"));
    panel.setProvenance(render::MapLayerId::Towns, QString());
    for (int row = 0; row < panel.list()->count(); ++row) {
        QListWidgetItem* item = panel.list()->item(row);
        if (item->text() == LayerPanel::layerName(render::MapLayerId::Rivers)) {
            panel.list()->setCurrentRow(row);
            EXPECT_TRUE(item->toolTip().contains(QStringLiteral("GSHHG")));
        }
        if (item->text() == LayerPanel::layerName(render::MapLayerId::Towns)) {
            EXPECT_FALSE(item->flags() & Qt::ItemIsEnabled); // no data here
        }
    }
    const auto* label = panel.findChild<QLabel*>(QStringLiteral("layerProvenance"));
    EXPECT_TRUE(label->text().contains(QStringLiteral("GSHHG 2.3.7")));
}

TEST(SymbologySettings, RoundTripAndIgnoreBrokenValues) {
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("settings.ini"));
    render::MapSymbology symbology;
    symbology.choropleth.metricId = QStringLiteral("rd-intensity");
    symbology.choropleth.aggregation = analysis::Aggregation::Maximum;
    symbology.choropleth.methodId = QStringLiteral("manual");
    symbology.choropleth.manualThresholds = {0.01, 0.015, 0.02};
    symbology.choropleth.rampId = QStringLiteral("Blues");
    symbology.choropleth.direction = analysis::RampDirection::Inverted;
    symbology.choropleth.cityViewBreaks = analysis::CityViewBreaks::Province;
    symbology.districtColouring = render::SymbolColouring::ZoneLevel;
    {
        QSettings settings(path, QSettings::IniFormat);
        widgets::writeSymbology(settings, symbology);
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        EXPECT_EQ(widgets::readSymbology(settings), symbology);
        settings.setValue(QStringLiteral("map/choropleth/metric"), QStringLiteral("no-such"));
        settings.setValue(QStringLiteral("map/choropleth/manualBreaks"), QStringLiteral("3 x 1"));
        settings.setValue(QStringLiteral("map/choropleth/classes"), 99);
        const render::MapSymbology fallback = widgets::readSymbology(settings);
        EXPECT_EQ(fallback.choropleth.metricId, render::MapSymbology{}.choropleth.metricId);
        EXPECT_EQ(fallback.choropleth.classes, 5);
        EXPECT_TRUE(fallback.choropleth.manualThresholds.empty());
        EXPECT_NE(fallback.choropleth.methodId, QStringLiteral("manual"));
    }
    EXPECT_EQ(widgets::symbologyFromJson(widgets::symbologyToJson(symbology)), symbology);
}

TEST(ChoroplethToolBar, ProvinceClassesToggleIsAnnouncedAndShown) {
    ChoroplethToolBar bar;
    QSignalSpy changed(&bar, &ChoroplethToolBar::symbologyChanged);
    QAction* province = bar.provinceBreaksAction();
    ASSERT_NE(province, nullptr);
    ASSERT_TRUE(province->isCheckable());
    EXPECT_FALSE(province->isChecked());
    province->trigger();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(bar.symbology().choropleth.cityViewBreaks, analysis::CityViewBreaks::Province);
    // Restoring settings shows the stored choice without announcing it.
    render::MapSymbology stored;
    stored.choropleth.cityViewBreaks = analysis::CityViewBreaks::ShownCounties;
    bar.setSymbology(stored);
    EXPECT_FALSE(province->isChecked());
    EXPECT_EQ(changed.count(), 1);
}
