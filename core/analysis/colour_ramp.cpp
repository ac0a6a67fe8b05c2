#include "analysis/colour_ramp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace agglomap::analysis {

namespace {

Rgb mix(const Rgb& a, const Rgb& b, double t) {
    auto channel = [t](int x, int y) {
        return static_cast<int>(std::lround(x + (y - x) * t));
    };
    return {channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b)};
}

std::optional<RampType> typeFromKey(const QString& key) {
    if (key == QLatin1String("sequential")) {
        return RampType::Sequential;
    }
    if (key == QLatin1String("diverging")) {
        return RampType::Diverging;
    }
    if (key == QLatin1String("qualitative")) {
        return RampType::Qualitative;
    }
    return std::nullopt;
}

} // namespace

QString Rgb::hex() const {
    return QStringLiteral("#%1%2%3")
        .arg(r, 2, 16, QLatin1Char('0'))
        .arg(g, 2, 16, QLatin1Char('0'))
        .arg(b, 2, 16, QLatin1Char('0'));
}

std::optional<Rgb> Rgb::fromHex(const QString& text) {
    if (text.size() != 7 || !text.startsWith(QLatin1Char('#'))) {
        return std::nullopt;
    }
    bool ok = false;
    const uint value = text.mid(1).toUInt(&ok, 16);
    if (!ok) {
        return std::nullopt;
    }
    return Rgb{static_cast<int>((value >> 16) & 0xff), static_cast<int>((value >> 8) & 0xff),
               static_cast<int>(value & 0xff)};
}

ColourRamp::ColourRamp(QString id, RampType type, std::map<int, std::vector<Rgb>> bySize)
    : m_id(std::move(id))
    , m_type(type)
    , m_bySize(std::move(bySize)) {
    if (m_bySize.empty()) {
        throw std::invalid_argument("a colour ramp needs at least one scheme");
    }
}

std::vector<Rgb> ColourRamp::colours(int n, RampDirection direction) const {
    std::vector<Rgb> result;
    n = std::max(n, 1);
    if (const auto exact = m_bySize.find(n); exact != m_bySize.end()) {
        result = exact->second;
    } else if (n < m_bySize.begin()->first) {
        const std::vector<Rgb>& smallest = m_bySize.begin()->second;
        result = n == 1 ? std::vector<Rgb>{smallest[smallest.size() / 2]}
                        : std::vector<Rgb>{smallest.front(), smallest.back()};
    } else {
        const std::vector<Rgb>& largest = m_bySize.rbegin()->second;
        for (int i = 0; i < n; ++i) {
            if (m_type == RampType::Qualitative) {
                result.push_back(largest[static_cast<std::size_t>(i) % largest.size()]);
                continue;
            }
            const double position =
                static_cast<double>(i) * static_cast<double>(largest.size() - 1) / (n - 1);
            const auto below = static_cast<std::size_t>(std::floor(position));
            const std::size_t above = std::min(below + 1, largest.size() - 1);
            result.push_back(
                mix(largest[below], largest[above], position - static_cast<double>(below)));
        }
    }
    if (direction == RampDirection::Inverted) {
        std::reverse(result.begin(), result.end());
    }
    return result;
}

Result<ColourRampCatalogue> ColourRampCatalogue::fromJson(const QByteArray& json,
                                                          const QString& origin) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return Error{QStringLiteral("%1: not valid JSON (%2 at byte %3).")
                         .arg(origin, parseError.errorString())
                         .arg(parseError.offset)};
    }
    ColourRampCatalogue catalogue;
    catalogue.m_attribution = document.object().value(QLatin1String("source")).toString();
    const QJsonArray ramps = document.object().value(QLatin1String("ramps")).toArray();
    for (qsizetype index = 0; index < ramps.size(); ++index) {
        const QJsonObject ramp = ramps[index].toObject();
        const QString id = ramp.value(QLatin1String("id")).toString();
        const auto type = typeFromKey(ramp.value(QLatin1String("type")).toString());
        if (id.isEmpty() || !type) {
            return Error{
                QStringLiteral("%1, ramp %2: needs an id and a type (sequential, diverging or "
                               "qualitative).")
                    .arg(origin)
                    .arg(index + 1)};
        }
        std::map<int, std::vector<Rgb>> bySize;
        const QJsonObject sizes = ramp.value(QLatin1String("sizes")).toObject();
        for (auto it = sizes.begin(); it != sizes.end(); ++it) {
            std::vector<Rgb> colours;
            for (const QJsonValue& value : it.value().toArray()) {
                const auto colour = Rgb::fromHex(value.toString());
                if (!colour) {
                    return Error{
                        QStringLiteral("%1, ramp %2, size %3: \"%4\" is not a #rrggbb colour.")
                            .arg(origin, id, it.key(), value.toString())};
                }
                colours.push_back(*colour);
            }
            if (static_cast<int>(colours.size()) != it.key().toInt()) {
                return Error{QStringLiteral("%1, ramp %2, size %3: holds %4 colours.")
                                 .arg(origin, id, it.key())
                                 .arg(colours.size())};
            }
            bySize.emplace(it.key().toInt(), std::move(colours));
        }
        if (bySize.empty()) {
            return Error{QStringLiteral("%1, ramp %2: has no colours.").arg(origin, id)};
        }
        catalogue.m_ramps.emplace_back(id, *type, std::move(bySize));
    }
    return catalogue;
}

const ColourRampCatalogue& ColourRampCatalogue::builtIn() {
    // Immutable data embedded in the binary, parsed once; not a registry anyone can change.
    static const ColourRampCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/agglomap/colour_ramps/colorbrewer.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("the embedded ColorBrewer table is missing");
        }
        auto parsed = fromJson(file.readAll(), file.fileName());
        if (!parsed) {
            throw std::runtime_error(parsed.error().message.toStdString());
        }
        return std::move(parsed).value();
    }();
    return catalogue;
}

const ColourRamp* ColourRampCatalogue::find(const QString& id) const {
    const auto it = std::find_if(m_ramps.begin(), m_ramps.end(),
                                 [&](const ColourRamp& r) { return r.id() == id; });
    return it == m_ramps.end() ? nullptr : &*it;
}

std::vector<const ColourRamp*> ColourRampCatalogue::ofType(RampType type) const {
    std::vector<const ColourRamp*> result;
    for (const ColourRamp& ramp : m_ramps) {
        if (ramp.type() == type) {
            result.push_back(&ramp);
        }
    }
    return result;
}

} // namespace agglomap::analysis
