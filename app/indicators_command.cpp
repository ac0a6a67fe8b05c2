#include "indicators_command.h"

#include "analysis/indicator_table.h"
#include "io/csv_writer.h"
#include "io/maps_directory.h"
#include "io/plan_source.h"
#include "option_reader.h"

#include <QTextStream>

#include <cstdio>

namespace agglomap::app {

QString indicatorsUsage() {
    return QStringLiteral("usage: agglomap indicators --plan henan|ningxia|FOLDER --level "
                          "district|county|city|sector "
                          "[-o FILE.csv] [--maps DIR]\n");
}

int runIndicatorsCommand(const QStringList& arguments) {
    QTextStream err(stderr);
    QString plan = QStringLiteral("henan");
    QString level = QStringLiteral("district");
    QString output;
    QString maps;
    const QStringList levels{QStringLiteral("district"), QStringLiteral("county"),
                             QStringLiteral("city"), QStringLiteral("sector")};
    OptionReader reader(indicatorsUsage());
    reader.option({QStringLiteral("--plan")}, OptionReader::text(plan));
    reader.option({QStringLiteral("--level")},
                  OptionReader::oneOf(QStringLiteral("--level"), levels, level));
    reader.option({QStringLiteral("-o"), QStringLiteral("--output")}, OptionReader::text(output));
    reader.option({QStringLiteral("--maps")}, OptionReader::text(maps));
    if (const Status status = reader.read(arguments); !status) {
        err << status.error().message << Qt::endl;
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
