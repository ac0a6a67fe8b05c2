#pragma once

#include <QString>

#include <cpl_error.h>

namespace agglomap::io::project {

// Keeps GDAL quiet on stderr while it lives and remembers the first failure GDAL reported, so
// that the caller can turn it into a message naming the file. Not thread-safe across threads:
// GDAL's handler stack is per thread, like this object.
class GdalErrorTrap {
public:
    GdalErrorTrap();
    GdalErrorTrap(const GdalErrorTrap&) = delete;
    GdalErrorTrap& operator=(const GdalErrorTrap&) = delete;

    [[nodiscard]] bool failed() const { return m_failed; }
    // GDAL's own words for the first failure since construction or clear().
    [[nodiscard]] const QString& firstFailure() const { return m_firstFailure; }
    void clear() {
        m_failed = false;
        m_firstFailure.clear();
    }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum number, const char* message);

    bool m_failed = false;
    QString m_firstFailure;
    CPLErrorHandlerPusher m_pusher;
};

} // namespace agglomap::io::project
