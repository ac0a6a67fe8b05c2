#include "validate_command.h"

#include "data_import_options.h"
#include "geo/boundary_extent.h"
#include "io/boundary_loader.h"
#include "io/maps_directory.h"
#include "io/plan_source.h"
#include "model/plan_checks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace agglomap::app {

namespace {

bool isPlanArgument(const QString& argument) {
    return io::bundledProvinceKeys().contains(argument) || QFileInfo(argument).isDir() ||
           io::isProjectFile(argument) || io::isDamagedProjectFile(argument);
}

// Where a plan's boundaries can lie: around the bundled outline of the province a plan file
// was made on (its own may be what is damaged), or anywhere in China for a plan that names
// none. A bundled plan or a plan folder uses the bundled boundaries themselves.
geo::Box boundaryExtent(const QString& planArgument, const QString& province, const QString& maps) {
    if (!io::isProjectFile(planArgument) || province.isEmpty()) {
        return geo::chinaExtent();
    }
    const auto directory = io::bundledProvinceDirectory(maps, province);
    const auto outline = directory
                             ? io::readRegions(QDir(directory.value()).filePath(io::kProvinceFile))
                             : Result<std::vector<geo::Region>>(directory.error());
    if (!outline || outline.value().size() != 1) {
        return geo::chinaExtent();
    }
    return geo::plausibleExtent(geo::bg::return_envelope<geo::Box>(outline.value().front().lonLat));
}

int validatePlan(QTextStream& out, const QString& planArgument, const QString& maps) {
    if (io::isDamagedProjectFile(planArgument)) {
        out << "problem: "
            << QCoreApplication::translate(
                   "agglomap::app::CommandLine",
                   "%1 holds a plan's tables but is no longer a readable plan file: "
                   "its metadata table (agglomap_meta) or its GeoPackage header is "
                   "damaged. Open a backup copy.")
                   .arg(QDir::toNativeSeparators(planArgument))
            << "\n"
            << planArgument << ": 1 problem" << Qt::endl;
        return 1;
    }
    auto opened = io::openPlanAsProject(planArgument, maps);
    if (!opened) {
        out << "problem: " << opened.error().message << Qt::endl;
        return 1;
    }
    int problems = 0;
    // The versions share one set of boundaries: checked once.
    for (const model::PlanFinding& finding :
         model::checkBoundaries(*opened.value().regions,
                                boundaryExtent(planArgument, opened.value().province, maps))) {
        ++problems;
        out << "problem: " << finding.message << "\n";
    }
    for (const auto& version : opened.value().versions) {
        const QString prefix = opened.value().versions.size() > 1
                                   ? QStringLiteral("[%1] ").arg(version.name)
                                   : QString();
        for (const model::PlanFinding& finding : model::checkPlan(*version.plan)) {
            const bool problem = finding.kind == model::PlanFinding::Kind::Problem;
            problems += problem ? 1 : 0;
            out << (problem ? "problem: " : "note: ") << prefix << finding.message << "\n";
        }
    }
    out << planArgument << ": " << problems << (problems == 1 ? " problem" : " problems")
        << Qt::endl;
    return problems > 0 ? 1 : 0;
}

// Columns whose cells are nearly all numbers, with the cells that are not: a typing slip.
int reportStrayText(QTextStream& out, const io::DataTable& table) {
    int problems = 0;
    for (int column = 0; column < table.columns.size(); ++column) {
        int numbers = 0;
        int filled = 0;
        std::vector<int> stray;
        for (int row = 0; row < table.rowCount(); ++row) {
            const QString cell = table.rows[static_cast<std::size_t>(row)].value(column).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            ++filled;
            bool ok = false;
            (void)cell.toDouble(&ok);
            if (ok) {
                ++numbers;
            } else {
                stray.push_back(row);
            }
        }
        // "Nearly all numbers": at least 80 %, counted without integer division, so a column
        // with one filled cell (a name) is not taken for a column of numbers.
        if (filled == 0 || stray.empty() || numbers * 10 < filled * 8) {
            continue;
        }
        for (const int row : stray) {
            ++problems;
            out << "problem: "
                << table.locate(
                       row, table.columns[column],
                       QStringLiteral("\"%1\" is not a number, where the column's "
                                      "other values are.")
                           .arg(table.rows[static_cast<std::size_t>(row)].value(column).trimmed()))
                << "\n";
        }
    }
    return problems;
}

int validateData(QTextStream& out, const QString& path, const QString& planArgument,
                 const QString& maps, const DataImportOptions& options) {
    const auto table = io::readDataTable(path, options.table);
    if (!table) {
        out << "problem: " << table.error().message << Qt::endl;
        return 1;
    }
    out << QDir::toNativeSeparators(path) << ": " << table.value().rowCount() << " rows, "
        << table.value().columns.size() << " columns, " << io::encodingName(table.value().encoding)
        << "\n";
    int problems = reportStrayText(out, table.value());
    if (!planArgument.isEmpty()) {
        auto opened = io::openPlan(planArgument, maps);
        if (!opened) {
            out << "problem: " << opened.error().message << Qt::endl;
            return 1;
        }
        const auto mapping = importMapping(table.value(), *opened.value().plan, options);
        const auto outcome =
            mapping ? io::prepareImport(*opened.value().plan, table.value(), mapping.value())
                    : Result<io::ImportOutcome>(mapping.error());
        if (!outcome) {
            ++problems;
            out << "problem: " << outcome.error().message << "\n";
        } else {
            out << importReport(table.value(), outcome.value());
            problems += static_cast<int>(outcome.value().unmatched.size());
        }
    }
    out << QDir::toNativeSeparators(path) << ": " << problems
        << (problems == 1 ? " problem" : " problems") << Qt::endl;
    return problems > 0 ? 1 : 0;
}

} // namespace

QString validateUsage() {
    return QStringLiteral("usage: agglomap validate henan|ningxia|FOLDER|FILE.gpkg [--maps DIR]\n"
                          "       agglomap validate DATAFILE [--plan PLAN]\n") +
           dataImportUsage();
}

int runValidateCommand(const QStringList& arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList rest = arguments;
    const QString target = !rest.isEmpty() && !rest.front().startsWith(QLatin1Char('-'))
                               ? rest.takeFirst()
                               : QString();
    QString planArgument;
    QString maps;
    DataImportOptions options;
    OptionReader reader(validateUsage());
    reader.option({QStringLiteral("--plan")}, OptionReader::text(planArgument));
    reader.option({QStringLiteral("--maps")}, OptionReader::text(maps));
    addDataImportOptions(reader, options);
    if (const Status status = reader.read(rest); !status) {
        err << status.error().message << Qt::endl;
        return 2;
    }
    if (target.isEmpty()) {
        err << validateUsage();
        return 2;
    }
    const auto mapsDirectory = io::resolveMapsDirectory(maps);
    if (!mapsDirectory) {
        err << mapsDirectory.error().message << Qt::endl;
        return 2;
    }
    if (isPlanArgument(target)) {
        return validatePlan(out, target, mapsDirectory.value());
    }
    if (!QFileInfo(target).isFile()) {
        out << "problem: " << QDir::toNativeSeparators(target)
            << ": neither a bundled plan, a plan file or folder, nor an existing data file."
            << Qt::endl;
        return 1;
    }
    return validateData(out, target, planArgument, mapsDirectory.value(), options);
}

} // namespace agglomap::app
