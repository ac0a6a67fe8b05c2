// The composition root: parses the command line, then starts either the window or a
// headless command.
#include "export_map_command.h"
#include "export_profiles_command.h"
#include "indicators_command.h"
#include "io/maps_directory.h"
#include "render_command.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

int runHeadless(int argc, char* argv[], int (*command)(const QStringList&)) {
    // Headless commands must work with no display and nothing set in the environment.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Agglomap"));
    const QStringList arguments = app.arguments().mid(2);
    return command(arguments);
}

int runGui(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Agglomap"));
    QApplication::setOrganizationName(QStringLiteral("Agglomap"));
    QApplication::setApplicationVersion(QStringLiteral(AGGLOMAP_VERSION));
    // The interface follows the system locale; zh_CN ships embedded.
    QTranslator translator;
    // Any other locale gets English, whose translation holds its plural forms.
    if (translator.load(QLocale(), QStringLiteral("agglomap"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/agglomap_en.qm"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Agglomap: planning industrial agglomeration districts on a map.\n"
                       "Headless: agglomap render|export-map|export-profiles|indicators ... "
                       "(without options: usage)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        QStringLiteral("Bundled plan to open: henan or ningxia."),
                                        QStringLiteral("name"), QStringLiteral("henan"));
    const QCommandLineOption mapsOption(QStringLiteral("maps"),
                                        QStringLiteral("Folder of the bundled boundaries."),
                                        QStringLiteral("dir"));
    parser.addOption(planOption);
    parser.addOption(mapsOption);
    parser.process(app);

    const auto maps = agglomap::io::resolveMapsDirectory(parser.value(mapsOption));
    if (!maps) {
        QMessageBox::critical(nullptr, QStringLiteral("Agglomap"), maps.error().message);
        return 1;
    }
    agglomap::widgets::MainWindow window(maps.value());
    if (const auto error = window.openProvince(parser.value(planOption))) {
        QMessageBox::critical(nullptr, QStringLiteral("Agglomap"), error->message);
        return 1;
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char* argv[]) {
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (command == "render") {
        return runHeadless(argc, argv, agglomap::app::runRenderCommand);
    }
    if (command == "export-map") {
        return runHeadless(argc, argv, agglomap::app::runExportMapCommand);
    }
    if (command == "export-profiles") {
        return runHeadless(argc, argv, agglomap::app::runExportProfilesCommand);
    }
    if (command == "indicators") {
        QCoreApplication app(argc, argv);
        return agglomap::app::runIndicatorsCommand(app.arguments().mid(2));
    }
    return runGui(argc, argv);
}
