#pragma once

#include <QByteArray>
#include <QString>

#include <cpl_error.h>

#include <optional>

namespace agglomap::io::detail {

// Collects GDAL's errors on this thread while it lives, instead of letting GDAL
// print them, so that they can become part of a message that names the file. Used by every
// reader and writer of the core's io (data tables, plan files).
class GdalMessages {
public:
    GdalMessages();
    GdalMessages(const GdalMessages&) = delete;
    GdalMessages& operator=(const GdalMessages&) = delete;

    void clear() { m_firstFailure.reset(); }
    [[nodiscard]] bool failed() const { return m_firstFailure.has_value(); }
    // The first error GDAL reported since the last clear(), if any: the first is the most
    // specific ("At line 2, character 80: Unterminated string"), later ones only summarise.
    [[nodiscard]] std::optional<QString> firstFailure() const;
    // The last warning GDAL reported while this lives, e.g. why GEOS finds a polygon invalid
    // ("Self-intersection[112.5 34.2]"); empty when there was none.
    [[nodiscard]] QString lastWarning() const;

private:
    static void CPL_STDCALL collect(CPLErr level, CPLErrorNum number, const char* message);

    std::optional<QByteArray> m_firstFailure;
    QByteArray m_lastWarning;
    CPLErrorHandlerPusher m_pusher;
};

} // namespace agglomap::io::detail
