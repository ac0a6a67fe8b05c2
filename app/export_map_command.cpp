#include "export_map_command.h"

#include "analysis/classification_method.h"
#include "analysis/colour_ramp.h"
#include "headless_language.h"
#include "io/maps_directory.h"
#include "option_reader.h"
#include "render/briefing/briefing_export.h"
#include "render/briefing/briefing_text.h"
#include "render/briefing/export_session.h"
#include "render/briefing/legend_json.h"
#include "render/legend.h"
#include "render/map_image_renderer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace agglomap::app {

namespace {

Status readLayerList(const QString& option, const QString& value, QStringList& into) {
    for (const QString& key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!render::layerFromKey(key.trimmed())) {
            return Error{
                QCoreApplication::translate("agglomap::app::CommandLine",
                                            "%1: unknown layer \"%2\"; layers are regions, rivers, "
                                            "linkages, districts, towns.")
                    .arg(option, key)};
        }
        into << key.trimmed();
    }
    return {};
}

} // namespace

QString exportMapUsage() {
    // The choices come from the lists the parser checks against, so help and parser agree.
    const auto choices = [](const QStringList& keys) {
        return keys.join(QLatin1Char('|'));
    };
    const QString aggregations =
        choices(OptionReader::keysOf(analysis::allAggregations(), analysis::aggregationKey));
    const QString pages =
        choices(OptionReader::keysOf(render::allPageFormats(), render::pageFormatKey));
    const QString cityBreaks = choices(OptionReader::keysOf(
        std::vector{analysis::CityViewBreaks::ShownCounties, analysis::CityViewBreaks::Province},
        analysis::cityViewBreaksKey));
    return QStringLiteral(
               "usage: agglomap export-map --plan henan|ningxia|FOLDER [--city CODE] [--level "
               "city|county]\n"
               "         [--indicator ID] [--aggregation %1]\n"
               "         [--method %2] [--classes 2-9] [--city-breaks %3]\n"
               "         [--ramp NAME] [--invert] [--colour-by KEY]\n"
               "         [--page %4]\n"
               "         [--dpi N] [--title TEXT] [--lang zh|en] [--show LAYERS] [--hide LAYERS]\n"
               "         [--maps DIR] -o FILE.png|FILE.svg|FILE.pdf\n"
               "With --city, the counties of that city are classified by themselves; "
               "--city-breaks province\n"
               "keeps the province's classes for comparison.\n"
               "Writes the map and FILE.legend.json (the legend's classes, colours and counts).\n")
        .arg(aggregations, choices(analysis::classificationMethodIds()), cityBreaks, pages);
}

