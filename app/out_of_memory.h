#pragma once

#include <QApplication>

namespace agglomap::app {

// Running out of memory (a huge file, a machine with little free memory) must end in a message,
// not an abort: writers commit through temporary files, so whatever was being written is left
// as it was. Headless commands run inside reportingOutOfMemory; the window's event handlers run
// inside GuardedApplication::notify.
[[nodiscard]] int reportingOutOfMemory(int (*run)(int, char**), int argc, char** argv);

class GuardedApplication : public QApplication {
public:
    GuardedApplication(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;
};

// The message both print, in the interface language.
[[nodiscard]] QString outOfMemoryMessage();

} // namespace agglomap::app
