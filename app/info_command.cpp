#include "info_command.h"

#include "io/maps_directory.h"
#include "io/plan_source.h"
#include "option_reader.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace agglomap::app {

namespace {

void describe(QTextStream& out, const model::Plan& plan) {
    const auto districts = plan.districts();
    int placeholders = 0;
    int illustrative = 0;
    int leading = 0;
    int links = 0;
    double output = 0.0;
    for (const model::District* district : districts) {
        placeholders += district->placeholderName ? 1 : 0;
        illustrative += district->provenance.anyIllustrative() ? 1 : 0;
        leading += district->leadingIndustries.empty() ? 0 : 1;
        links += static_cast<int>(district->links.size());
        output += district->totalOutput();
    }
    const QLocale c = QLocale::c();
    out << "  districts:    " << districts.size() << " (" << placeholders
        << " named after their county), " << illustrative << " with illustrative values\n";
    out << "  output:       " << c.toString(output, 'f', 1) << " 亿元 (100 million yuan); "
        << leading << " districts with a leading industry\n";
    out << "  links:        " << links << " inside districts, " << plan.districtLinks().size()
        << " between districts\n";
    out << "  input-output: " << plan.inputOutput().size() << " sectors"
        << (plan.inputOutputIllustrative() ? ", illustrative" : "") << "\n";
}

} // namespace

QString infoUsage() {
    return QStringLiteral("usage: agglomap info henan|ningxia|FOLDER|FILE.gpkg [--maps DIR]\n");
}

int runInfoCommand(const QStringList& arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString planArgument;
    QString maps;
    QStringList options = arguments;
    if (!options.isEmpty() && !options.front().startsWith(QLatin1Char('-'))) {
        planArgument = options.takeFirst();
    }
    OptionReader reader(infoUsage());
    reader.option({QStringLiteral("--maps")}, OptionReader::text(maps));
    reader.option({QStringLiteral("--plan")}, OptionReader::text(planArgument));
    if (const Status status = reader.read(options); !status) {
        err << status.error().message << Qt::endl;
        return 2;
    }
    if (planArgument.isEmpty()) {
        err << infoUsage();
        return 2;
    }
    const auto mapsDirectory = io::resolveMapsDirectory(maps);
    if (!mapsDirectory) {
        err << mapsDirectory.error().message << Qt::endl;
        return 2;
    }
    auto opened = io::openPlanAsProject(planArgument, mapsDirectory.value());
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    const io::OpenedProject& project = opened.value();
    const model::Plan& baseline = *project.versions.front().plan;
    const model::PlanInfo& info = baseline.info();
    out << info.titleZh << " / " << info.titleEn << " (" << info.year << ")\n";
    if (QFileInfo(planArgument).isFile()) {
        out << "file:           " << QFileInfo(planArgument).absoluteFilePath() << " (plan format "
            << project.schemaVersion << ", "
            << QLocale::c().toString(static_cast<double>(QFileInfo(planArgument).size()) / 1e6, 'f',
                                     1)
            << " MB)\n";
    }
    const geo::RegionHierarchy& regions = *project.regions;
    out << "province:       " << regions.province().nameZh << " " << regions.province().nameEn
        << ", " << regions.regionsAt(geo::RegionLevel::City).size() << " cities, "
        << regions.regionsAt(geo::RegionLevel::County).size() << " county-level units\n";
    out << "boundaries:     " << project.boundaryDescription.left(200) << "\n";
    out << "source:         " << info.source.left(200) << "\n";
    for (const auto& version : project.versions) {
        out << "version \"" << version.name << "\":\n";
        describe(out, *version.plan);
    }
    return 0;
}

} // namespace agglomap::app
