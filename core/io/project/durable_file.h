#pragma once

#include "util/status.h"

#include <QString>

namespace agglomap::io::project {

// The pieces of an atomic save: flush the written file, rename it over the target, flush the
// folder so that the rename itself survives a power cut. Each error is the system's reason
// ("No space left on device"), for the caller to put after the file's name.

// Without POSIX (Windows) only Qt's buffers are flushed.
Status syncFile(const QString& path);
// A no-op where folders cannot be opened (Windows); rename there is flushed with the file.
Status syncDirectory(const QString& path);
// Atomic on POSIX: readers see the old file or the new one, never a mix.
Status replaceFile(const QString& from, const QString& to);

} // namespace agglomap::io::project
