#include "indicators_command.h"

#include "analysis/indicator_table.h"
#include "io/csv_writer.h"
#include "io/maps_directory.h"
#include "io/plan_source.h"

#include <QTextStream>

#include <cstdio>

namespace agglomap::app {

namespace {

QString usage() {
    return QStringLiteral("usage: agglomap indicators --plan henan|ningxia|FOLDER --level "
                          "district|county|city|sector "
                          "[-o FILE.csv] [--maps DIR]\n");
}

} // namespace

int runIndicatorsCommand(const QStringList& arguments) {
    QTextStream err(stderr);
    QString plan = QStringLiteral("henan");
    QString level = QStringLiteral("district");
    QString output;
    QString maps;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& option = arguments[i];
        if (i + 1 >= arguments.size()) {
            err << option << " needs a value.\n" << usage();
            return 2;
        }
        const QString value = arguments[++i];
        if (option == QLatin1String("--plan")) {
            plan = value;
        } else if (option == QLatin1String("--level")) {
            level = value;
        } else if (option == QLatin1String("-o") || option == QLatin1String("--output")) {
            output = value;
        } else if (option == QLatin1String("--maps")) {
            maps = value;
        } else {
            err << "Unknown option " << option << ".\n" << usage();
            return 2;
        }
    }
    const QStringList levels{QStringLiteral("district"), QStringLiteral("county"),
                             QStringLiteral("city"), QStringLiteral("sector")};
    if (!levels.contains(level)) {
        err << "--level is district, county, city or sector, not \"" << level << "\".\n";
        return 2;
    }
    const auto mapsDirectory = io::resolveMapsDirectory(maps);
    if (!mapsDirectory) {
        err << mapsDirectory.error().message << Qt::endl;
        return 2;
    }
    auto opened = io::openPlan(plan, mapsDirectory.value());
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    const model::Plan& loaded = *opened.value().plan;
    const analysis::PlanAnalysis analysis(loaded);
    analysis::TextTable table;
    if (level == QLatin1String("district")) {
        table = analysis::districtIndicatorTable(loaded, analysis);
    } else if (level == QLatin1String("sector")) {
        table = analysis::sectorIndicatorTable(loaded);
    } else {
        table = analysis::regionIndicatorTable(
            loaded, analysis,
            level == QLatin1String("city") ? geo::RegionLevel::City : geo::RegionLevel::County);
    }
    if (output.isEmpty()) {
        const QByteArray text = io::csvText(table.header, table.rows);
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
        return 0;
    }
    if (const Status status = io::writeCsvFile(output, table.header, table.rows); !status) {
        err << status.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout)
        << QStringLiteral(
               "Wrote %1 rows to %2 (indicators of %3; illustrative values are marked in "
               "the last columns)")
               .arg(table.rows.size())
               .arg(output, loaded.info().titleEn)
        << Qt::endl;
    return 0;
}

} // namespace agglomap::app
