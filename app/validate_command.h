#pragma once

#include <QString>
#include <QStringList>

namespace agglomap::app {

// agglomap validate PLAN|DATAFILE [--plan PLAN ...]: reports the problems in a plan or a data
// file (and, with --plan, how the file's rows match the plan's districts). Exit 0 when there are
// none, 1 when there are any, 2 for wrong options.
int runValidateCommand(const QStringList& arguments);

[[nodiscard]] QString validateUsage();

} // namespace agglomap::app