Result<ExportMapOptions> parseExportMapOptions(const QStringList& arguments) {
    ExportMapOptions options;
    OptionReader reader(exportMapUsage());
    reader.option({QStringLiteral("--plan")}, OptionReader::text(options.plan));
    reader.option({QStringLiteral("--maps")}, OptionReader::text(options.mapsDirectory));
    reader.option({QStringLiteral("--city")}, OptionReader::cityCode(options.cityCode));
    reader.option({QStringLiteral("--level")}, [&](const QString& v) -> Status {
        if (v != QLatin1String("city") && v != QLatin1String("county")) {
            return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                     "--level is city or county, not \"%1\".")
                             .arg(v)};
        }
        options.level =
            v == QLatin1String("city") ? geo::RegionLevel::City : geo::RegionLevel::County;
        return {};
    });
    reader.option({QStringLiteral("--indicator")}, [&](const QString& v) -> Status {
        if (!analysis::findDistrictMetric(v)) {
            QStringList ids;
            for (const auto& metric : analysis::districtMetrics()) {
                ids << metric.id;
            }
            return Error{
                QCoreApplication::translate("agglomap::app::CommandLine",
                                            "--indicator: unknown indicator \"%1\"; one of: %2.")
                    .arg(v, ids.join(QStringLiteral(", ")))};
        }
        options.symbology.choropleth.metricId = v;
        return {};
    });
    reader.option({QStringLiteral("--aggregation")}, [&](const QString& v) -> Status {
        const auto aggregation = analysis::aggregationFromKey(v);
        if (!aggregation) {
            return OptionReader::notOneOf(
                QStringLiteral("--aggregation"),
                OptionReader::keysOf(analysis::allAggregations(), analysis::aggregationKey), v);
        }
        options.symbology.choropleth.aggregation = *aggregation;
        options.aggregationGiven = true;
        return {};
    });
    reader.option({QStringLiteral("--method")}, [&](const QString& v) -> Status {
        if (!analysis::classificationMethodIds().contains(v)) {
            return OptionReader::notOneOf(QStringLiteral("--method"),
                                          analysis::classificationMethodIds(), v);
        }
        options.symbology.choropleth.methodId = v;
        return {};
    });
    reader.option({QStringLiteral("--classes")}, [&](const QString& v) -> Status {
        const auto classes = OptionReader::integer(QStringLiteral("--classes"), v, 2, 9);
        if (!classes) {
            return classes.error();
        }
        options.symbology.choropleth.classes = classes.value();
        return {};
    });
    reader.option({QStringLiteral("--city-breaks")}, [&](const QString& v) -> Status {
        const auto breaks = analysis::cityViewBreaksFromKey(v);
        if (!breaks) {
            return OptionReader::notOneOf(
                QStringLiteral("--city-breaks"),
                {analysis::cityViewBreaksKey(analysis::CityViewBreaks::ShownCounties),
                 analysis::cityViewBreaksKey(analysis::CityViewBreaks::Province)},
                v);
        }
        options.symbology.choropleth.cityViewBreaks = *breaks;
        return {};
    });
    reader.option({QStringLiteral("--ramp")}, [&](const QString& v) -> Status {
        if (!analysis::ColourRampCatalogue::builtIn().find(v)) {
            return Error{QCoreApplication::translate(
                             "agglomap::app::CommandLine",
                             "--ramp: unknown colour ramp \"%1\" (ColorBrewer names such as "
                             "YlOrRd, Blues, RdBu).")
                             .arg(v)};
        }
        options.symbology.choropleth.rampId = v;
        return {};
    });
    reader.flag(QStringLiteral("--invert"), [&] {
        options.symbology.choropleth.direction = analysis::RampDirection::Inverted;
    });
    reader.option(
        {QStringLiteral("--colour-by"), QStringLiteral("--color-by")},
        [&](const QString& v) -> Status {
            const auto colouring = render::symbolColouringFromKey(v);
            if (!colouring) {
                return OptionReader::notOneOf(
                    QStringLiteral("--colour-by"),
                    OptionReader::keysOf(render::allSymbolColourings(), render::symbolColouringKey),
                    v);
            }
            options.symbology.districtColouring = *colouring;
            return {};
        });
    reader.option({QStringLiteral("--page")}, [&](const QString& v) -> Status {
        const auto page = render::pageFormatFromKey(v);
        if (!page) {
            return OptionReader::notOneOf(
                QStringLiteral("--page"),
                OptionReader::keysOf(render::allPageFormats(), render::pageFormatKey), v);
        }
        options.page = *page;
        return {};
    });
    reader.option({QStringLiteral("--dpi")}, [&](const QString& v) -> Status {
        const auto dpi = OptionReader::integer(QStringLiteral("--dpi"), v, render::kMinimumDpi,
                                               render::kMaximumDpi);
        if (!dpi) {
            return dpi.error();
        }
        options.dpi = dpi.value();
        return {};
    });
    reader.option({QStringLiteral("--title")}, OptionReader::text(options.title));
    reader.option({QStringLiteral("--lang")}, OptionReader::language(options.language));
    reader.option({QStringLiteral("--show")}, [&](const QString& v) {
        return readLayerList(QStringLiteral("--show"), v, options.shownLayers);
    });
    reader.option({QStringLiteral("--hide")}, [&](const QString& v) {
        return readLayerList(QStringLiteral("--hide"), v, options.hiddenLayers);
    });
    reader.option(
        {QStringLiteral("-o"), QStringLiteral("--output")}, [&](const QString& v) -> Status {
            if (!render::briefingFileType(v)) {
                return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                         "-o: the file name must end in .png, .svg "
                                                         "or .pdf, not \"%1\".")
                                 .arg(v)};
            }
            options.output = v;
            return {};
        });
    if (const Status status = reader.read(arguments); !status) {
        return status.error();
    }
    if (options.output.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "agglomap::app::CommandLine",
                         "Name the output with -o FILE.png, FILE.svg or FILE.pdf.\n%1")
                         .arg(exportMapUsage())};
    }
    if (!options.aggregationGiven) {
        options.symbology.choropleth.aggregation =
            analysis::findDistrictMetric(options.symbology.choropleth.metricId)->defaultAggregation;
    }
    return options;
}

