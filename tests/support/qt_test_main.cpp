// GoogleTest main for tests that need a QApplication: widgets and fonts run on the offscreen
// platform, so tests need no display.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Window layout and symbology are saved in settings: tests keep theirs apart from the
    // user's and start from none.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("AgglomapTests"));
    QApplication::setApplicationName(QStringLiteral("agglomap-tests"));
    // One settings folder per process: ctest runs test cases side by side, and cases that save
    // and re-read settings must not see each other's.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QSettings().clear();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
