#pragma once

#include "model/district.h"
#include "model/ids.h"
#include "render/briefing/page_format.h"
#include "render/profile/district_profile.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace agglomap::render {

enum class AtlasLayout {
    SingleDocument,  // one PDF: contents, every profile, page numbers, bookmarks
    FilePerDistrict, // one PDF per district, named by the pattern
    FilePerCity,     // one PDF per city, each like a single document of its districts
};

[[nodiscard]] QString atlasLayoutKey(AtlasLayout layout); // "atlas", "per-district", "per-city"
[[nodiscard]] std::optional<AtlasLayout> atlasLayoutFromKey(const QString& key);

struct AtlasRequest {
    std::vector<model::DistrictId> districts; // grouped by city in the output, in this order
    AtlasLayout layout = AtlasLayout::SingleDocument;
    // The PDF for a single document; the folder for the other layouts.
    QString output;
    // File names for FilePerDistrict and FilePerCity: {id} {name_zh} {name_en} {county}
    // {city} {city_zh} {city_en}. Characters no file system takes become "_".
    QString pattern;
    PageFormat page = PageFormat::A4Portrait;
    QString title; // of the contents page and the PDF's metadata
    QDate date;
};

[[nodiscard]] QString defaultAtlasPattern(AtlasLayout layout);
// A file name from a pattern for one district (or, with district null, one city).
[[nodiscard]] QString atlasFileName(const QString& pattern, const model::Plan& plan,
                                    const model::District* district, geo::RegionCode city);

struct AtlasProgress {
    int done = 0;  // profiles written
    int total = 0; // profiles to write
    QString current;
};
// Called before each profile and at the end; returning false cancels the export.
using AtlasProgressCallback = std::function<bool(const AtlasProgress&)>;

struct AtlasReport {
    QStringList files;
    int profiles = 0;
    int pages = 0;
    bool cancelled = false;
};

// Writes district profiles as PDFs. Every file is written aside and renamed into place, so a
// failure or a cancel never leaves half a file; files finished before a cancel stay. Errors
// name the file. May run on a worker thread: it reads only `sources`, which the caller must
// not change meanwhile.
[[nodiscard]] Result<AtlasReport> writeAtlas(const ProfileSources& sources,
                                             const AtlasRequest& request,
                                             const AtlasProgressCallback& progress = {});

} // namespace agglomap::render
