#include "widgets/preferences/app_preferences.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace agglomap::widgets {

namespace {

const QString kInterfaceLanguageKey = QStringLiteral("preferences/interfaceLanguage");
// Shared with the window's toolbar box, which kept it before there were preferences.
const QString kLabelLanguageKey = QStringLiteral("map/language");
const QString kAreaUnitKey = QStringLiteral("preferences/areaUnit");
const QString kExportDpiKey = QStringLiteral("preferences/exportDpi");
const QString kExportPageSizeKey = QStringLiteral("preferences/exportPageSize");
// Read by ProjectActions before there were preferences; kept so earlier choices survive.
const QString kAutosaveKey = QStringLiteral("files/autosaveMinutes");

const std::array<std::pair<InterfaceLanguage, QLatin1String>, 3> kInterfaceLanguageKeys{{
    {InterfaceLanguage::System, QLatin1String("system")},
    {InterfaceLanguage::Chinese, QLatin1String("zh_CN")},
    {InterfaceLanguage::English, QLatin1String("en")},
}};

const std::array<std::pair<AreaUnit, QLatin1String>, 3> kAreaUnitKeys{{
    {AreaUnit::SquareKilometres, QLatin1String("km2")},
    {AreaUnit::Hectares, QLatin1String("ha")},
    {AreaUnit::Mu, QLatin1String("mu")},
}};

template <typename Enum, std::size_t N>
Enum enumFromKey(const std::array<std::pair<Enum, QLatin1String>, N>& keys, const QString& key,
                 Enum fallback) {
    for (const auto& [value, text] : keys) {
        if (key == text) {
            return value;
        }
    }
    return fallback;
}

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, QLatin1String>, N>& keys, Enum value) {
    for (const auto& [candidate, text] : keys) {
        if (candidate == value) {
            return text;
        }
    }
    return {};
}

std::optional<int> readInt(const QSettings& settings, const QString& key) {
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

const std::vector<QPageSize::PageSizeId>& exportPageSizes() {
    static const std::vector<QPageSize::PageSizeId> sizes{QPageSize::A4, QPageSize::A3};
    return sizes;
}

geo::LabelLanguage loadLabelLanguage(const QSettings& settings) {
    const auto stored = readInt(settings, kLabelLanguageKey);
    return stored == static_cast<int>(geo::LabelLanguage::English) ? geo::LabelLanguage::English
                                                                   : geo::LabelLanguage::Chinese;
}

void saveLabelLanguage(QSettings& settings, geo::LabelLanguage language) {
    settings.setValue(kLabelLanguageKey, static_cast<int>(language));
}

AppPreferences AppPreferences::load(const QSettings& settings) {
    AppPreferences preferences;
    preferences.interfaceLanguage =
        enumFromKey(kInterfaceLanguageKeys, settings.value(kInterfaceLanguageKey).toString(),
                    preferences.interfaceLanguage);
    preferences.labelLanguage = loadLabelLanguage(settings);
    preferences.areaUnit =
        enumFromKey(kAreaUnitKeys, settings.value(kAreaUnitKey).toString(), preferences.areaUnit);
    if (const auto dpi = readInt(settings, kExportDpiKey)) {
        preferences.exportDpi = std::clamp(*dpi, kMinimumExportDpi, kMaximumExportDpi);
    }
    const QString pageKey = settings.value(kExportPageSizeKey).toString();
    for (const QPageSize::PageSizeId size : exportPageSizes()) {
        if (QPageSize::key(size) == pageKey) {
            preferences.exportPageSize = size;
        }
    }
    // A negative interval means nothing: it must not quietly turn off the copies that protect
    // unsaved work, so it reads as the default.
    if (const auto minutes = readInt(settings, kAutosaveKey); minutes && *minutes >= 0) {
        preferences.autosaveMinutes = std::min(*minutes, kMaximumAutosaveMinutes);
    }
    return preferences;
}

void AppPreferences::save(QSettings& settings) const {
    settings.setValue(kInterfaceLanguageKey, keyOf(kInterfaceLanguageKeys, interfaceLanguage));
    saveLabelLanguage(settings, labelLanguage);
    settings.setValue(kAreaUnitKey, keyOf(kAreaUnitKeys, areaUnit));
    settings.setValue(kExportDpiKey, exportDpi);
    settings.setValue(kExportPageSizeKey, QPageSize::key(exportPageSize));
    settings.setValue(kAutosaveKey, autosaveMinutes);
}

} // namespace agglomap::widgets
