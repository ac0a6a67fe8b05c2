#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace agglomap::io {

// The encodings Chinese statistics arrive in. GBK and GB2312 files decode as GB18030, which
// contains both.
enum class TextEncoding { Utf8, Gb18030 };

// "UTF-8", "GB18030".
[[nodiscard]] QString encodingName(TextEncoding encoding);
// Accepts the names used in .cpg files and on the command line: UTF-8, UTF8, 65001, GBK, GB2312,
// GB18030, CP936, 936 (case-insensitive).
[[nodiscard]] std::optional<TextEncoding> encodingFromName(const QString& name);

// UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark), else GB18030 when
// they decode as GB18030 without error, else nothing.
[[nodiscard]] std::optional<TextEncoding> detectEncoding(const QByteArray& bytes);

// The text, or nothing when the bytes are not valid in the encoding. A UTF-8 byte-order mark is
// dropped.
[[nodiscard]] std::optional<QString> decodeText(const QByteArray& bytes, TextEncoding encoding);

} // namespace agglomap::io
