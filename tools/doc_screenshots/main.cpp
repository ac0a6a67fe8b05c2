// Takes the user guide's pictures (docs/images/<language>/<name>.png) from the real main window
// and its dialogs, in English or Chinese. tools/update_docs_screenshots.sh runs it for both
// languages; the docs.user_guide_images test checks that it makes exactly the pictures the
// guides show.
#include "io/maps_directory.h"
#include "shots.h"
#include "util/status.h"
#include "widgets/preferences/interface_translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace agglomap;
using docshots::GuideLanguage;

namespace {

// The interface in the guide's language, with the number and date formats of a planner's
// machine in that language (not this machine's locale), as the app puts it on at start.
Status installTranslation(GuideLanguage language) {
    const bool chinese = language == GuideLanguage::Chinese;
    widgets::installInterfaceTranslation(
        chinese ? widgets::InterfaceLanguage::Chinese : widgets::InterfaceLanguage::English,
        chinese ? QLocale(QLocale::Chinese, QLocale::China)
                : QLocale(QLocale::English, QLocale::UnitedStates));
    const QString file = QCoreApplication::translate("agglomap::widgets::MainWindow", "&File");
    if (chinese && file == QStringLiteral("&File")) {
        return Error{QStringLiteral("the Chinese interface translation could not be loaded")};
    }
    return {};
}

// The offscreen platform says, for every window, that it cannot do what only a screen needs
// (size hints, raising, keyboard grabs); the rest goes through.
QtMessageHandler g_defaultHandler = nullptr;
void dropOffscreenNotices(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (!text.startsWith(QStringLiteral("This plugin does not support"))) {
        g_defaultHandler(type, context, text);
    }
}

std::optional<GuideLanguage> parseLanguage(const QString& code) {
    if (code == QStringLiteral("en")) {
        return GuideLanguage::English;
    }
    if (code == QStringLiteral("zh_CN")) {
        return GuideLanguage::Chinese;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[]) {
    // The same pictures on every machine: no desktop's theme, scaling or fonts settings.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    g_defaultHandler = qInstallMessageHandler(dropOffscreenNotices);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Agglomap"));
    QApplication::setApplicationName(QStringLiteral("Agglomap doc screenshots"));
    // Never the planner's own settings, recent files or recovery folder.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Takes the user guide's screenshots from the real Agglomap window."));
    parser.addHelpOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language: en or zh_CN."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("Folder for the pictures; they go to DIR/<language>/<name>.png."),
        QStringLiteral("dir"));
    const QCommandLineOption mapsOption(QStringLiteral("maps"),
                                        QStringLiteral("Folder of the bundled boundaries."),
                                        QStringLiteral("dir"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only these shots (comma-separated)."),
                                        QStringLiteral("names"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("Print the shot names and exit."));
    parser.addOptions({languageOption, outOption, mapsOption, onlyOption, listOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto& shots = docshots::guideShots();
    if (parser.isSet(listOption)) {
        for (const auto& shot : shots) {
            out << shot.name << '\n';
        }
        return 0;
    }
    const auto language = parseLanguage(parser.value(languageOption));
    if (!language) {
        err << "--language must be en or zh_CN, not " << parser.value(languageOption) << '\n';
        return 2;
    }
    if (!parser.isSet(outOption)) {
        err << "--out DIR is required\n";
        return 2;
    }
    QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : only) {
        if (std::none_of(shots.begin(), shots.end(),
                         [&](const docshots::Shot& shot) { return shot.name == name; })) {
            err << "no shot is called " << name << " (--list names them)\n";
            return 2;
        }
    }
    const auto maps = io::resolveMapsDirectory(parser.value(mapsOption));
    if (!maps) {
        err << maps.error().message << '\n';
        return 1;
    }
    if (const Status status = installTranslation(*language); !status) {
        err << status.error().message << '\n';
        return 1;
    }

    const QDir folder(QDir(parser.value(outOption)).filePath(docshots::languageCode(*language)));
    QTemporaryDir scratch;
    if (!QDir().mkpath(folder.path()) || !scratch.isValid()) {
        err << "cannot create " << folder.path() << '\n';
        return 1;
    }
    const docshots::ShotContext context{maps.value(), *language, scratch.path()};
    int failures = 0;
    for (const auto& shot : shots) {
        if (!only.isEmpty() && !only.contains(shot.name)) {
            continue;
        }
        const auto image = shot.take(context);
        const QString file = folder.filePath(shot.name + QStringLiteral(".png"));
        if (!image) {
            err << "cannot make " << file << ": " << image.error().message << '\n';
            ++failures;
        } else if (!image.value().save(file)) {
            err << "cannot write " << file << '\n';
            ++failures;
        } else {
            out << "wrote " << file << " (" << image.value().width() << 'x'
                << image.value().height() << ")\n";
        }
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
