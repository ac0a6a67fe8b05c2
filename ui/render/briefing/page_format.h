#pragma once

#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

namespace agglomap::render {

// The paper and slide sizes a briefing is composed for.
enum class PageFormat { A4Landscape, A4Portrait, A3Landscape, A3Portrait, Slide16x9 };

[[nodiscard]] const std::vector<PageFormat>& allPageFormats();
// Width and height in millimetres, orientation applied.
[[nodiscard]] QSizeF pageSizeMm(PageFormat format);
// Stable keys for settings and the command line: "a4-landscape", "slide-16x9", ...
[[nodiscard]] QString pageFormatKey(PageFormat format);
[[nodiscard]] std::optional<PageFormat> pageFormatFromKey(const QString& key);
[[nodiscard]] QString pageFormatName(PageFormat format); // translated, for menus

// Millimetres to device pixels at a resolution (dots per inch).
[[nodiscard]] inline double mmToPixels(double mm, double dpi) {
    return mm / 25.4 * dpi;
}

} // namespace agglomap::render
