#pragma once

#include "widgets/preferences/app_preferences.h"

#include <QLocale>

namespace agglomap::widgets {

// The language the interface is shown in: the one chosen, or for System the locale's
// (Chinese for any zh locale, English for every other, as those are the two Agglomap has).
[[nodiscard]] InterfaceLanguage resolveInterfaceLanguage(InterfaceLanguage choice,
                                                         const QLocale& system);

// Puts the interface into the language resolved from `choice`: installs Agglomap's
// translation (English holds its plural forms), and for Chinese also Qt's own, so standard
// buttons and dialogs read 取消 and 保存; makes the matching locale the default one (the
// system's own when it speaks that language, so its number formats stay). Replaces what an
// earlier call installed. Returns the language resolved: Chinese or English. Needs a
// QCoreApplication; call it before any window is made, as texts are read when widgets are.
InterfaceLanguage installInterfaceTranslation(InterfaceLanguage choice,
                                              const QLocale& system = QLocale::system());

} // namespace agglomap::widgets
