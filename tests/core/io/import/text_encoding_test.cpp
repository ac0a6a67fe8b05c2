#include "io/import/text_encoding.h"

#include <gtest/gtest.h>

using namespace agglomap;
using io::TextEncoding;

namespace {

// 郑州 as a Chinese Windows program saves it (GBK), and as UTF-8.
const QByteArray zhengzhouGbk("\xd6\xa3\xd6\xdd");
const QByteArray zhengzhouUtf8("\xe9\x83\x91\xe5\xb7\x9e");

} // namespace

TEST(TextEncoding, NamesFromCpgFilesAndTheCommandLineAreRecognised) {
    for (const char* name : {"UTF-8", "utf8", "65001", " UTF-8\r\n"}) {
        EXPECT_EQ(io::encodingFromName(QString::fromLatin1(name)), TextEncoding::Utf8) << name;
    }
    for (const char* name : {"GB18030", "gbk", "GB2312", "cp936", "936"}) {
        EXPECT_EQ(io::encodingFromName(QString::fromLatin1(name)), TextEncoding::Gb18030) << name;
    }
    EXPECT_EQ(io::encodingFromName(QStringLiteral("1252")), std::nullopt);
    EXPECT_EQ(io::encodingFromName(QString()), std::nullopt);
    EXPECT_EQ(io::encodingName(TextEncoding::Utf8), QStringLiteral("UTF-8"));
    EXPECT_EQ(io::encodingName(TextEncoding::Gb18030), QStringLiteral("GB18030"));
}

TEST(TextEncoding, GbkBytesDecodeAsGb18030) {
    EXPECT_EQ(io::decodeText(zhengzhouGbk, TextEncoding::Gb18030), QStringLiteral("郑州"));
    EXPECT_EQ(io::decodeText(zhengzhouUtf8, TextEncoding::Utf8), QStringLiteral("郑州"));
    // Characters outside GBK take four bytes in GB18030.
    EXPECT_EQ(io::decodeText(QByteArray("\x81\x30\x81\x30"), TextEncoding::Gb18030),
              QString(QChar(0x80)));
}

TEST(TextEncoding, AUtf8ByteOrderMarkIsDropped) {
    EXPECT_EQ(io::decodeText("\xef\xbb\xbf" + zhengzhouUtf8, TextEncoding::Utf8),
              QStringLiteral("郑州"));
}

TEST(TextEncoding, BytesInvalidInTheEncodingDoNotDecode) {
    EXPECT_EQ(io::decodeText(zhengzhouGbk, TextEncoding::Utf8), std::nullopt);
    // A character cut off at the end of the bytes is an error, not a replacement character.
    EXPECT_EQ(io::decodeText(zhengzhouGbk.left(3), TextEncoding::Gb18030), std::nullopt);
    EXPECT_EQ(io::decodeText(zhengzhouUtf8.left(5), TextEncoding::Utf8), std::nullopt);
    EXPECT_EQ(io::decodeText(QByteArray("name\xff"), TextEncoding::Gb18030), std::nullopt);
}

TEST(TextEncoding, DetectionPrefersUtf8ThenGb18030) {
    EXPECT_EQ(io::detectEncoding(zhengzhouUtf8), TextEncoding::Utf8);
    EXPECT_EQ(io::detectEncoding(QByteArray("plain ASCII, 1234.5")), TextEncoding::Utf8);
    EXPECT_EQ(io::detectEncoding(zhengzhouGbk), TextEncoding::Gb18030);
    EXPECT_EQ(io::detectEncoding(QByteArray("\xff\xfe\xfd")), std::nullopt);
}
