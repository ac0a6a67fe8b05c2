#include "export_profiles_command.h"

#include "headless_language.h"
#include "io/maps_directory.h"
#include "model/plan.h"
#include "option_reader.h"
#include "render/briefing/export_session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace agglomap::app {

namespace {

// The districts asked for, in the plan's order: given ids, a city's, or all.
Result<std::vector<model::DistrictId>> chosenDistricts(const model::Plan& plan,
                                                       const ExportProfilesOptions& opt) {
    std::vector<model::DistrictId> ids;
    if (opt.cityCode != 0) {
        const geo::Region* city = plan.regions().find(opt.cityCode);
        if (!city || city->level != geo::RegionLevel::City) {
            return Error{
                QCoreApplication::translate("agglomap::app::CommandLine",
                                            "--city: %1 is not a city of the plan's province.")
                    .arg(opt.cityCode)};
        }
    }
    if (!opt.districtIds.empty()) {
        for (const int id : opt.districtIds) {
            const model::District* district = plan.district(model::DistrictId{id});
            if (!district) {
                return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                         "--district: the plan has no district %1.")
                                 .arg(id)};
            }
            // Both given: the districts must lie in the city, not be exported beside it.
            if (opt.cityCode != 0 && district->hostCity != opt.cityCode) {
                return Error{QCoreApplication::translate(
                                 "agglomap::app::CommandLine",
                                 "--district %1 is not in --city %2; give one of them, "
                                 "or districts of that city.")
                                 .arg(id)
                                 .arg(opt.cityCode)};
            }
            // A district named twice is one profile.
            if (std::find(ids.begin(), ids.end(), district->id) == ids.end()) {
                ids.push_back(district->id);
            }
        }
        return ids;
    }
    const auto districts = opt.cityCode != 0 ? plan.districtsIn(opt.cityCode) : plan.districts();
    for (const model::District* district : districts) {
        ids.push_back(district->id);
    }
    return ids;
}

} // namespace

QString exportProfilesUsage() {
    return QStringLiteral(
        "usage: agglomap export-profiles --plan henan|ningxia|FOLDER [--city CODE]\n"
        "         [--district ID[,ID...]] [--layout atlas|per-district|per-city]\n"
        "         [--pattern NAME] [--page a4-portrait|a4-landscape|a3-portrait|a3-landscape]\n"
        "         [--lang zh|en] [--title TEXT] [--maps DIR] -o FILE.pdf|FOLDER\n"
        "An atlas is one PDF with contents, page numbers and bookmarks; the other layouts\n"
        "write files into the folder -o names, by a pattern with {id} {name_zh} {name_en}\n"
        "{county} {city} {city_zh} {city_en}.\n");
}

