#include "render/briefing/page_format.h"

#include <QCoreApplication>

namespace agglomap::render {

const std::vector<PageFormat>& allPageFormats() {
    static const std::vector<PageFormat> formats{PageFormat::A4Landscape, PageFormat::A4Portrait,
                                                 PageFormat::A3Landscape, PageFormat::A3Portrait,
                                                 PageFormat::Slide16x9};
    return formats;
}

QSizeF pageSizeMm(PageFormat format) {
    switch (format) {
    case PageFormat::A4Landscape:
        return {297.0, 210.0};
    case PageFormat::A4Portrait:
        return {210.0, 297.0};
    case PageFormat::A3Landscape:
        return {420.0, 297.0};
    case PageFormat::A3Portrait:
        return {297.0, 420.0};
    case PageFormat::Slide16x9:
        // PowerPoint's and Impress's widescreen slide: 13.333 x 7.5 inches.
        return {338.667, 190.5};
    }
    return {297.0, 210.0};
}

QString pageFormatKey(PageFormat format) {
    switch (format) {
    case PageFormat::A4Landscape:
        return QStringLiteral("a4-landscape");
    case PageFormat::A4Portrait:
        return QStringLiteral("a4-portrait");
    case PageFormat::A3Landscape:
        return QStringLiteral("a3-landscape");
    case PageFormat::A3Portrait:
        return QStringLiteral("a3-portrait");
    case PageFormat::Slide16x9:
        return QStringLiteral("slide-16x9");
    }
    return {};
}

std::optional<PageFormat> pageFormatFromKey(const QString& key) {
    for (PageFormat format : allPageFormats()) {
        if (pageFormatKey(format) == key.trimmed().toLower()) {
            return format;
        }
    }
    return std::nullopt;
}

QString pageFormatName(PageFormat format) {
    switch (format) {
    case PageFormat::A4Landscape:
        return QCoreApplication::translate("PageFormat", "A4 landscape");
    case PageFormat::A4Portrait:
        return QCoreApplication::translate("PageFormat", "A4 portrait");
    case PageFormat::A3Landscape:
        return QCoreApplication::translate("PageFormat", "A3 landscape");
    case PageFormat::A3Portrait:
        return QCoreApplication::translate("PageFormat", "A3 portrait");
    case PageFormat::Slide16x9:
        return QCoreApplication::translate("PageFormat", "Slide 16:9");
    }
    return {};
}

} // namespace agglomap::render
