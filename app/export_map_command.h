#pragma once

#include "render/briefing/page_format.h"
#include "render/map_overlays.h"
#include "util/result.h"

#include <QStringList>

namespace agglomap::app {

// Parsed "agglomap export-map" options.
struct ExportMapOptions {
    QString plan = QStringLiteral("henan");
    QString mapsDirectory;
    int cityCode = 0; // 0: the whole province
    geo::RegionLevel level = geo::RegionLevel::City;
    render::MapSymbology symbology;
    bool aggregationGiven = false; // else the indicator's own default
    render::PageFormat page = render::PageFormat::A4Landscape;
    int dpi = 300;
    QString title;
    QString language = QStringLiteral("zh");
    QStringList shownLayers;
    QStringList hiddenLayers;
    QString output;
};

[[nodiscard]] QString exportMapUsage();
[[nodiscard]] Result<ExportMapOptions> parseExportMapOptions(const QStringList& arguments);

// "agglomap export-map ...": a briefing map (PNG, SVG or PDF by the output's suffix) with its
// legend as JSON beside it. Returns the exit code.
[[nodiscard]] int runExportMapCommand(const QStringList& arguments);

} // namespace agglomap::app
