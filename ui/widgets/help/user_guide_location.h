#pragma once

#include <QLocale>
#include <QString>

namespace agglomap::widgets {

// Where the user guide is installed: <directory of the executable>/../share/agglomap/docs,
// which the build tree mirrors, as the maps folder does.
[[nodiscard]] QString defaultDocsDirectory();

// The guide to show in `docsDirectory` for an interface in `locale`: the Simplified Chinese
// guide (user-guide.zh_CN.md) for a Chinese interface, else the English one (user-guide.md);
// empty if neither exists.
[[nodiscard]] QString userGuideFile(const QString& docsDirectory, const QLocale& locale);

} // namespace agglomap::widgets
