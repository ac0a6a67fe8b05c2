#include "headless_commands.h"

#include "command_line.h"
#include "export_map_command.h"
#include "export_profiles_command.h"
#include "headless_language.h"
#include "import_command.h"
#include "indicators_command.h"
#include "info_command.h"
#include "io/output_file.h"
#include "render_command.h"
#include "validate_command.h"

#include <QGuiApplication>
#include <QTextStream>

namespace agglomap::app {

namespace {

const HeadlessCommand kCommands[] = {
    {"render", renderUsage, runRenderCommand, true},
    {"export-map", exportMapUsage, runExportMapCommand, true},
    {"export-profiles", exportProfilesUsage, runExportProfilesCommand, true},
    {"indicators", indicatorsUsage, runIndicatorsCommand, false},
    {"import", importUsage, runImportCommand, false},
    {"info", infoUsage, runInfoCommand, false},
    {"validate", validateUsage, runValidateCommand, false},
};

// What went to standard output must have arrived (a full disk, a closed pipe): a command whose
// output was lost has failed, whatever it thought.
int finished(int status) {
    if (!io::flushStandardOutput()) {
        return status == 0 ? 1 : status;
    }
    return status;
}

bool hasArgument(int argc, char* argv[], std::initializer_list<QByteArrayView> names) {
    for (int i = 2; i < argc; ++i) {
        for (QByteArrayView name : names) {
            if (QByteArrayView(argv[i]) == name) {
                return true;
            }
        }
    }
    return false;
}

void nameApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("Agglomap"));
    // Plan files record the version that wrote them, headless or not.
    QCoreApplication::setApplicationVersion(QStringLiteral(AGGLOMAP_VERSION));
}

} // namespace

const HeadlessCommand* findHeadlessCommand(QByteArrayView name) {
    for (const HeadlessCommand& command : kCommands) {
        if (name == QByteArrayView(command.name)) {
            return &command;
        }
    }
    return nullptr;
}

int runHeadlessCommand(const HeadlessCommand& command, int argc, char* argv[]) {
    const bool help = hasArgument(argc, argv, {"--help", "-h"});
    const bool version = hasArgument(argc, argv, {"--version"});
    if (command.drawsPages && !help && !version) {
        // Pages need fonts and a paint device, but never a display or anything in the
        // environment.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        nameApplication();
        installHeadlessTranslation();
        return finished(command.run(QCoreApplication::arguments().mid(2)));
    }
    QCoreApplication app(argc, argv);
    nameApplication();
    installHeadlessTranslation();
    if (help) {
        QTextStream(stdout) << command.usage();
        return finished(0);
    }
    if (version) {
        QTextStream(stdout) << "agglomap " << AGGLOMAP_VERSION << Qt::endl;
        return finished(0);
    }
    return finished(command.run(QCoreApplication::arguments().mid(2)));
}

QString headlessCommandsUsage() {
    QString usage;
    for (const HeadlessCommand& command : kCommands) {
        usage += command.usage();
    }
    return usage;
}

} // namespace agglomap::app
