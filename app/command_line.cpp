#include "command_line.h"

#include "option_reader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agglomap::app {

namespace {

// The largest image side render draws: 20,000 pixels is 3.3 m at 150 dpi.
constexpr int kMaxImageSide = 20000;

} // namespace

QString renderUsage() {
    return QStringLiteral(
        "usage: agglomap render --plan henan|ningxia [--city CODE] [--level city|county]\n"
        "                       [--size WIDTHxHEIGHT] [--dpi N] [--lang zh|en] [--maps DIR] -o "
        "FILE.png\n");
}

Result<RenderOptions> parseRenderOptions(const QStringList& arguments) {
    RenderOptions options;
    OptionReader reader(renderUsage());
    reader.option({QStringLiteral("--plan")}, OptionReader::text(options.plan));
    reader.option({QStringLiteral("--city")}, OptionReader::cityCode(options.cityCode));
    reader.option({QStringLiteral("--level")},
                  OptionReader::oneOf(QStringLiteral("--level"),
                                      {QStringLiteral("city"), QStringLiteral("county")},
                                      options.level));
    reader.option({QStringLiteral("--size")}, [&](const QString& value) -> Status {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = pattern.match(value);
        if (!match.hasMatch()) {
            //: %1 is what was typed
            return Error{QCoreApplication::translate(
                             "agglomap::app::CommandLine",
                             "--size expects WIDTHxHEIGHT in pixels, e.g. 1600x1200, not \"%1\".")
                             .arg(value)};
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        if (options.size.width() > kMaxImageSide || options.size.height() > kMaxImageSide) {
            return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                     "--size is limited to %1 pixels a side.")
                             .arg(kMaxImageSide)};
        }
        return {};
    });
    reader.option({QStringLiteral("--dpi")}, [&](const QString& value) -> Status {
        const auto dpi = OptionReader::integer(QStringLiteral("--dpi"), value, 36, 1200);
        if (!dpi) {
            return dpi.error();
        }
        options.dpi = dpi.value();
        return {};
    });
    reader.option({QStringLiteral("--lang")}, OptionReader::language(options.language));
    reader.option({QStringLiteral("-o"), QStringLiteral("--output")},
                  OptionReader::text(options.output));
    reader.option({QStringLiteral("--maps")}, OptionReader::text(options.mapsDirectory));
    if (const Status status = reader.read(arguments); !status) {
        return status.error();
    }
    if (options.output.isEmpty()) {
        //: %1 is the command's usage
        return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                 "Name the output image with -o FILE.png.\n%1")
                         .arg(renderUsage())};
    }
    return options;
}

} // namespace agglomap::app
