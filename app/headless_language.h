#pragma once

#include "geo/region.h"

#include <QString>

namespace agglomap::app {

// Headless commands speak two languages at once: their messages follow the locale (Chinese
// under zh, English under C, POSIX, en and anything else), and what they write into files
// follows --lang. Both go through QCoreApplication::translate, so one translator, installed
// once per process, routes by context: messages (the contexts of io, model, geo and app) to
// the locale's language, everything else (legends, briefing pages, atlases, classifications)
// to the page language.
void installHeadlessTranslation();

// The language of a headless export's pages ("zh" or "en") while this lives, and the label
// language it implies. Without one, pages follow the messages' language.
class HeadlessLanguage {
public:
    explicit HeadlessLanguage(const QString& code);
    ~HeadlessLanguage();
    HeadlessLanguage(const HeadlessLanguage&) = delete;
    HeadlessLanguage& operator=(const HeadlessLanguage&) = delete;

    [[nodiscard]] geo::LabelLanguage labels() const { return m_labels; }

private:
    geo::LabelLanguage m_labels;
};

} // namespace agglomap::app