Result<ExportProfilesOptions> parseExportProfilesOptions(const QStringList& arguments) {
    ExportProfilesOptions options;
    OptionReader reader(exportProfilesUsage());
    reader.option({QStringLiteral("--plan")}, OptionReader::text(options.plan));
    reader.option({QStringLiteral("--maps")}, OptionReader::text(options.mapsDirectory));
    reader.option({QStringLiteral("--city")}, OptionReader::cityCode(options.cityCode));
    reader.option({QStringLiteral("--district")}, [&](const QString& v) -> Status {
        const QStringList parts = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        // An empty list once meant every district: a script's empty variable exported 175.
        if (parts.isEmpty()) {
            return Error{QCoreApplication::translate(
                "agglomap::app::CommandLine", "--district needs at least one district id, as in "
                                              "--district 12,48.")};
        }
        for (const QString& part : parts) {
            const auto id =
                OptionReader::integer(QStringLiteral("--district"), part.trimmed(), 1, 1000000);
            if (!id) {
                return id.error();
            }
            options.districtIds.push_back(id.value());
        }
        return {};
    });
    reader.option({QStringLiteral("--layout")}, [&](const QString& v) -> Status {
        const auto layout = render::atlasLayoutFromKey(v);
        if (!layout) {
            return Error{QCoreApplication::translate(
                             "agglomap::app::CommandLine",
                             "--layout is atlas, per-district or per-city, not \"%1\".")
                             .arg(v)};
        }
        options.layout = *layout;
        return {};
    });
    reader.option({QStringLiteral("--pattern")}, OptionReader::text(options.pattern));
    reader.option({QStringLiteral("--page")}, [&](const QString& v) -> Status {
        const auto page = render::pageFormatFromKey(v);
        if (!page || *page == render::PageFormat::Slide16x9) {
            return Error{
                QCoreApplication::translate("agglomap::app::CommandLine",
                                            "--page is a4-portrait, a4-landscape, a3-portrait or "
                                            "a3-landscape, not \"%1\".")
                    .arg(v)};
        }
        options.page = *page;
        return {};
    });
    reader.option({QStringLiteral("--lang")}, OptionReader::language(options.language));
    reader.option({QStringLiteral("--title")}, OptionReader::text(options.title));
    reader.option({QStringLiteral("-o"), QStringLiteral("--output")},
                  [&](const QString& v) -> Status {
                      options.output = v;
                      return {};
                  });
    if (const Status status = reader.read(arguments); !status) {
        return status.error();
    }
    if (options.output.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "agglomap::app::CommandLine",
                         "Name the output with -o FILE.pdf (an atlas) or -o FOLDER.\n%1")
                         .arg(exportProfilesUsage())};
    }
    if (options.layout == render::AtlasLayout::SingleDocument &&
        !options.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        return Error{
            QCoreApplication::translate("agglomap::app::CommandLine",
                                        "-o: an atlas is one PDF; name it FILE.pdf, not \"%1\".")
                .arg(options.output)};
    }
    return options;
}

int runExportProfilesCommand(const QStringList& arguments) {
    QTextStream err(stderr);
    const auto parsed = parseExportProfilesOptions(arguments);
    if (!parsed) {
        err << parsed.error().message << Qt::endl;
        return 2;
    }
    const ExportProfilesOptions& opt = parsed.value();
    const HeadlessLanguage language(opt.language);
    QElapsedTimer timer;
    timer.start();
    const auto maps = io::resolveMapsDirectory(opt.mapsDirectory);
    auto session = maps ? render::openExportSession(opt.plan, maps.value())
                        : Result<std::unique_ptr<render::ExportSession>>(maps.error());
    if (!session) {
        err << session.error().message << Qt::endl;
        return 1;
    }
    const render::ExportSession& s = *session.value();
    const auto ids = chosenDistricts(*s.plan, opt);
    if (!ids) {
        err << ids.error().message << Qt::endl;
        return 2;
    }
    render::ProfileSources sources;
    sources.plan = s.plan.get();
    sources.analysis = s.analysis.get();
    sources.scene = s.scene.get();
    sources.context = s.context;
    sources.language = language.labels();

    render::AtlasRequest request;
    request.districts = ids.value();
    request.layout = opt.layout;
    request.output = opt.output;
    request.pattern = opt.pattern;
    request.page = opt.page;
    request.date = QDate::currentDate();
    const bool chinese = language.labels() == geo::LabelLanguage::Chinese;
    request.title = !opt.title.isEmpty() ? opt.title
                    : chinese            ? s.plan->info().titleZh
                                         : s.plan->info().titleEn;
    const auto report = render::writeAtlas(sources, request);
    if (!report) {
        err << report.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate(
                               "agglomap::app::CommandLine",
                               "Wrote %1 profiles, %2 pages, in %3 file(s) in %4 s: %5")
                               .arg(report.value().profiles)
                               .arg(report.value().pages)
                               .arg(report.value().files.size())
                               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(report.value().files.size() == 1 ? report.value().files.front()
                                                                     : opt.output)
                        << Qt::endl;
    return 0;
}

} // namespace agglomap::app
