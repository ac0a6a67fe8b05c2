#include "io/project/gdal_error_trap.h"

namespace agglomap::io::project {

GdalErrorTrap::GdalErrorTrap()
    : m_pusher(&GdalErrorTrap::handle, this) {}

void CPL_STDCALL GdalErrorTrap::handle(CPLErr level, CPLErrorNum /*number*/, const char* message) {
    auto* trap = static_cast<GdalErrorTrap*>(CPLGetErrorHandlerUserData());
    if (trap && level >= CE_Failure && !trap->m_failed) {
        trap->m_failed = true;
        trap->m_firstFailure = QString::fromUtf8(message);
    }
}

} // namespace agglomap::io::project
