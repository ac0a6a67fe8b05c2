#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace agglomap {

// Stable words for enum values in data files and on the command line, from one table per enum.
template <typename Enum, std::size_t N>
using EnumKeys = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
[[nodiscard]] QString keyOf(const EnumKeys<Enum, N>& table, Enum value) {
    for (const auto& [candidate, key] : table) {
        if (candidate == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
[[nodiscard]] std::optional<Enum> valueOf(const EnumKeys<Enum, N>& table, const QString& key) {
    for (const auto& [candidate, candidateKey] : table) {
        if (key == QLatin1String(candidateKey)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace agglomap
