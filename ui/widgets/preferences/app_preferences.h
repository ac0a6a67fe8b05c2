#pragma once

#include "geo/region.h"
#include "widgets/preferences/area_units.h"

#include <QPageSize>

#include <vector>

class QSettings;

namespace agglomap::widgets {

// The language of menus and dialogs; System follows the locale (zh_* gives Chinese).
enum class InterfaceLanguage { System, Chinese, English };

// What Edit › Preferences sets, kept in QSettings. Changing the interface language takes
// effect at the next start; everything else applies at once.
struct AppPreferences {
    static constexpr int kMinimumExportDpi = 72;
    static constexpr int kMaximumExportDpi = 1200;
    static constexpr int kMaximumAutosaveMinutes = 120;

    InterfaceLanguage interfaceLanguage = InterfaceLanguage::System;
    // Map labels and the names in tables; the same setting as the toolbar's language box.
    geo::LabelLanguage labelLanguage = geo::LabelLanguage::Chinese;
    AreaUnit areaUnit = AreaUnit::SquareKilometres;
    // Where the export dialogs start: PNG resolution, and the paper (maps start in landscape,
    // district profiles upright).
    int exportDpi = 300;
    QPageSize::PageSizeId exportPageSize = QPageSize::A4;
    int autosaveMinutes = 2; // 0 turns autosave off

    // Values that are missing, unreadable or out of range read as the defaults (numbers are
    // clamped to their range), so a damaged settings file cannot break the window.
    [[nodiscard]] static AppPreferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    friend bool operator==(const AppPreferences&, const AppPreferences&) = default;
};

// The paper sizes the map and profile exporters lay out pages for.
[[nodiscard]] const std::vector<QPageSize::PageSizeId>& exportPageSizes();

// The label language alone, as the toolbar's language box reads and writes it.
[[nodiscard]] geo::LabelLanguage loadLabelLanguage(const QSettings& settings);
void saveLabelLanguage(QSettings& settings, geo::LabelLanguage language);

} // namespace agglomap::widgets
