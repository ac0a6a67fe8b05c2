#pragma once

#include <QString>
#include <QStringList>

namespace agglomap::app {

// "agglomap indicators --plan henan|ningxia|FOLDER --level district|county|city [-o out.csv]":
// writes the indicator table as UTF-8 CSV. Returns the exit code.
[[nodiscard]] int runIndicatorsCommand(const QStringList& arguments);

[[nodiscard]] QString indicatorsUsage();

} // namespace agglomap::app
