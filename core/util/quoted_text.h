#pragma once

#include <QString>

namespace agglomap {

// The longest name a district, county or sector may have: the longest official name of a
// development zone is under 40 characters; 200 leaves room for both languages' full forms.
inline constexpr qsizetype kMaxNameLength = 200;

// A cell's text as a message quotes it: at most `length` characters, the rest replaced by "…",
// so that a runaway cell (a whole file in one quoted field, a name of a million characters)
// cannot make a message of megabytes.
[[nodiscard]] inline QString elided(const QString& text, qsizetype length = 80) {
    return text.size() <= length ? text : text.left(length) + QChar(0x2026);
}

} // namespace agglomap
