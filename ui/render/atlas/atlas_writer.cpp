#include "render/atlas/atlas_writer.h"

#include "io/output_file.h"
#include "io/pdf_outline.h"
#include "model/plan.h"
#include "render/atlas/atlas_pages.h"
#include "render/district_symbols.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <map>

namespace agglomap::render {

namespace {

// Vector pages at three times the map painter's 96-dpi unit: fine enough for hairlines.
constexpr int kPdfDpi = 288;

Error writeError(const QString& path, const QString& reason) {
    return Error{QCoreApplication::translate("agglomap::render::Export", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

Result<std::vector<AtlasCity>> groupByCity(const model::Plan& plan,
                                           const std::vector<model::DistrictId>& ids) {
    std::vector<AtlasCity> cities;
    std::map<geo::RegionCode, std::size_t> index;
    for (const model::DistrictId id : ids) {
        const model::District* district = plan.district(id);
        if (!district) {
            return Error{QCoreApplication::translate("agglomap::render::Export",
                                                     "District %1 is not in the plan.")
                             .arg(id.value)};
        }
        const auto [it, added] = index.try_emplace(district->hostCity, cities.size());
        if (added) {
            cities.push_back({district->hostCity, {}});
        }
        cities[it->second].districts.push_back(district);
    }
    return cities;
}

// One PDF of the given cities' profiles; with contents and bookmarks unless it holds a single
// district.
class DocumentWriter {
public:
    DocumentWriter(const ProfileSources& sources, const AtlasRequest& request,
                   const AtlasProgressCallback& progress, AtlasProgress& state)
        : m_sources(sources)
        , m_request(request)
        , m_progress(progress)
        , m_state(state) {}

    // The number of pages written, 0 when cancelled.
    Result<int> write(const QString& path, const std::vector<AtlasCity>& cities,
                      const QString& title) {
        io::OutputFile file(path);
        if (const Status status = file.begin(); !status) {
            return status.error();
        }
        std::vector<io::PdfBookmark> bookmarks;
        int pages = 0;
        {
            QPdfWriter pdf(&file);
            pdf.setPageSize(QPageSize(pageSizeMm(m_request.page), QPageSize::Millimeter));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setResolution(kPdfDpi);
            pdf.setTitle(title);
            pdf.setCreator(QStringLiteral("Agglomap"));
            const AtlasPageFrame frame(pdf, m_request.date, m_sources);
            AtlasPlan plan = planDocument(pdf, frame, cities);
            QPainter painter;
            if (!painter.begin(&pdf)) {
                // The file is abandoned: OutputFile leaves the previous one in place.
                return writeError(
                    path, QCoreApplication::translate("agglomap::render::Export", "cannot draw"));
            }
            bool first = true;
            const auto nextPage = [&] {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
            };
            for (int page = 0; page < plan.contentsPages; ++page) {
                nextPage();
                paintContentsPage(painter, frame, plan, title, page);
                frame.paintFooter(painter, frame.text("目录", "Contents"), page + 1,
                                  plan.totalPages);
            }
            if (plan.contentsPages > 0) {
                bookmarks.push_back({frame.text("目录", "Contents"), 0, 0});
            }
            for (const AtlasEntry& entry : plan.entries) {
                if (entry.firstOfCity && plan.contentsPages > 0) {
                    bookmarks.push_back({entry.cityName, entry.firstPage, 0});
                }
                m_state.current = entry.title;
                if (m_progress && !m_progress(m_state)) {
                    painter.end();
                    return 0; // cancelled: the temporary is removed, nothing replaced
                }
                const DistrictProfile profile(m_sources, entry.district->id);
                for (int page = 0; page < entry.pages; ++page) {
                    nextPage();
                    profile.paintPage(painter, frame.contentRect(), page);
                    frame.paintFooter(painter, entry.title, entry.firstPage + page + 1,
                                      plan.totalPages);
                }
                bookmarks.push_back({entry.title, entry.firstPage, plan.contentsPages > 0 ? 1 : 0});
                ++m_state.done;
            }
            painter.end();
            pages = plan.totalPages;
        }
        if (const Status status = file.commit(); !status) {
            return status.error();
        }
        if (const Status status = io::addPdfOutline(file.target(), bookmarks); !status) {
            return status.error();
        }
        return pages;
    }

private:
    AtlasPlan planDocument(const QPdfWriter& pdf, const AtlasPageFrame& frame,
                           const std::vector<AtlasCity>& cities) const {
        std::vector<AtlasEntry> entries;
        for (const AtlasCity& city : cities) {
            bool firstOfCity = true;
            for (const model::District* district : city.districts) {
                const DistrictProfile profile(m_sources, district->id);
                AtlasEntry entry;
                entry.district = district;
                entry.title = profile.title();
                entry.cityName = cityName(city.code);
                entry.pages = std::max(1, profile.pageCount(pdf, frame.contentRect().size()));
                entry.firstOfCity = firstOfCity;
                firstOfCity = false;
                entries.push_back(std::move(entry));
            }
        }
        const bool withContents = entries.size() > 1;
        return layOutAtlas(pdf, frame, std::move(entries), withContents);
    }

    QString cityName(geo::RegionCode code) const {
        const geo::Region* city = m_sources.plan->regions().find(code);
        return city ? QStringLiteral("%1 %2").arg(city->nameZh, city->nameEn) : QString();
    }

    const ProfileSources& m_sources;
    const AtlasRequest& m_request;
    const AtlasProgressCallback& m_progress;
    AtlasProgress& m_state;
};

QString sanitised(QString name) {
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("_"));
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("_") : name;
}

} // namespace

QString atlasLayoutKey(AtlasLayout layout) {
    switch (layout) {
    case AtlasLayout::SingleDocument:
        return QStringLiteral("atlas");
    case AtlasLayout::FilePerDistrict:
        return QStringLiteral("per-district");
    case AtlasLayout::FilePerCity:
        return QStringLiteral("per-city");
    }
    return {};
}

std::optional<AtlasLayout> atlasLayoutFromKey(const QString& key) {
    for (const AtlasLayout layout :
         {AtlasLayout::SingleDocument, AtlasLayout::FilePerDistrict, AtlasLayout::FilePerCity}) {
        if (atlasLayoutKey(layout) == key) {
            return layout;
        }
    }
    return std::nullopt;
}

QString defaultAtlasPattern(AtlasLayout layout) {
    return layout == AtlasLayout::FilePerCity ? QStringLiteral("{city}_{city_en}.pdf")
                                              : QStringLiteral("{id}_{name_zh}.pdf");
}

QString atlasFileName(const QString& pattern, const model::Plan& plan,
                      const model::District* district, geo::RegionCode city) {
    const geo::Region* cityRegion = plan.regions().find(district ? district->hostCity : city);
    QString name = pattern;
    if (district) {
        name.replace(QStringLiteral("{id}"), QString::number(district->id.value));
        name.replace(QStringLiteral("{name_zh}"), district->nameZh);
        name.replace(QStringLiteral("{name_en}"), district->nameEn);
        name.replace(QStringLiteral("{county}"), QString::number(district->hostCounty));
    }
    if (cityRegion) {
        name.replace(QStringLiteral("{city}"), QString::number(cityRegion->code));
        name.replace(QStringLiteral("{city_zh}"), cityRegion->nameZh);
        name.replace(QStringLiteral("{city_en}"), cityRegion->nameEn);
    }
    name = sanitised(name);
    return name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
               ? name
               : name + QStringLiteral(".pdf");
}

Result<AtlasReport> writeAtlas(const ProfileSources& sources, const AtlasRequest& request,
                               const AtlasProgressCallback& progress) {
    const auto grouped = groupByCity(*sources.plan, request.districts);
    if (!grouped) {
        return grouped.error();
    }
    if (request.districts.empty()) {
        return Error{
            QCoreApplication::translate("agglomap::render::Export", "No districts to export.")};
    }
    // Every locator map shows the same district symbols: derive them once for the whole atlas.
    ProfileSources shared = sources;
    if (!shared.districts) {
        shared.districts = std::make_shared<const DistrictSymbolLayer>(
            DistrictSymbolLayer::fromPlan(*sources.plan, *sources.analysis, *sources.scene));
    }
    AtlasReport report;
    AtlasProgress state{0, static_cast<int>(request.districts.size()), {}};
    DocumentWriter writer(shared, request, progress, state);
    const QString pattern =
        request.pattern.isEmpty() ? defaultAtlasPattern(request.layout) : request.pattern;
    const QDir folder(request.output);
    if (request.layout != AtlasLayout::SingleDocument && !folder.exists() &&
        !QDir().mkpath(request.output)) {
        return writeError(request.output, QCoreApplication::translate("agglomap::render::Export",
                                                                      "cannot create the folder"));
    }

    // Each unit of work is one file: its path, its cities, its title.
    struct Job {
        QString path;
        std::vector<AtlasCity> cities;
        QString title;
    };
    std::vector<Job> jobs;
    switch (request.layout) {
    case AtlasLayout::SingleDocument:
        jobs.push_back({request.output, grouped.value(), request.title});
        break;
    case AtlasLayout::FilePerDistrict:
        for (const AtlasCity& city : grouped.value()) {
            for (const model::District* district : city.districts) {
                jobs.push_back(
                    {folder.filePath(atlasFileName(pattern, *sources.plan, district, city.code)),
                     {AtlasCity{city.code, {district}}},
                     district->nameZh + QLatin1Char(' ') + district->nameEn});
            }
        }
        break;
    case AtlasLayout::FilePerCity:
        for (const AtlasCity& city : grouped.value()) {
            const geo::Region* region = sources.plan->regions().find(city.code);
            jobs.push_back(
                {folder.filePath(atlasFileName(pattern, *sources.plan, nullptr, city.code)),
                 {city},
                 region ? QStringLiteral("%1 · %2").arg(request.title, region->nameZh)
                        : request.title});
        }
        break;
    }
    // A pattern that gives two profiles one name would overwrite the first with the second
    // and still count both: refused before anything is written.
    std::map<QString, const Job*> names;
    for (const Job& job : jobs) {
        const QString key = QDir::cleanPath(job.path);
        if (const auto [it, added] = names.emplace(key, &job); !added) {
            return Error{
                QCoreApplication::translate(
                    "agglomap::render::Export",
                    "The name pattern gives two files the same name, %1 (%2 and "
                    "%3); put {id} in the pattern. Nothing was written.")
                    .arg(QDir::toNativeSeparators(job.path), it->second->title, job.title)};
        }
    }
    for (const Job& job : jobs) {
        auto pages = writer.write(job.path, job.cities, job.title);
        if (!pages) {
            return pages.error();
        }
        if (pages.value() == 0) {
            report.cancelled = true;
            break;
        }
        report.files << job.path;
        report.pages += pages.value();
    }
    report.profiles = state.done;
    if (progress && !report.cancelled) {
        progress(state);
    }
    return report;
}

} // namespace agglomap::render
