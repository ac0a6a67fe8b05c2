// Saving and opening a whole plan file (boundaries, 175 districts, every table), and reading a
// large statistics CSV for import: the waits a planner sees on Ctrl+S, on Open, and in the
// Import Data dialog. Targets: save and open of Henan well under a second; 100,000 CSV rows in
// a few seconds. Run: bash tools/dev.sh bench --benchmark_filter='Project|DataTable'
#include "io/import/data_table.h"
#include "io/plan_source.h"
#include "io/project/project_file.h"
#include "support/test_data.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace agglomap;

namespace {

void saveProject(benchmark::State& state, const QString& province) {
    auto opened = io::openPlanAsProject(province, test::mapsDirectory());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.gpkg"));
    for (auto _ : state) {
        if (const Status status = io::saveProject(io::contentsOf(opened.value()), path); !status) {
            state.SkipWithError(status.error().message.toStdString().c_str());
            return;
        }
    }
    state.counters["file_MB"] = static_cast<double>(QFileInfo(path).size()) / 1e6;
}

void openProject(benchmark::State& state, const QString& province) {
    auto opened = io::openPlanAsProject(province, test::mapsDirectory());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.gpkg"));
    (void)io::saveProject(io::contentsOf(opened.value()), path);
    for (auto _ : state) {
        auto reopened = io::openProject(path);
        if (!reopened) {
            state.SkipWithError(reopened.error().message.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(reopened.value().versions.size());
    }
}

void readLargeCsv(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.csv"));
    QFile file(path);
    (void)file.open(QIODevice::WriteOnly);
    file.write("id,名称,供水现状,营业收入,经度,纬度\n");
    const auto rows = static_cast<int>(state.range(0));
    for (int i = 0; i < rows; ++i) {
        file.write(QStringLiteral("%1,园区%1,%2,%3.5,113.%4,34.%4\n")
                       .arg(i)
                       .arg(i % 100)
                       .arg(i % 997)
                       .arg(i % 1000)
                       .toUtf8());
    }
    file.close();
    for (auto _ : state) {
        auto table = io::readDataTable(path);
        if (!table) {
            state.SkipWithError(table.error().message.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(table.value().rowCount());
    }
    state.counters["rows"] = rows;
}

} // namespace

BENCHMARK_CAPTURE(saveProject, Henan, QStringLiteral("henan"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openProject, Henan, QStringLiteral("henan"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(saveProject, Ningxia, QStringLiteral("ningxia"))->Unit(benchmark::kMillisecond);
BENCHMARK(readLargeCsv)->Name("DataTableCsv")->Arg(100000)->Unit(benchmark::kMillisecond);
