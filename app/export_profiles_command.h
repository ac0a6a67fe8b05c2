#pragma once

#include "render/atlas/atlas_writer.h"
#include "util/result.h"

#include <QStringList>

namespace agglomap::app {

// Parsed "agglomap export-profiles" options.
struct ExportProfilesOptions {
    QString plan = QStringLiteral("henan");
    QString mapsDirectory;
    int cityCode = 0;             // 0: every city
    std::vector<int> districtIds; // empty: all of the city or province
    render::AtlasLayout layout = render::AtlasLayout::SingleDocument;
    QString pattern;
    render::PageFormat page = render::PageFormat::A4Portrait;
    QString language = QStringLiteral("zh");
    QString title;
    QString output;
};

[[nodiscard]] QString exportProfilesUsage();
[[nodiscard]] Result<ExportProfilesOptions>
parseExportProfilesOptions(const QStringList& arguments);

// "agglomap export-profiles ...": district profiles as one atlas PDF, one PDF per district or
// one per city. Returns the exit code.
[[nodiscard]] int runExportProfilesCommand(const QStringList& arguments);

} // namespace agglomap::app
