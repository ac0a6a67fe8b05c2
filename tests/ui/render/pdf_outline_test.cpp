#include "io/pdf_outline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using agglomap::Status;
using agglomap::io::addPdfOutline;
using agglomap::io::PdfBookmark;
using agglomap::io::readPdfStructure;

namespace {

// Writes a PDF the way the atlas export does: one QPdfWriter, one line of text per page.
void writePdf(const QString& path, int pages) {
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("平顶山市 district profiles"));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        painter.drawText(300, 600, QStringLiteral("District sheet %1").arg(i + 1));
    }
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool hasTool(const QString& program) {
    return !QStandardPaths::findExecutable(program).isEmpty();
}

struct ToolOutput {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolOutput runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// qpdf's view of the bookmarks, one "depth|title|page from 1" line per entry in document order.
void flattenOutline(const QJsonArray& items, int depth, QStringList& lines) {
    for (const QJsonValue& item : items) {
        const QJsonObject entry = item.toObject();
        lines << QStringLiteral("%1|%2|%3")
                     .arg(depth)
                     .arg(entry.value(QStringLiteral("title")).toString())
                     .arg(entry.value(QStringLiteral("destpageposfrom1")).toInt());
        flattenOutline(entry.value(QStringLiteral("kids")).toArray(), depth + 1, lines);
    }
}

QStringList qpdfOutline(const QString& path) {
    const ToolOutput run =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList lines;
    flattenOutline(QJsonDocument::fromJson(run.out).object().value("outlines").toArray(), 0, lines);
    return lines;
}

QStringList expectedOutline(const std::vector<PdfBookmark>& bookmarks) {
    QStringList lines;
    for (const PdfBookmark& mark : bookmarks) {
        lines << QStringLiteral("%1|%2|%3").arg(mark.depth).arg(mark.title).arg(mark.pageIndex + 1);
    }
    return lines;
}

// qpdf --check passes without a single warning.
void expectQpdfAcceptsCleanly(const QString& path) {
    const ToolOutput run = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("No syntax or stream encoding errors")) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains("WARNING")) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// A hand-written PDF with a nested page tree, as other producers write them: the pages are
// objects 6, 4, 5 in that order, and all inherit the MediaBox of the root node.
QByteArray nestedPageTreePdf() {
    const std::vector<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [6 0 R 3 0 R] /Count 3 /MediaBox [0 0 300 500] >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 3 0 R /Resources << >> >>",
        "<< /Type /Page /Parent 3 0 R /Resources << >> >>",
        "<< /Type /Page /Parent 2 0 R /Resources << >> >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QByteArray xref = "xref\n0 7\n0000000000 65535 f \n";
    for (std::size_t i = 0; i < objects.size(); ++i) {
        xref += QByteArray::number(pdf.size()).rightJustified(10, '0') + " 00000 n \n";
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const QByteArray xrefOffset = QByteArray::number(pdf.size());
    return pdf + xref + "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n" + xrefOffset +
           "\n%%EOF\n";
}

const std::vector<PdfBookmark> kAtlasBookmarks = {
    {QStringLiteral("平顶山市"), 0, 0},
    {QStringLiteral("石龙区产业集聚区"), 1, 1},
    {QStringLiteral("叶县工业园区"), 2, 1},
    {QStringLiteral("Luoyang 洛阳市"), 3, 0},
    {QStringLiteral("Yichuan County (伊川县)"), 4, 1},
    {QStringLiteral("Xin'an County"), 5, 1},
    {QStringLiteral("Ruyang (汝阳县) \\ (brackets)"), 5, 1},
    {QStringLiteral("Appendix"), 6, 0},
};

} // namespace

