#include "io/library_versions.h"

#include <boost/version.hpp>
#include <gdal.h>
#include <ogr_srs_api.h>

namespace agglomap::io {

namespace {

QString compilerName() {
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3")
        .arg(__clang_major__)
        .arg(__clang_minor__)
        .arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3")
        .arg(__GNUC__)
        .arg(__GNUC_MINOR__)
        .arg(__GNUC_PATCHLEVEL__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_FULL_VER);
#else
    return QStringLiteral("unknown compiler");
#endif
}

} // namespace

LibraryVersions libraryVersions() {
    int projMajor = 0;
    int projMinor = 0;
    int projPatch = 0;
    OSRGetPROJVersion(&projMajor, &projMinor, &projPatch);
    return {QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")),
            QStringLiteral("%1.%2.%3").arg(projMajor).arg(projMinor).arg(projPatch),
            QStringLiteral("%1.%2.%3")
                .arg(BOOST_VERSION / 100000)
                .arg(BOOST_VERSION / 100 % 1000)
                .arg(BOOST_VERSION % 100),
            compilerName()};
}

} // namespace agglomap::io
