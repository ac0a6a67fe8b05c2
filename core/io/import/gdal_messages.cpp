#include "io/import/gdal_messages.h"

namespace agglomap::io::detail {

GdalMessages::GdalMessages()
    : m_pusher(&GdalMessages::collect, this) {}

void CPL_STDCALL GdalMessages::collect(CPLErr level, CPLErrorNum /*number*/, const char* message) {
    auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
    if (!self) {
        return;
    }
    // Warnings (a field GDAL cannot interpret, a geometry it repairs) do not stop an import.
    if ((level == CE_Failure || level == CE_Fatal) && !self->m_firstFailure) {
        self->m_firstFailure = QByteArray(message ? message : "");
    }
    if (level == CE_Warning) {
        self->m_lastWarning = QByteArray(message ? message : "");
    }
}

QString GdalMessages::lastWarning() const {
    return QString::fromUtf8(m_lastWarning).trimmed();
}

std::optional<QString> GdalMessages::firstFailure() const {
    if (!m_firstFailure) {
        return std::nullopt;
    }
    return QString::fromUtf8(*m_firstFailure).trimmed();
}

} // namespace agglomap::io::detail
