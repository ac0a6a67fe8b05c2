#include "data_import_options.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace agglomap::app {

void addDataImportOptions(OptionReader& reader, DataImportOptions& options) {
    reader.option({QStringLiteral("--layer")}, OptionReader::text(options.table.layer));
    reader.option({QStringLiteral("--encoding")}, [&options](const QString& value) -> Status {
        const auto encoding = io::encodingFromName(value);
        if (!encoding) {
            return OptionReader::notOneOf(
                QStringLiteral("--encoding"),
                {QStringLiteral("utf-8"), QStringLiteral("gbk"), QStringLiteral("gb18030")}, value);
        }
        options.table.encoding = encoding;
        return {};
    });
    reader.option({QStringLiteral("--join")}, [&options](const QString& value) -> Status {
        options.join = io::joinKeyFromKey(value);
        if (!options.join) {
            return OptionReader::notOneOf(
                QStringLiteral("--join"),
                {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name")}, value);
        }
        return {};
    });
    reader.option({QStringLiteral("--key")}, OptionReader::text(options.keyColumn));
    reader.option({QStringLiteral("--map")}, [&options](const QString& value) -> Status {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == value.size() - 1) {
            return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                     "--map expects TARGET=COLUMN, such as "
                                                     "water_current=供水, not \"%1\".")
                             .arg(value)};
        }
        options.columns[value.left(equals).trimmed()] = value.mid(equals + 1).trimmed();
        return {};
    });
    reader.option({QStringLiteral("--datum")}, [&options](const QString& value) -> Status {
        options.datum = geo::datumFromKey(value);
        if (!options.datum) {
            return OptionReader::notOneOf(
                QStringLiteral("--datum"),
                {QStringLiteral("wgs84"), QStringLiteral("gcj02"), QStringLiteral("bd09")}, value);
        }
        return {};
    });
    reader.flag(QStringLiteral("--use-geometry"), [&options] { options.usePoints = true; });
    reader.flag(QStringLiteral("--add-unmatched"), [&options] { options.addUnmatched = true; });
}

QString dataImportUsage() {
    return QStringLiteral(
        "  [--layer NAME] [--encoding utf-8|gbk] [--join id|code|name] [--key COLUMN]\n"
        "  [--map TARGET=COLUMN]... [--datum wgs84|gcj02|bd09] [--use-geometry] "
        "[--add-unmatched]\n");
}

Result<io::ImportMapping> importMapping(const io::DataTable& table, const model::Plan& plan,
                                        const DataImportOptions& options) {
    io::ImportMapping mapping = io::suggestMapping(table, plan.sectors());
    if (options.join) {
        mapping.join = *options.join;
    }
    if (!options.keyColumn.isEmpty()) {
        mapping.keyColumn = options.keyColumn;
    }
    const auto columnError = [&table](const QString& column) {
        return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                 "%1: has no column \"%2\"; its columns are %3.")
                         .arg(QDir::toNativeSeparators(table.path), column,
                              table.columns.join(QStringLiteral(", ")))};
    };
    if (mapping.keyColumn.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "agglomap::app::CommandLine",
                         "%1: no column looks like a district id, county code or name; "
                         "name it with --key and --join.")
                         .arg(QDir::toNativeSeparators(table.path))};
    }
    if (table.columnIndex(mapping.keyColumn) < 0) {
        return columnError(mapping.keyColumn);
    }
    QStringList targets;
    for (const io::ImportTarget& target : io::importTargets(plan.sectors())) {
        targets << target.key;
    }
    for (const auto& [target, column] : options.columns) {
        if (!targets.contains(target)) {
            return Error{
                QCoreApplication::translate("agglomap::app::CommandLine",
                                            "--map: \"%1\" is not a district value; use one of %2.")
                    .arg(target, targets.mid(0, 17).join(QStringLiteral(", ")) +
                                     QStringLiteral(", <item>_current, output:<sector>…"))};
        }
        if (table.columnIndex(column) < 0) {
            return columnError(column);
        }
        mapping.columns[target] = column;
    }
    if (options.datum) {
        mapping.datum = *options.datum;
    }
    mapping.usePoints = options.usePoints;
    mapping.addUnmatched = options.addUnmatched;
    return mapping;
}

QString importReport(const io::DataTable& table, const io::ImportOutcome& outcome,
                     std::size_t rowsListed) {
    QString text = QStringLiteral("%1: %2 of %3 rows matched (%4 districts changed, %5 added)")
                       .arg(QFileInfo(table.path).fileName())
                       .arg(outcome.matchedRows)
                       .arg(table.rowCount())
                       .arg(outcome.updated.size())
                       .arg(outcome.added.size());
    QString warnings;
    for (const QString& warning : outcome.warnings) {
        warnings += QStringLiteral("warning: %1\n").arg(warning.left(500));
    }
    if (outcome.unmatched.empty()) {
        return text + QStringLiteral(".\n") + warnings;
    }
    text = warnings + text;
    text += QStringLiteral("; %1 rows matched no district:\n").arg(outcome.unmatched.size());
    // The first rows say what is wrong; a million more lines would bury it.
    for (std::size_t i = 0; i < outcome.unmatched.size() && i < rowsListed; ++i) {
        const auto& row = outcome.unmatched[i];
        text += QStringLiteral("  %1 \"%2\": %3\n")
                    .arg(table.rowName(row.row), row.key.left(200), row.reason.left(500));
    }
    if (outcome.unmatched.size() > rowsListed) {
        text += QStringLiteral("  ... and %1 more rows (agglomap validate lists them all).\n")
                    .arg(outcome.unmatched.size() - rowsListed);
    }
    return text;
}

} // namespace agglomap::app
