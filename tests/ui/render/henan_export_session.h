#pragma once

#include "render/briefing/export_session.h"
#include "support/test_data.h"

#include <stdexcept>

namespace agglomap::test {

// The bundled Henan plan opened as the export commands open it, once per test program.
inline const render::ExportSession& henanExportSession() {
    static const auto session =
        render::openExportSession(QStringLiteral("henan"), test::mapsDirectory());
    if (!session) {
        throw std::runtime_error(session.error().message.toStdString());
    }
    return *session.value();
}

} // namespace agglomap::test