TEST(PdfOutline, ReadsThePageCountOfQPdfWriterFiles) {
    QTemporaryDir dir;
    for (const int pages : {1, 5}) {
        const QString path = dir.filePath(QStringLiteral("pages%1.pdf").arg(pages));
        writePdf(path, pages);
        const auto structure = readPdfStructure(path);
        ASSERT_TRUE(structure.ok()) << structure.error().message.toStdString();
        EXPECT_EQ(structure.value().pageCount, pages);
        const std::vector<int>& objects = structure.value().pageObjects;
        EXPECT_EQ(std::set<int>(objects.begin(), objects.end()).size(),
                  static_cast<std::size_t>(pages));
        EXPECT_GT(structure.value().catalogObject, 0);
        if (hasTool(QStringLiteral("pdfinfo"))) {
            const ToolOutput info = runTool(QStringLiteral("pdfinfo"), {path});
            EXPECT_TRUE(QString::fromUtf8(info.out).contains(QRegularExpression(
                QStringLiteral("^Pages: +%1$").arg(pages), QRegularExpression::MultilineOption)))
                << info.out.toStdString();
        }
    }
}

TEST(PdfOutline, AddsNestedBookmarksThatOpenTheirPagesAsAnIncrementalUpdate) {
    if (!hasTool(QStringLiteral("qpdf")) || !hasTool(QStringLiteral("pdftotext"))) {
        GTEST_SKIP() << "needs qpdf and pdftotext";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atlas.pdf"));
    writePdf(path, 7);
    const QByteArray before = fileBytes(path);
    const QByteArray textBefore = runTool(QStringLiteral("pdftotext"), {path, "-"}).out;

    const Status status = addPdfOutline(path, kAtlasBookmarks);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();

    const QByteArray after = fileBytes(path);
    EXPECT_TRUE(after.startsWith(before));
    EXPECT_GT(after.size(), before.size());
    expectQpdfAcceptsCleanly(path);
    EXPECT_EQ(qpdfOutline(path), expectedOutline(kAtlasBookmarks));
    const QByteArray textAfter = runTool(QStringLiteral("pdftotext"), {path, "-"}).out;
    EXPECT_TRUE(textBefore.contains("District sheet 7")) << textBefore.toStdString();
    EXPECT_EQ(textAfter, textBefore);

    // Viewers open with the bookmark pane; the document's title survives in the new trailer.
    const auto structure = readPdfStructure(path);
    ASSERT_TRUE(structure.ok()) << structure.error().message.toStdString();
    EXPECT_EQ(structure.value().pageCount, 7);
    const QByteArray catalog =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--show-object=%1").arg(structure.value().catalogObject), path})
            .out;
    EXPECT_TRUE(catalog.contains("/PageMode /UseOutlines")) << catalog.toStdString();
    EXPECT_TRUE(catalog.contains("/Type /Catalog")) << catalog.toStdString();
    const QByteArray info = runTool(QStringLiteral("pdfinfo"), {path}).out;
    EXPECT_TRUE(info.contains("平顶山市 district profiles")) << info.toStdString();
}

TEST(PdfOutline, AddingBookmarksAgainReplacesThemInAFurtherUpdate) {
    if (!hasTool(QStringLiteral("qpdf"))) {
        GTEST_SKIP() << "needs qpdf";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atlas.pdf"));
    writePdf(path, 7);
    ASSERT_TRUE(addPdfOutline(path, kAtlasBookmarks).ok());
    const QByteArray first = fileBytes(path);

    const std::vector<PdfBookmark> rerun = {{QStringLiteral("洛阳市"), 2, 0},
                                            {QStringLiteral("伊川县"), 6, 1}};
    const Status status = addPdfOutline(path, rerun);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();

    EXPECT_TRUE(fileBytes(path).startsWith(first));
    expectQpdfAcceptsCleanly(path);
    EXPECT_EQ(qpdfOutline(path), expectedOutline(rerun));
    const ToolOutput xref = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-xref"), path});
    EXPECT_EQ(xref.exitCode, 0) << xref.err.toStdString();
}

TEST(PdfOutline, FollowsNestedPageTreesAndOpensBookmarksAtTheTopOfThePage) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested.pdf"));
    writeBytes(path, nestedPageTreePdf());
    const auto structure = readPdfStructure(path);
    ASSERT_TRUE(structure.ok()) << structure.error().message.toStdString();
    EXPECT_EQ(structure.value().pageObjects, (std::vector<int>{6, 4, 5}));
    EXPECT_EQ(structure.value().catalogObject, 1);

    const std::vector<PdfBookmark> bookmarks = {{QStringLiteral("汝州市"), 0, 0},
                                                {QStringLiteral("汝州工业区"), 2, 1}};
    ASSERT_TRUE(addPdfOutline(path, bookmarks).ok());
    if (!hasTool(QStringLiteral("qpdf"))) {
        GTEST_SKIP() << "needs qpdf";
    }
    expectQpdfAcceptsCleanly(path);
    EXPECT_EQ(qpdfOutline(path), expectedOutline(bookmarks));
    const ToolOutput run =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), path});
    const QJsonArray dest = QJsonDocument::fromJson(run.out)["outlines"][0]["dest"].toArray();
    EXPECT_EQ(dest.at(0).toString(), QStringLiteral("6 0 R"));
    EXPECT_EQ(dest.at(1).toString(), QStringLiteral("/XYZ"));
    EXPECT_DOUBLE_EQ(dest.at(3).toDouble(), 500.0) << "the top of the inherited MediaBox";
}

