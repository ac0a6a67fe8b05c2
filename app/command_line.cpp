#include "command_line.h"

#include <QRegularExpression>

namespace agglomap::app {

QString renderUsage() {
    return QStringLiteral(
        "usage: agglomap render --plan henan|ningxia [--city CODE] [--level city|county]\n"
        "                       [--size WIDTHxHEIGHT] [--dpi N] [--lang zh|en] [--maps DIR] -o "
        "FILE.png\n");
}

Result<RenderOptions> parseRenderOptions(const QStringList& arguments) {
    RenderOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& option = arguments[i];
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                return std::nullopt;
            }
            return arguments[++i];
        };
        const auto given = value();
        if (!given) {
            return Error{QStringLiteral("%1 needs a value.\n%2").arg(option, renderUsage())};
        }
        if (option == QLatin1String("--plan")) {
            options.plan = *given;
        } else if (option == QLatin1String("--city")) {
            bool ok = false;
            options.cityCode = given->toInt(&ok);
            if (!ok || options.cityCode <= 0) {
                return Error{
                    QStringLiteral("--city expects a 6-digit city code such as 410300, not \"%1\".")
                        .arg(*given)};
            }
        } else if (option == QLatin1String("--level")) {
            if (*given != QLatin1String("city") && *given != QLatin1String("county")) {
                return Error{QStringLiteral("--level is city or county, not \"%1\".").arg(*given)};
            }
            options.level = *given;
        } else if (option == QLatin1String("--size")) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto match = pattern.match(*given);
            if (!match.hasMatch()) {
                return Error{
                    QStringLiteral(
                        "--size expects WIDTHxHEIGHT in pixels, e.g. 1600x1200, not \"%1\".")
                        .arg(*given)};
            }
            options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
            if (options.size.width() > 20000 || options.size.height() > 20000) {
                return Error{QStringLiteral("--size is limited to 20000 pixels a side.")};
            }
        } else if (option == QLatin1String("--dpi")) {
            bool ok = false;
            options.dpi = given->toInt(&ok);
            if (!ok || options.dpi < 36 || options.dpi > 1200) {
                return Error{QStringLiteral("--dpi expects a number from 36 to 1200, not \"%1\".")
                                 .arg(*given)};
            }
        } else if (option == QLatin1String("--lang")) {
            if (*given != QLatin1String("zh") && *given != QLatin1String("en")) {
                return Error{QStringLiteral("--lang is zh or en, not \"%1\".").arg(*given)};
            }
            options.language = *given;
        } else if (option == QLatin1String("-o") || option == QLatin1String("--output")) {
            options.output = *given;
        } else if (option == QLatin1String("--maps")) {
            options.mapsDirectory = *given;
        } else {
            return Error{QStringLiteral("Unknown option %1.\n%2").arg(option, renderUsage())};
        }
    }
    if (options.output.isEmpty()) {
        return Error{
            QStringLiteral("Name the output image with -o FILE.png.\n%1").arg(renderUsage())};
    }
    return options;
}

} // namespace agglomap::app
