#include "out_of_memory.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <cstdio>
#include <new>

namespace agglomap::app {

QString outOfMemoryMessage() {
    return QCoreApplication::translate(
        "agglomap::app::OutOfMemory",
        "Agglomap ran out of memory and stopped what it was doing; no file was changed. Close "
        "other programs, or use a smaller file (docs/limits.md lists what Agglomap reads).");
}

int reportingOutOfMemory(int (*run)(int, char**), int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        // The message is built with what memory the failed allocation left; stdio needs none.
        std::fputs(qPrintable(outOfMemoryMessage() + QLatin1Char('\n')), stderr);
        return 1;
    }
}

GuardedApplication::GuardedApplication(int& argc, char** argv)
    : QApplication(argc, argv) {}

bool GuardedApplication::notify(QObject* receiver, QEvent* event) {
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::bad_alloc&) {
        QMessageBox::critical(activeWindow(), QStringLiteral("Agglomap"), outOfMemoryMessage());
        return false;
    }
}

} // namespace agglomap::app
