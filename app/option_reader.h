#pragma once

#include "util/status.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace agglomap::app {

// Walks "--option value" pairs (and value-less flags) of a headless command, handing each value
// to its option's handler; the first error (unknown option, missing or bad value) stops it.
class OptionReader {
public:
    using Handler = std::function<Status(const QString& value)>;

    explicit OptionReader(QString usage)
        : m_usage(std::move(usage)) {}
    void option(const QStringList& names, Handler handler) {
        for (const QString& name : names) {
            m_options[name] = handler;
        }
    }
    void flag(const QString& name, std::function<void()> handler) { m_flags[name] = handler; }
    [[nodiscard]] Status read(const QStringList& arguments) const;

    // Checks for the usual kinds of value, with messages that say what was expected.
    [[nodiscard]] static Result<int> integer(const QString& option, const QString& value, int low,
                                             int high);
    // "--page is one of a4-landscape, a4-portrait, not \"x\"."
    [[nodiscard]] static Error notOneOf(const QString& option, const QStringList& choices,
                                        const QString& value);

    template <typename Value, typename KeyOf>
    [[nodiscard]] static QStringList keysOf(const std::vector<Value>& values, KeyOf keyOf) {
        QStringList keys;
        for (const Value& value : values) {
            keys << keyOf(value);
        }
        return keys;
    }

    // Handlers for the options every export command shares.
    [[nodiscard]] static Handler text(QString& into);
    [[nodiscard]] static Handler cityCode(int& into);
    [[nodiscard]] static Handler language(QString& into); // zh or en
    [[nodiscard]] static Handler oneOf(QString option, QStringList choices, QString& into);

private:
    QString m_usage;
    std::map<QString, Handler> m_options;
    std::map<QString, std::function<void()>> m_flags;
};

} // namespace agglomap::app
