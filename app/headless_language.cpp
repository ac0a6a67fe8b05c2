#include "headless_language.h"

#include <QCoreApplication>

namespace agglomap::app {

HeadlessLanguage::HeadlessLanguage(const QString& code)
    : m_labels(code == QLatin1String("en") ? geo::LabelLanguage::English
                                           : geo::LabelLanguage::Chinese) {
    if (m_labels == geo::LabelLanguage::Chinese &&
        m_translator.load(QStringLiteral(":/i18n/agglomap_zh_CN.qm"))) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
}

HeadlessLanguage::~HeadlessLanguage() {
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

} // namespace agglomap::app
