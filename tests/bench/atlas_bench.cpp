// The whole Henan atlas (175 district profiles, contents, bookmarks) as one PDF: time, pages,
// and memory. Memory is sampled while the atlas is written, so "growth per profile" shows
// whether it stays bounded as pages accumulate rather than growing with the page count.
// Run: bash tools/dev.sh bench --benchmark_filter=Atlas
#include "render/atlas/atlas_writer.h"
#include "render/briefing/export_session.h"
#include "support/test_data.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace agglomap;

namespace {

// Resident and peak resident memory of this process, in MiB (Linux /proc).
std::pair<double, double> residentMemory() {
    QFile status(QStringLiteral("/proc/self/status"));
    double current = 0.0;
    double peak = 0.0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() >= 2 && fields[0] == "VmRSS:") {
                current = fields[1].toDouble() / 1024.0;
            } else if (fields.size() >= 2 && fields[0] == "VmHWM:") {
                peak = fields[1].toDouble() / 1024.0;
            }
        }
    }
    return {current, peak};
}

void atlas(benchmark::State& state, const QString& province) {
    const auto session = render::openExportSession(province, test::mapsDirectory());
    if (!session) {
        state.SkipWithError(session.error().message.toStdString().c_str());
        return;
    }
    const render::ExportSession& s = *session.value();
    render::ProfileSources sources;
    sources.plan = s.plan.get();
    sources.analysis = s.analysis.get();
    sources.scene = s.scene.get();
    sources.context = s.context;
    render::AtlasRequest request;
    for (const model::District* district : s.plan->districts()) {
        request.districts.push_back(district->id);
    }
    request.title = s.plan->info().titleZh;
    QTemporaryDir dir;
    request.output = dir.filePath(QStringLiteral("atlas.pdf"));

    int pages = 0;
    double atQuarter = 0.0;
    double atEnd = 0.0;
    const int quarter = static_cast<int>(request.districts.size()) / 4;
    for (auto _ : state) {
        const auto report =
            render::writeAtlas(sources, request, [&](const render::AtlasProgress& progress) {
                if (progress.done == quarter) {
                    atQuarter = residentMemory().first;
                }
                if (progress.done == progress.total) {
                    atEnd = residentMemory().first;
                }
                return true;
            });
        if (!report) {
            state.SkipWithError(report.error().message.toStdString().c_str());
            return;
        }
        pages = report.value().pages;
    }
    const auto [current, peak] = residentMemory();
    state.counters["profiles"] = static_cast<double>(request.districts.size());
    state.counters["pages"] = pages;
    state.counters["file_MB"] =
        static_cast<double>(QFile(request.output).size()) / (1024.0 * 1024.0);
    state.counters["peak_rss_MB"] = peak;
    state.counters["rss_at_25pct_MB"] = atQuarter;
    state.counters["rss_at_end_MB"] = atEnd;
    state.counters["growth_kB_per_profile"] =
        (atEnd - atQuarter) * 1024.0 /
        std::max(1.0,
                 static_cast<double>(request.districts.size() - static_cast<std::size_t>(quarter)));
    (void)current;
}

void BM_AtlasHenan175Profiles(benchmark::State& state) {
    atlas(state, QStringLiteral("henan"));
}
BENCHMARK(BM_AtlasHenan175Profiles)->Unit(benchmark::kSecond)->Iterations(1);

void BM_AtlasNingxia(benchmark::State& state) {
    atlas(state, QStringLiteral("ningxia"));
}
BENCHMARK(BM_AtlasNingxia)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace
