#include "option_reader.h"

#include <QCoreApplication>

namespace agglomap::app {

Status OptionReader::read(const QStringList& arguments) const {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& name = arguments[i];
        if (const auto flag = m_flags.find(name); flag != m_flags.end()) {
            flag->second();
            continue;
        }
        const auto option = m_options.find(name);
        if (option == m_options.end()) {
            //: %1 is what was typed, %2 the command's usage
            return Error{
                QCoreApplication::translate("agglomap::app::CommandLine", "Unknown option %1.\n%2")
                    .arg(name, m_usage)};
        }
        if (i + 1 >= arguments.size()) {
            //: %1 is an option, %2 the command's usage
            return Error{
                QCoreApplication::translate("agglomap::app::CommandLine", "%1 needs a value.\n%2")
                    .arg(name, m_usage)};
        }
        if (Status status = option->second(arguments[++i]); !status) {
            return status;
        }
    }
    return {};
}

Result<int> OptionReader::integer(const QString& option, const QString& value, int low, int high) {
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < low || number > high) {
        //: %1 is an option, %2 and %3 its range, %4 what was typed
        return Error{QCoreApplication::translate("agglomap::app::CommandLine",
                                                 "%1 expects a whole number from %2 to %3, not "
                                                 "\"%4\".")
                         .arg(option)
                         .arg(low)
                         .arg(high)
                         .arg(value)};
    }
    return number;
}

Error OptionReader::notOneOf(const QString& option, const QStringList& choices,
                             const QString& value) {
    //: %1 is an option, %2 its choices, %3 what was typed
    return Error{
        QCoreApplication::translate("agglomap::app::CommandLine", "%1 is one of %2, not \"%3\".")
            .arg(option, choices.join(QStringLiteral(", ")), value)};
}

OptionReader::Handler OptionReader::text(QString& into) {
    return [&into](const QString& value) -> Status {
        into = value;
        return {};
    };
}

OptionReader::Handler OptionReader::cityCode(int& into) {
    return [&into](const QString& value) -> Status {
        const auto code = integer(QStringLiteral("--city"), value, 100000, 999999);
        if (!code) {
            return code.error();
        }
        into = code.value();
        return {};
    };
}

OptionReader::Handler OptionReader::language(QString& into) {
    return [&into](const QString& value) -> Status {
        if (value != QLatin1String("zh") && value != QLatin1String("en")) {
            return notOneOf(QStringLiteral("--lang"), {QStringLiteral("zh"), QStringLiteral("en")},
                            value);
        }
        into = value;
        return {};
    };
}

OptionReader::Handler OptionReader::oneOf(QString option, QStringList choices, QString& into) {
    return [option = std::move(option), choices = std::move(choices),
            &into](const QString& value) -> Status {
        if (!choices.contains(value)) {
            return notOneOf(option, choices, value);
        }
        into = value;
        return {};
    };
}

} // namespace agglomap::app
