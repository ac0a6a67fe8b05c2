#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace agglomap::app {

// A command that runs without the window: its name, its usage, and whether it draws pages (and
// so needs Qt's offscreen GUI platform and fonts) or only reads and writes data.
struct HeadlessCommand {
    const char* name;
    QString (*usage)();
    int (*run)(const QStringList& arguments);
    bool drawsPages;
};

// The command `name` names, or nullptr.
[[nodiscard]] const HeadlessCommand* findHeadlessCommand(QByteArrayView name);

// Every command the same way: "--help" or "-h" prints its usage and "--version" the version,
// both with exit 0 and without a display; messages follow the locale; whatever went to
// standard output must have arrived for exit 0.
[[nodiscard]] int runHeadlessCommand(const HeadlessCommand& command, int argc, char* argv[]);

// "usage: ..." of every command, for the top-level help.
[[nodiscard]] QString headlessCommandsUsage();

} // namespace agglomap::app
