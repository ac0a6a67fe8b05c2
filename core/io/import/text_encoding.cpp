#include "io/import/text_encoding.h"

#include <QStringDecoder>

namespace agglomap::io {

QString encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(const QString& name) {
    const QString key = name.trimmed().toUpper();
    if (key == QLatin1String("UTF-8") || key == QLatin1String("UTF8") ||
        key == QLatin1String("65001")) {
        return TextEncoding::Utf8;
    }
    // GBK and GB2312 are subsets of GB18030; code page 936 is Windows' name for GBK.
    if (key == QLatin1String("GB18030") || key == QLatin1String("GBK") ||
        key == QLatin1String("GB2312") || key == QLatin1String("CP936") ||
        key == QLatin1String("936")) {
        return TextEncoding::Gb18030;
    }
    return std::nullopt;
}

std::optional<QString> decodeText(const QByteArray& bytes, TextEncoding encoding) {
    // Stateless: every call starts afresh, so a byte-order mark at the start is dropped and a
    // sequence cut off at the end counts as an error instead of waiting for more input.
    QStringDecoder decoder(encoding == TextEncoding::Utf8 ? "UTF-8" : "GB18030",
                           QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        return std::nullopt;
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

std::optional<TextEncoding> detectEncoding(const QByteArray& bytes) {
    // Valid UTF-8 is almost never accidental in GB18030 text of any length, while GB18030
    // accepts nearly every byte sequence: so UTF-8 is tried first.
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Gb18030}) {
        if (decodeText(bytes, encoding)) {
            return encoding;
        }
    }
    return std::nullopt;
}

} // namespace agglomap::io
