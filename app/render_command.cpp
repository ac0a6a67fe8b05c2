#include "render_command.h"

#include "headless_language.h"

#include "analysis/plan_analysis.h"
#include "command_line.h"
#include "io/maps_directory.h"
#include "io/output_file.h"
#include "io/plan_source.h"
#include "render/district_symbols.h"
#include "render/map_image_renderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QTextStream>

namespace agglomap::app {

int runRenderCommand(const QStringList& arguments) {
    QTextStream err(stderr);
    const auto options = parseRenderOptions(arguments);
    if (!options) {
        err << options.error().message << Qt::endl;
        return 2;
    }
    const RenderOptions& opt = options.value();
    const auto maps = io::resolveMapsDirectory(opt.mapsDirectory);
    const auto folder = maps ? io::bundledProvinceDirectory(maps.value(), opt.plan) : maps;
    if (!folder) {
        err << folder.error().message << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto scene = render::MapScene::load(folder.value());
    if (!scene) {
        err << scene.error().message << Qt::endl;
        return 1;
    }
    // The plan's districts go on the map; a broken plan is reported, the map still drawn.
    auto opened = io::openPlan(opt.plan, maps.value());
    std::shared_ptr<const render::DistrictSymbolLayer> districts;
    if (opened) {
        const analysis::PlanAnalysis analysis(*opened.value().plan);
        districts = std::make_shared<const render::DistrictSymbolLayer>(
            render::DistrictSymbolLayer::fromPlan(*opened.value().plan, analysis, *scene.value()));
    } else {
        err << QCoreApplication::translate("agglomap::app::CommandLine",
                                           "The map is drawn without districts: %1")
                   .arg(opened.error().message)
            << Qt::endl;
    }
    const qint64 loadMs = timer.restart();

    render::MapViewState state;
    state.districts = districts;
    const HeadlessLanguage language(opt.language);
    state.language = language.labels();
    state.overviewLevel =
        opt.level == QLatin1String("county") ? geo::RegionLevel::County : geo::RegionLevel::City;
    if (opt.cityCode != 0) {
        const geo::Region* city = scene.value()->hierarchy().find(opt.cityCode);
        if (!city || city->level != geo::RegionLevel::City) {
            err << QCoreApplication::translate("agglomap::app::CommandLine",
                                               "%1 is not a city of %2. Its cities are:")
                       .arg(opt.cityCode)
                       .arg(opt.plan);
            for (const geo::Region* candidate :
                 scene.value()->hierarchy().regionsAt(geo::RegionLevel::City)) {
                err << ' ' << candidate->code << ' ' << candidate->nameEn << ';';
            }
            err << Qt::endl;
            return 2;
        }
        state.focusCity = opt.cityCode;
    }
    const QImage image = render::renderMapImage(*scene.value(), state, opt.size, opt.dpi);
    const qint64 renderMs = timer.restart();
    // The picture in the format its name says, never PNG bytes under a .jpg name.
    const QByteArray format = QFileInfo(opt.output).suffix().toLower().toLatin1();
    if (format != "png" && format != "jpg" && format != "jpeg") {
        err << QCoreApplication::translate("agglomap::app::CommandLine",
                                           "%1: the name must end in .png or .jpg.")
                   .arg(opt.output)
            << Qt::endl;
        return 2;
    }
    io::OutputFile file(opt.output);
    Status written = file.begin();
    if (written) {
        QImageWriter writer(&file, format);
        written = writer.write(image) || file.failed()
                      ? file.commit()
                      : Status(Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                                 "%1: could not be written (%2).")
                                         .arg(opt.output, writer.errorString())});
    }
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate(
                               "agglomap::app::CommandLine",
                               "Wrote %1 (%2x%3 px, %4 dpi): loaded in %5 ms, drawn in %6 ms")
                               .arg(opt.output)
                               .arg(opt.size.width())
                               .arg(opt.size.height())
                               .arg(opt.dpi)
                               .arg(loadMs)
                               .arg(renderMs)
                        << Qt::endl;
    return 0;
}

} // namespace agglomap::app
