#include "headless_language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <optional>

namespace agglomap::app {

namespace {

// Messages come from the contexts of Agglomap's namespaces (io, model, geo, render's
// export errors, app); what is drawn on pages from the short contexts (Legend, Briefing, Atlas,
// PageFormat, ...) and from analysis (classification labels, recommendations).
bool isMessageContext(const char* context) {
    const QLatin1String name(context);
    return name.startsWith(QLatin1String("agglomap::")) &&
           !name.startsWith(QLatin1String("agglomap::analysis::"));
}

class RoutingTranslator final : public QTranslator {
public:
    RoutingTranslator() {
        // English has a translation too: the plural forms ("1 class", "5 classes").
        (void)m_chinese.load(QStringLiteral(":/i18n/agglomap_zh_CN.qm"));
        (void)m_english.load(QStringLiteral(":/i18n/agglomap_en.qm"));
        const QString locale = QLocale::system().uiLanguages().value(0);
        m_messagesChinese = locale.startsWith(QLatin1String("zh"));
    }

    void setPageChinese(std::optional<bool> chinese) { m_pageChinese = chinese; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        const bool chinese = isMessageContext(context) ? m_messagesChinese
                                                       : m_pageChinese.value_or(m_messagesChinese);
        return (chinese ? m_chinese : m_english).translate(context, sourceText, disambiguation, n);
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator m_chinese;
    QTranslator m_english;
    bool m_messagesChinese = false;
    std::optional<bool> m_pageChinese;
};

RoutingTranslator* installed = nullptr;

} // namespace

void installHeadlessTranslation() {
    if (!installed) {
        installed = new RoutingTranslator; // lives as long as the process
        QCoreApplication::installTranslator(installed);
    }
}

HeadlessLanguage::HeadlessLanguage(const QString& code)
    : m_labels(code == QLatin1String("en") ? geo::LabelLanguage::English
                                           : geo::LabelLanguage::Chinese) {
    installHeadlessTranslation();
    installed->setPageChinese(m_labels == geo::LabelLanguage::Chinese);
}

HeadlessLanguage::~HeadlessLanguage() {
    installed->setPageChinese(std::nullopt);
}

} // namespace agglomap::app
