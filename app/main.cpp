// The composition root: parses the command line, then starts either the window or a
// headless command.
#include "headless_commands.h"
#include "headless_language.h"
#include "io/maps_directory.h"
#include "out_of_memory.h"
#include "widgets/help/help_actions.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/preferences/interface_translation.h"
#include "widgets/project/project_actions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <optional>

namespace {

// Proves the window came up as a user would see it, in the interface language chosen.
int saveStartScreenshot(agglomap::widgets::MainWindow& window, const QString& file) {
    // The map draws in the background; the picture waits for it (20 s at most).
    QElapsedTimer clock;
    clock.start();
    do {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    } while (window.canvas()->isRenderPending() && clock.elapsed() < 20000);
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions()) {
        menus << QString(action->text()).remove(QLatin1Char('&'));
    }
    if (!window.grab().save(file)) {
        QTextStream(stderr) << "Cannot write the screenshot " << file << '\n';
        return 1;
    }
    QTextStream(stdout) << "window: " << window.windowTitle() << " | menus: " << menus.join(' ')
                        << '\n';
    return 0;
}

// The window's command line: one definition for the window and for --help and --version,
// which must work without a display.
struct GuiOptions {
    explicit GuiOptions(QCommandLineParser& parser) {
        parser.setApplicationDescription(QStringLiteral(
            "Agglomap: planning industrial agglomeration districts on a map.\n"
            "Headless: agglomap render|export-map|export-profiles|indicators|import|validate|info"
            " ... "
            "(without options: usage)"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(plan);
        parser.addOption(maps);
        parser.addOption(screenshot);
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QStringLiteral("A plan file (.gpkg) to open, or a data file "
                                                    "to import into the bundled Henan plan."),
                                     QStringLiteral("[file]"));
    }
    const QCommandLineOption plan{
        QStringLiteral("plan"),
        QStringLiteral("Plan to open: the bundled henan or ningxia, or a plan file (.gpkg)."),
        QStringLiteral("name|file"), QStringLiteral("henan")};
    const QCommandLineOption maps{QStringLiteral("maps"),
                                  QStringLiteral("Folder of the bundled boundaries."),
                                  QStringLiteral("dir")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Shows the window, saves a picture of it to FILE, prints its title and "
                       "menus, and quits: a check that the app starts (used by the package "
                       "test)."),
        QStringLiteral("file")};
};

// --help, --version, and a first word that is neither an option, a command nor a file (a
// mistyped command): answered without creating a window, so they work with no display.
std::optional<int> answerWithoutWindow(int argc, char* argv[]) {
    const QStringList arguments = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i) {
            list << QString::fromLocal8Bit(argv[i]);
        }
        return list;
    }();
    const QStringList informational{QStringLiteral("-h"), QStringLiteral("--help"),
                                    QStringLiteral("--help-all"), QStringLiteral("-v"),
                                    QStringLiteral("--version")};
    const bool asksForInformation =
        std::any_of(arguments.begin(), arguments.end(),
                    [&](const QString& argument) { return informational.contains(argument); });
    const QString first = arguments.value(0);
    const bool mistyped = !first.isEmpty() && !first.startsWith(QLatin1Char('-')) &&
                          !agglomap::io::bundledProvinceKeys().contains(first) &&
                          !QFileInfo::exists(first) && !first.contains(QLatin1Char('.')) &&
                          !first.contains(QLatin1Char('/'));
    if (!asksForInformation && !mistyped) {
        return std::nullopt;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Agglomap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGGLOMAP_VERSION));
    agglomap::app::installHeadlessTranslation();
    QCommandLineParser parser;
    const GuiOptions options(parser);
    if (mistyped) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "agglomap::app::CommandLine",
                                   "agglomap: \"%1\" is not a command or a file.")
                                   .arg(first)
                            << "\n\n"
                            << parser.helpText() << '\n'
                            << agglomap::app::headlessCommandsUsage();
        return 2;
    }
    parser.process(app); // prints the help or the version and exits 0
    return 0;
}

int runGui(int argc, char* argv[]) {
    agglomap::app::GuardedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Agglomap"));
    QApplication::setOrganizationName(QStringLiteral("Agglomap"));
    QApplication::setApplicationVersion(QStringLiteral(AGGLOMAP_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/agglomap.svg")));
    // Matches the desktop entry, so the window groups with its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.agglomap.Agglomap"));
    // The interface speaks the language chosen in Preferences (by default the system's).
    agglomap::widgets::installInterfaceTranslation(
        agglomap::widgets::AppPreferences::load(QSettings()).interfaceLanguage);

    QCommandLineParser parser;
    const GuiOptions options(parser);
    parser.process(app);

    const auto maps = agglomap::io::resolveMapsDirectory(parser.value(options.maps));
    if (!maps) {
        QMessageBox::critical(nullptr, QStringLiteral("Agglomap"), maps.error().message);
        return 1;
    }
    agglomap::widgets::MainWindow window(maps.value());
    const QString plan = parser.positionalArguments().value(0, parser.value(options.plan));
    const bool bundled = agglomap::io::bundledProvinceKeys().contains(plan);
    // A data file (double-clicked, or dropped on the icon) is imported into the sample plan.
    if (const agglomap::Status status =
            window.openProvince(bundled ? plan : QStringLiteral("henan"));
        !status) {
        QMessageBox::critical(nullptr, QStringLiteral("Agglomap"), status.error().message);
        return 1;
    }
    window.show();
    if (parser.isSet(options.screenshot)) {
        return saveStartScreenshot(window, parser.value(options.screenshot));
    }
    // After a crash, what autosave kept is offered before anything else happens.
    window.projectActions()->offerRecovery();
    window.helpActions()->showGuideIfFirstRun();
    if (!bundled) {
        if (const agglomap::Status status = window.projectActions()->open(plan); !status) {
            QMessageBox::warning(&window, QStringLiteral("Agglomap"), status.error().message);
        }
    }
    return app.exec();
}

int dispatch(int argc, char* argv[]) {
    // Over a file-size limit a write then fails with an error every writer reports, instead of
    // the signal killing the process halfway through a file.
    std::signal(SIGXFSZ, SIG_IGN);
    if (const auto* command = agglomap::app::findHeadlessCommand(argc > 1 ? argv[1] : "")) {
        return agglomap::app::runHeadlessCommand(*command, argc, argv);
    }
    if (const auto answered = answerWithoutWindow(argc, argv)) {
        return *answered;
    }
    return runGui(argc, argv);
}

} // namespace

int main(int argc, char* argv[]) {
    return agglomap::app::reportingOutOfMemory(dispatch, argc, argv);
}
