#include "headless_language.h"

#include <QCoreApplication>

namespace agglomap::app {

HeadlessLanguage::HeadlessLanguage(const QString& code)
    : m_labels(code == QLatin1String("en") ? geo::LabelLanguage::English
                                           : geo::LabelLanguage::Chinese) {
    // English has a translation too: the plural forms ("1 class", "5 classes").
    const QString file = m_labels == geo::LabelLanguage::Chinese
                             ? QStringLiteral(":/i18n/agglomap_zh_CN.qm")
                             : QStringLiteral(":/i18n/agglomap_en.qm");
    if (m_translator.load(file)) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
}

HeadlessLanguage::~HeadlessLanguage() {
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

} // namespace agglomap::app
