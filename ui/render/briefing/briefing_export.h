#pragma once

#include "render/briefing/map_briefing.h"
#include "render/briefing/page_format.h"
#include "util/result.h"
#include "util/status.h"

#include <QImage>
#include <QString>

#include <optional>

namespace agglomap::render {

enum class BriefingFileType { Png, Svg, Pdf };

// The file type a path's suffix asks for (.png, .svg, .pdf), if any.
[[nodiscard]] std::optional<BriefingFileType> briefingFileType(const QString& path);

struct BriefingPage {
    PageFormat format = PageFormat::A4Landscape;
    int dpi = 300; // PNG resolution (pixels per inch, also written into the file); PDF/SVG are
                   // vector and ignore it
};

// The composition as an image of the page at a resolution, with that resolution in its metadata:
// for PNG files and the clipboard.
[[nodiscard]] QImage renderBriefingImage(const MapBriefing& briefing, const BriefingPage& page);

// Writes PNG, SVG or single-page PDF by the path's suffix. Written to a temporary file and
// renamed into place, so a failure leaves any earlier file as it was. The error names the file.
[[nodiscard]] Status exportBriefing(const MapBriefing& briefing, const BriefingPage& page,
                                    const QString& path);

// Resolutions a PNG may be exported at.
constexpr int kMinimumDpi = 36;
constexpr int kMaximumDpi = 1200;

} // namespace agglomap::render
