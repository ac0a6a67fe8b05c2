#pragma once

#include <QString>
#include <QStringList>

namespace agglomap::app {

// agglomap info PLAN: a summary of a plan (bundled, folder or file) on standard output.
int runInfoCommand(const QStringList& arguments);

[[nodiscard]] QString infoUsage();

} // namespace agglomap::app
