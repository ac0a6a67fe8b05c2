#pragma once

#include <QString>
#include <QStringList>

namespace agglomap::app {

// agglomap import --plan PLAN --data FILE... [--boundaries FILE ...] -o PLAN.gpkg
// Applies statistics and official boundaries to a plan and saves it as a plan file. Exit 0 on
// success, 1 when a file is refused (nothing is written), 2 for wrong options.
int runImportCommand(const QStringList& arguments);

[[nodiscard]] QString importUsage();

} // namespace agglomap::app
