#pragma once

#include "geo/region.h"

#include <QString>
#include <QTranslator>

namespace agglomap::app {

// The language of a headless export ("zh" or "en"): installs the Chinese translation for
// "zh", so legends and notes read as they do in the Chinese window, or the English plural
// forms for "en", and names the label language. The translation is removed again when this goes out
// of scope.
class HeadlessLanguage {
public:
    explicit HeadlessLanguage(const QString& code);
    ~HeadlessLanguage();
    HeadlessLanguage(const HeadlessLanguage&) = delete;
    HeadlessLanguage& operator=(const HeadlessLanguage&) = delete;

    [[nodiscard]] geo::LabelLanguage labels() const { return m_labels; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    geo::LabelLanguage m_labels;
};

} // namespace agglomap::app
