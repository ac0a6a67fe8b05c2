#pragma once

#include "geo/region.h"
#include "util/result.h"
#include "util/status.h"
#include "widgets/main_window.h"

#include <QString>

#include <memory>

namespace agglomap::docshots {

// The languages the user guide is written in; the interface and the map labels follow it.
enum class GuideLanguage { English, Chinese };

[[nodiscard]] QString languageCode(GuideLanguage language); // "en", "zh_CN"
[[nodiscard]] geo::LabelLanguage labelLanguage(GuideLanguage language);

struct ShotContext {
    QString mapsDirectory;
    GuideLanguage language = GuideLanguage::English;
    // A scratch folder for files a shot needs (the data file it imports).
    QString scratchDirectory;

    // The planner's text in the guide's language.
    [[nodiscard]] QString text(const char* english, const char* chinese) const {
        return QString::fromUtf8(language == GuideLanguage::Chinese ? chinese : english);
    }
};

// A main window as a planner first sees it, on the bundled Henan plan at the guide's size, with
// no remembered settings, shown and drawn, and with the map labels in the guide's language.
[[nodiscard]] Result<std::unique_ptr<widgets::MainWindow>> openWindow(const ShotContext& context);

// Fills the counties instead of the cities in the province view, as the toolbar's units box
// does.
[[nodiscard]] Status chooseCountyUnits(widgets::MainWindow& window);

} // namespace agglomap::docshots
