#include "option_reader.h"

namespace agglomap::app {

std::optional<Error> OptionReader::read(const QStringList& arguments) const {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& name = arguments[i];
        if (const auto flag = m_flags.find(name); flag != m_flags.end()) {
            flag->second();
            continue;
        }
        const auto option = m_options.find(name);
        if (option == m_options.end()) {
            return Error{QStringLiteral("Unknown option %1.\n%2").arg(name, m_usage)};
        }
        if (i + 1 >= arguments.size()) {
            return Error{QStringLiteral("%1 needs a value.\n%2").arg(name, m_usage)};
        }
        if (auto error = option->second(arguments[++i])) {
            return error;
        }
    }
    return std::nullopt;
}

Result<int> OptionReader::integer(const QString& option, const QString& value, int low, int high) {
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < low || number > high) {
        return Error{QStringLiteral("%1 expects a whole number from %2 to %3, not \"%4\".")
                         .arg(option)
                         .arg(low)
                         .arg(high)
                         .arg(value)};
    }
    return number;
}

Error OptionReader::notOneOf(const QString& option, const QStringList& choices,
                             const QString& value) {
    return Error{QStringLiteral("%1 is one of %2, not \"%3\".")
                     .arg(option, choices.join(QStringLiteral(", ")), value)};
}

OptionReader::Handler OptionReader::text(QString& into) {
    return [&into](const QString& value) -> std::optional<Error> {
        into = value;
        return std::nullopt;
    };
}

OptionReader::Handler OptionReader::cityCode(int& into) {
    return [&into](const QString& value) -> std::optional<Error> {
        const auto code = integer(QStringLiteral("--city"), value, 100000, 999999);
        if (!code) {
            return code.error();
        }
        into = code.value();
        return std::nullopt;
    };
}

OptionReader::Handler OptionReader::language(QString& into) {
    return [&into](const QString& value) -> std::optional<Error> {
        if (value != QLatin1String("zh") && value != QLatin1String("en")) {
            return notOneOf(QStringLiteral("--lang"), {QStringLiteral("zh"), QStringLiteral("en")},
                            value);
        }
        into = value;
        return std::nullopt;
    };
}

} // namespace agglomap::app
