#pragma once

#include <QString>

namespace agglomap::io {

// Versions of the libraries the core is built on, for the About box and bug reports. Each says
// which version is loaded at run time where the library can tell (GDAL, PROJ) and otherwise
// the one compiled against (Boost is header-only here).
struct LibraryVersions {
    QString gdal;     // GDALVersionInfo("RELEASE_NAME"), e.g. "3.6.2"
    QString proj;     // OSRGetPROJVersion, e.g. "9.1.1"
    QString boost;    // from BOOST_VERSION, e.g. "1.74.0"
    QString compiler; // the compiler that built the core, e.g. "GCC 12.2.0"
};

[[nodiscard]] LibraryVersions libraryVersions();

} // namespace agglomap::io