// Every refusal names the file and the problem, and leaves the file exactly as it was.
class PdfOutlineRefusal : public ::testing::Test {
protected:
    void expectRefused(const QString& path, const std::vector<PdfBookmark>& bookmarks,
                       const QString& message) {
        const bool existed = QFile::exists(path);
        const QByteArray before = fileBytes(path);
        const Status status = addPdfOutline(path, bookmarks);
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().message, message);
        EXPECT_EQ(QFile::exists(path), existed);
        EXPECT_EQ(fileBytes(path), before);
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), existed ? 1 : 0)
            << "no temporary file is left behind";
    }

    QTemporaryDir m_dir;
};

TEST_F(PdfOutlineRefusal, AFileThatIsNotAPdf) {
    const QString path = m_dir.filePath(QStringLiteral("districts.pdf"));
    writeBytes(path, "code,name\n410402,新华区\n");
    expectRefused(path, kAtlasBookmarks, native(path) + ": not a PDF file (no %PDF header).");
    const auto structure = readPdfStructure(path);
    ASSERT_FALSE(structure.ok());
    EXPECT_EQ(structure.error().message, native(path) + ": not a PDF file (no %PDF header).");
}

TEST_F(PdfOutlineRefusal, ATruncatedPdf) {
    const QString path = m_dir.filePath(QStringLiteral("atlas.pdf"));
    writePdf(path, 7);
    const QByteArray whole = fileBytes(path);
    writeBytes(path, whole.left(whole.size() / 2));
    expectRefused(path, kAtlasBookmarks,
                  native(path) + ": the PDF is damaged or truncated (no cross-reference table "
                                 "at its end).");
}

TEST_F(PdfOutlineRefusal, ABookmarkBeyondTheLastPage) {
    const QString path = m_dir.filePath(QStringLiteral("atlas.pdf"));
    writePdf(path, 3);
    expectRefused(path, {{QStringLiteral("平顶山市"), 0, 0}, {QStringLiteral("石龙区"), 11, 1}},
                  native(path) + ": bookmark 2 (\"石龙区\") points at page 12 but the document "
                                 "has 3 pages.");
}

TEST_F(PdfOutlineRefusal, ABookmarkNestedTwoLevelsBelowItsPredecessor) {
    const QString path = m_dir.filePath(QStringLiteral("atlas.pdf"));
    writePdf(path, 3);
    expectRefused(path, {{QStringLiteral("平顶山市"), 0, 0}, {QStringLiteral("石龙区"), 1, 2}},
                  native(path) + ": bookmark 2 (\"石龙区\") has depth 2; it must be between 0 "
                                 "and 1 (one level below the bookmark before it).");
}

TEST_F(PdfOutlineRefusal, AMissingFile) {
    const QString path = m_dir.filePath(QStringLiteral("missing.pdf"));
    expectRefused(path, kAtlasBookmarks,
                  native(path) + ": cannot be opened (No such file or directory).");
}