int runExportMapCommand(const QStringList& arguments) {
    QTextStream err(stderr);
    const auto parsed = parseExportMapOptions(arguments);
    if (!parsed) {
        err << parsed.error().message << Qt::endl;
        return 2;
    }
    const ExportMapOptions& opt = parsed.value();
    const HeadlessLanguage language(opt.language);
    const auto maps = io::resolveMapsDirectory(opt.mapsDirectory);
    auto session = maps ? render::openExportSession(opt.plan, maps.value())
                        : Result<std::unique_ptr<render::ExportSession>>(maps.error());
    if (!session) {
        err << session.error().message << Qt::endl;
        return 1;
    }
    const render::ExportSession& s = *session.value();

    render::MapViewState state;
    state.language = language.labels();
    state.overviewLevel = opt.level;
    state.context = s.context;
    if (opt.cityCode != 0) {
        const geo::Region* city = s.scene->hierarchy().find(opt.cityCode);
        if (!city || city->level != geo::RegionLevel::City) {
            err << QCoreApplication::translate("agglomap::app::CommandLine",
                                               "--city: %1 is not a city of %2. Its cities are:")
                       .arg(opt.cityCode)
                       .arg(opt.plan);
            for (const geo::Region* c : s.scene->hierarchy().regionsAt(geo::RegionLevel::City)) {
                err << ' ' << c->code << ' ' << c->nameEn << ';';
            }
            err << Qt::endl;
            return 2;
        }
        state.focusCity = opt.cityCode;
    }
    for (const QString& key : opt.shownLayers) {
        state.layers.setVisible(*render::layerFromKey(key), true);
    }
    for (const QString& key : opt.hiddenLayers) {
        state.layers.setVisible(*render::layerFromKey(key), false);
    }
    const render::MapOverlays overlays = render::buildOverlays(
        *s.plan, *s.analysis, *s.scene, opt.symbology, state.activeLevel(), state.focusCity);
    state.choropleth = overlays.choropleth;
    state.districts = overlays.districts;
    state.linkages = overlays.linkages;

    render::MapBriefing briefing;
    briefing.scene = s.scene.get();
    briefing.state = state;
    briefing.sceneRect = render::focusRect(*s.scene, state);
    briefing.legend =
        render::legendContent(overlays.choropleth.get(), overlays.districts.get(), state.language);
    briefing.title = opt.title.isEmpty() ? render::briefingTitle(*s.scene, state) : opt.title;
    briefing.subtitle = render::briefingSubtitle(state);
    briefing.credits = render::briefingCredits(s.plan->info(), s.boundaryDescription, state);
    briefing.date = QDate::currentDate();

    if (const Status status = render::exportBriefing(briefing, {opt.page, opt.dpi}, opt.output);
        !status) {
        err << status.error().message << Qt::endl;
        return 1;
    }
    const QString sidecar = render::legendSidecarPath(opt.output);
    if (const Status status = render::writeLegendJson(
            render::legendJson(briefing.legend, overlays.choropleth.get()), sidecar);
        !status) {
        err << status.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("agglomap::app::CommandLine",
                                                       "Wrote %1 and %2")
                               .arg(opt.output, sidecar)
                        << Qt::endl;
    return 0;
}

} // namespace agglomap::app
