#pragma once

#include <QStringList>

namespace agglomap::app {

// "agglomap render ...": draws a map into a PNG without a display. Returns the exit code.
[[nodiscard]] int runRenderCommand(const QStringList& arguments);

} // namespace agglomap::app
