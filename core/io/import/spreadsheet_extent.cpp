#include "io/import/spreadsheet_extent.h"

#include <QRegularExpression>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>

namespace agglomap::io::detail {

namespace {

std::optional<qint64> unpackedSize(const QByteArray& member) {
    VSIStatBufL stat;
    if (VSIStatL(member.constData(), &stat) != 0) {
        return std::nullopt;
    }
    return static_cast<qint64>(stat.st_size);
}

// The rows of <dimension ref="A1:K120"/>, which Excel and LibreOffice write near the top.
std::optional<qint64> declaredRows(const QByteArray& member) {
    VSILFILE* file = VSIFOpenL(member.constData(), "rb");
    if (!file) {
        return std::nullopt;
    }
    QByteArray head(8192, '\0');
    head.truncate(static_cast<qsizetype>(VSIFReadL(head.data(), 1, head.size(), file)));
    VSIFCloseL(file);
    static const QRegularExpression dimension(
        QStringLiteral(R"(<(?:\w+:)?dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?")"));
    const auto match = dimension.match(QString::fromLatin1(head));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).isEmpty() ? 1 : match.captured(1).toLongLong();
}

} // namespace

std::optional<SpreadsheetExtent> spreadsheetExtent(const QString& path, DataFormat format) {
    if (format != DataFormat::Xlsx && format != DataFormat::Ods) {
        return std::nullopt;
    }
    const QByteArray zip = "/vsizip/" + path.toUtf8();
    SpreadsheetExtent extent;
    if (format == DataFormat::Ods) {
        const auto size = unpackedSize(zip + "/content.xml");
        if (!size) {
            return std::nullopt;
        }
        extent.unpackedBytes = *size;
        return extent;
    }
    const QByteArray folder = zip + "/xl/worksheets";
    char** names = VSIReadDir(folder.constData());
    if (!names) {
        return std::nullopt;
    }
    for (char** name = names; *name; ++name) {
        const QByteArray member = folder + '/' + *name;
        if (!member.endsWith(".xml")) {
            continue;
        }
        extent.unpackedBytes += unpackedSize(member).value_or(0);
        if (const auto rows = declaredRows(member)) {
            extent.rows = std::max(extent.rows.value_or(0), *rows);
        }
    }
    CSLDestroy(names);
    return extent;
}

} // namespace agglomap::io::detail
