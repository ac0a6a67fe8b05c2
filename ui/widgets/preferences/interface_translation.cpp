#include "widgets/preferences/interface_translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace agglomap::widgets {

namespace {

// Marks the translators this module installed, so a later call can take them out again.
const QString kTranslatorName = QStringLiteral("agglomapInterfaceTranslator");

void removeInstalledTranslators() {
    for (QTranslator* translator :
         QCoreApplication::instance()->findChildren<QTranslator*>(kTranslatorName)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void install(const QString& file, const QString& directory = {}) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(kTranslatorName);
    if (translator->load(file, directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace

InterfaceLanguage resolveInterfaceLanguage(InterfaceLanguage choice, const QLocale& system) {
    if (choice != InterfaceLanguage::System) {
        return choice;
    }
    return system.language() == QLocale::Chinese ? InterfaceLanguage::Chinese
                                                 : InterfaceLanguage::English;
}

InterfaceLanguage installInterfaceTranslation(InterfaceLanguage choice, const QLocale& system) {
    const InterfaceLanguage language = resolveInterfaceLanguage(choice, system);
    removeInstalledTranslators();
    if (language == InterfaceLanguage::Chinese) {
        install(QStringLiteral(":/i18n/agglomap_zh_CN.qm"));
        install(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QLocale::setDefault(system.language() == QLocale::Chinese
                                ? system
                                : QLocale(QLocale::Chinese, QLocale::China));
    } else {
        install(QStringLiteral(":/i18n/agglomap_en.qm"));
        QLocale::setDefault(system.language() == QLocale::English
                                ? system
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return language;
}

} // namespace agglomap::widgets
