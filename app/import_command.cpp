#include "import_command.h"

#include "commands/import_commands.h"
#include "data_import_options.h"
#include "io/boundaries/boundary_replacement.h"
#include "io/maps_directory.h"
#include "io/plan_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QUndoStack>

namespace agglomap::app {

namespace {

struct ImportOptions {
    QString plan;
    QStringList data;
    QString output;
    QString mapsDirectory;
    QString boundaries;
    io::BoundaryReplacementOptions boundaryOptions;
    DataImportOptions dataOptions;
};

Status readOptions(const QStringList& arguments, ImportOptions& options) {
    OptionReader reader(importUsage());
    reader.option({QStringLiteral("--plan")}, OptionReader::text(options.plan));
    reader.option({QStringLiteral("--data")}, [&options](const QString& value) -> Status {
        options.data << value;
        return {};
    });
    reader.option({QStringLiteral("-o"), QStringLiteral("--output")},
                  OptionReader::text(options.output));
    reader.option({QStringLiteral("--maps")}, OptionReader::text(options.mapsDirectory));
    reader.option({QStringLiteral("--boundaries")}, OptionReader::text(options.boundaries));
    reader.option({QStringLiteral("--code-field")},
                  OptionReader::text(options.boundaryOptions.codeField));
    reader.option({QStringLiteral("--crs")},
                  OptionReader::text(options.boundaryOptions.assumedCrs));
    reader.option({QStringLiteral("--boundary-datum")}, [&options](const QString& value) -> Status {
        const auto datum = geo::datumFromKey(value);
        if (!datum) {
            return OptionReader::notOneOf(
                QStringLiteral("--boundary-datum"),
                {QStringLiteral("wgs84"), QStringLiteral("gcj02"), QStringLiteral("bd09")}, value);
        }
        options.boundaryOptions.datum = *datum;
        return {};
    });
    addDataImportOptions(reader, options.dataOptions);
    if (const Status status = reader.read(arguments); !status) {
        return status;
    }
    if (options.plan.isEmpty() || options.output.isEmpty() ||
        (options.data.isEmpty() && options.boundaries.isEmpty())) {
        return Error{
            QCoreApplication::translate("agglomap::app::CommandLine",
                                        "import needs --plan, -o and at least one --data or "
                                        "--boundaries.\n") +
            importUsage()};
    }
    return {};
}

} // namespace

QString importUsage() {
    return QStringLiteral("usage: agglomap import --plan henan|ningxia|FOLDER|FILE.gpkg "
                          "[--data FILE]... -o OUT.gpkg\n") +
           dataImportUsage() +
           QStringLiteral("  [--boundaries FILE [--code-field NAME] [--crs CRS] "
                          "[--boundary-datum wgs84|gcj02|bd09]] [--maps DIR]\n");
}

int runImportCommand(const QStringList& arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    ImportOptions options;
    if (const Status status = readOptions(arguments, options); !status) {
        err << status.error().message << Qt::endl;
        return 2;
    }
    const auto maps = io::resolveMapsDirectory(options.mapsDirectory);
    if (!maps) {
        err << maps.error().message << Qt::endl;
        return 2;
    }
    auto opened = io::openPlanAsProject(options.plan, maps.value());
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    io::OpenedProject project = std::move(opened).value();
    // Statistics go into the baseline; boundaries into every version, which share them.
    model::Plan& baseline = *project.versions.front().plan;
    if (!options.boundaries.isEmpty()) {
        auto replacement =
            io::replaceBoundaries(*project.regions, options.boundaries, options.boundaryOptions);
        if (!replacement) {
            err << replacement.error().message << Qt::endl;
            return 1;
        }
        for (auto& version : project.versions) {
            if (const Status status = version.plan->replaceRegions(replacement.value().regions);
                !status) {
                err << QDir::toNativeSeparators(options.boundaries) << ": "
                    << status.error().message << Qt::endl;
                return 1;
            }
        }
        project.regions = replacement.value().regions;
        project.boundaryDescription =
            // Stored in the plan, which any planner may open: not in this one's language.
            QStringLiteral("Source: official boundaries from %1 (%2); %3 regions replaced.")
                .arg(QFileInfo(options.boundaries).fileName(), replacement.value().sourceCrs)
                .arg(replacement.value().replaced.size());
        out << QFileInfo(options.boundaries).fileName() << ": "
            << replacement.value().replaced.size() << " regions replaced, "
            << replacement.value().rebuilt.size() << " rebuilt from their counties, "
            << replacement.value().kept.size() << " kept, " << replacement.value().ignored.size()
            << " features skipped.\n";
    }
    QUndoStack stack;
    for (const QString& path : options.data) {
        const auto table = io::readDataTable(path, options.dataOptions.table);
        if (!table) {
            err << table.error().message << Qt::endl;
            return 1;
        }
        const auto mapping = importMapping(table.value(), baseline, options.dataOptions);
        if (!mapping) {
            err << mapping.error().message << Qt::endl;
            return 1;
        }
        const auto outcome = io::prepareImport(baseline, table.value(), mapping.value());
        if (!outcome) {
            err << outcome.error().message << Qt::endl;
            return 1;
        }
        out << importReport(table.value(), outcome.value(), kRowsListedByImport);
        if (outcome.value().updated.empty() && outcome.value().added.empty()) {
            continue;
        }
        if (const Status status = commands::importDistricts(stack, baseline, outcome.value(),
                                                            QFileInfo(path).fileName());
            !status) {
            err << QDir::toNativeSeparators(path) << ": " << status.error().message << Qt::endl;
            return 1;
        }
    }
    // An import that changes nothing must not rewrite -o from --plan: that would lose what the
    // file held, and exit 0 would say the data went in.
    if (options.boundaries.isEmpty() && stack.count() == 0) {
        err << QCoreApplication::translate(
                   "agglomap::app::CommandLine",
                   "Nothing was imported: no row changed the plan. %1 was not written.")
                   .arg(QDir::toNativeSeparators(options.output))
            << Qt::endl;
        return 1;
    }
    if (const Status status = io::saveProject(io::contentsOf(project), options.output); !status) {
        err << status.error().message << Qt::endl;
        return 1;
    }
    out << "Saved " << QDir::toNativeSeparators(options.output) << Qt::endl;
    return 0;
}

} // namespace agglomap::app
