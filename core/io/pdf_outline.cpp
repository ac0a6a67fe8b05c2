#include "io/pdf_outline.h"

#include "io/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace agglomap::io {

namespace {

// Deeper nesting than this is a damaged or hostile file, not a real page tree or dictionary.
constexpr int kMaxNesting = 64;

// One parsed PDF value. `raw` keeps the exact source bytes so the catalog's entries can be
// copied into its new version unchanged.
struct PdfValue {
    enum class Kind { Null, Boolean, Number, Name, String, Array, Dictionary, Reference };
    Kind kind = Kind::Null;
    QByteArray raw;
    double number = 0.0;
    QByteArray name; // a Name's text after the slash, as written
    int object = 0;  // a Reference's object and generation
    int generation = 0;
    // A named struct, not a std::pair: clang 14 with libstdc++ 12 refuses a pair of this
    // still incomplete type (tools/sanitize.sh builds with clang).
    struct Entry;
    std::vector<PdfValue> items; // an Array's elements
    std::vector<Entry> entries;  // a Dictionary's, in file order

    const PdfValue* find(QByteArrayView key) const;
    bool isName(QByteArrayView text) const { return kind == Kind::Name && name == text; }
};

struct PdfValue::Entry {
    QByteArray key;
    PdfValue value;
};

const PdfValue* PdfValue::find(QByteArrayView key) const {
    for (const auto& [entryKey, value] : entries) {
        if (entryKey == key) {
            return &value;
        }
    }
    return nullptr;
}

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool isDelimiter(char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '/' || c == '%';
}
bool isRegular(char c) {
    return !isSpace(c) && !isDelimiter(c);
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads PDF tokens and values from a position in the file; every read returns nothing rather
// than running past the end or accepting malformed syntax.
class Lexer {
public:
    Lexer(const QByteArray& bytes, qsizetype position)
        : m_bytes(bytes)
        , m_pos(position) {}

    void skipSpace() {
        while (m_pos < m_bytes.size()) {
            if (m_bytes[m_pos] == '%') {
                while (m_pos < m_bytes.size() && m_bytes[m_pos] != '\n' && m_bytes[m_pos] != '\r') {
                    ++m_pos;
                }
            } else if (isSpace(m_bytes[m_pos])) {
                ++m_pos;
            } else {
                return;
            }
        }
    }

    // Consumes `word` if it is the next whole token ("R" but not the start of "Rotate").
    bool keyword(QByteArrayView word) {
        skipSpace();
        const qsizetype end = m_pos + word.size();
        if (end <= m_bytes.size() && QByteArrayView(m_bytes).sliced(m_pos).startsWith(word) &&
            (end == m_bytes.size() || !isRegular(word.back()) || !isRegular(m_bytes[end]))) {
            m_pos = end;
            return true;
        }
        return false;
    }

    std::optional<qint64> unsignedInteger() {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_bytes.size() && m_pos - start < 18 && isDigit(m_bytes[m_pos])) {
            ++m_pos;
        }
        if (m_pos == start || (m_pos < m_bytes.size() && isRegular(m_bytes[m_pos]))) {
            m_pos = start;
            return std::nullopt;
        }
        return m_bytes.mid(start, m_pos - start).toLongLong();
    }

    std::optional<PdfValue> value(int nesting = 0) {
        skipSpace();
        if (m_pos >= m_bytes.size() || nesting > kMaxNesting) {
            return std::nullopt;
        }
        const qsizetype start = m_pos;
        std::optional<PdfValue> parsed = valueAt(nesting);
        if (parsed) {
            parsed->raw = m_bytes.mid(start, m_pos - start);
        }
        return parsed;
    }

private:
    std::optional<PdfValue> valueAt(int nesting) {
        PdfValue result;
        const char c = m_bytes[m_pos];
        if (c == '<' && m_pos + 1 < m_bytes.size() && m_bytes[m_pos + 1] == '<') {
            m_pos += 2;
            result.kind = PdfValue::Kind::Dictionary;
            while (!keyword(">>")) {
                std::optional<PdfValue> key = value(nesting + 1);
                std::optional<PdfValue> entry = value(nesting + 1);
                if (!key || key->kind != PdfValue::Kind::Name || !entry) {
                    return std::nullopt;
                }
                result.entries.push_back({key->name, std::move(*entry)});
            }
        } else if (c == '[') {
            ++m_pos;
            result.kind = PdfValue::Kind::Array;
            while (!keyword("]")) {
                std::optional<PdfValue> item = value(nesting + 1);
                if (!item) {
                    return std::nullopt;
                }
                result.items.push_back(std::move(*item));
            }
        } else if (c == '<') {
            result.kind = PdfValue::Kind::String;
            const qsizetype end = m_bytes.indexOf('>', m_pos);
            if (end < 0) {
                return std::nullopt;
            }
            m_pos = end + 1;
        } else if (c == '(') {
            result.kind = PdfValue::Kind::String;
            if (!skipLiteralString()) {
                return std::nullopt;
            }
        } else if (c == '/') {
            result.kind = PdfValue::Kind::Name;
            result.name = regularToken(m_pos + 1);
        } else if (isDigit(c) || c == '+' || c == '-' || c == '.') {
            return numberOrReference();
        } else {
            const QByteArray word = regularToken(m_pos);
            if (word == "true" || word == "false") {
                result.kind = PdfValue::Kind::Boolean;
            } else if (word != "null") {
                return std::nullopt;
            }
        }
        return result;
    }

    QByteArray regularToken(qsizetype start) {
        m_pos = start;
        while (m_pos < m_bytes.size() && isRegular(m_bytes[m_pos])) {
            ++m_pos;
        }
        return m_bytes.mid(start, m_pos - start);
    }

    bool skipLiteralString() {
        int open = 0;
        for (; m_pos < m_bytes.size(); ++m_pos) {
            const char c = m_bytes[m_pos];
            if (c == '\\') {
                ++m_pos;
            } else if (c == '(') {
                ++open;
            } else if (c == ')' && --open == 0) {
                ++m_pos;
                return true;
            }
        }
        return false;
    }

    std::optional<PdfValue> numberOrReference() {
        PdfValue result;
        result.kind = PdfValue::Kind::Number;
        const QByteArray token = regularToken(m_pos);
        bool ok = false;
        result.number = token.toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
        // "12 0 R" is one value: look ahead for the generation and the R.
        const qsizetype afterNumber = m_pos;
        const std::optional<qint64> generation = unsignedInteger();
        if (generation && keyword("R")) {
            result.kind = PdfValue::Kind::Reference;
            result.object = token.toInt(&ok);
            result.generation = static_cast<int>(*generation);
            return ok ? std::optional(result) : std::nullopt;
        }
        m_pos = afterNumber;
        return result;
    }

    const QByteArray& m_bytes;
    qsizetype m_pos;
};

struct XrefEntry {
    qint64 offset = 0;
    int generation = 0;
    bool inUse = false;
};

struct PageRef {
    int object = 0;
    int generation = 0;
    std::optional<double> top; // of the MediaBox, for destinations at the top of the page
};

// A PDF read far enough to find its pages and to append an update to it.
struct ParsedPdf {
    // The file mapped into memory, not read into it: an atlas of hundreds of pages is tens of
    // megabytes, of which the parser touches only the cross-reference table and a few objects.
    std::shared_ptr<QFile> file;
    QByteArray bytes;
    std::map<int, XrefEntry> objects; // the newest entry of each object number
    PdfValue trailer;                 // of the newest cross-reference section
    qint64 lastXrefOffset = 0;
    PdfValue catalogRef;
    PdfValue catalog;
    std::vector<PageRef> pages;
};

class PdfReader {
public:
    explicit PdfReader(const QString& path)
        : m_path(path) {}

    Result<ParsedPdf> read() {
        m_pdf.file = std::make_shared<QFile>(m_path);
        QFile& file = *m_pdf.file;
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(
                //: Fills %2 of "%1: %2" after the PDF's name; %1 is the system's reason
                QCoreApplication::translate("agglomap::io::PdfOutline", "cannot be opened (%1).")
                    .arg(file.errorString()));
        }
        const uchar* mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
        m_pdf.bytes = mapped ? QByteArray::fromRawData(reinterpret_cast<const char*>(mapped),
                                                       static_cast<qsizetype>(file.size()))
                             : file.readAll();
        if (!m_pdf.bytes.startsWith("%PDF-")) {
            return fail(QCoreApplication::translate("agglomap::io::PdfOutline",
                                                    "not a PDF file (no %PDF header)."));
        }
        if (const Status status = readCrossReferences(); !status) {
            return status.error();
        }
        if (m_pdf.trailer.find("Encrypt")) {
            return fail(QCoreApplication::translate("agglomap::io::PdfOutline",
                                                    "is encrypted; bookmarks can only be added to "
                                                    "unencrypted PDFs."));
        }
        const PdfValue* root = m_pdf.trailer.find("Root");
        if (!root || root->kind != PdfValue::Kind::Reference) {
            return fail(QCoreApplication::translate(
                "agglomap::io::PdfOutline", "the trailer names no document catalog (/Root)."));
        }
        m_pdf.catalogRef = *root;
        auto catalog = object(root->object);
        if (!catalog) {
            return catalog.error();
        }
        m_pdf.catalog = std::move(catalog).value();
        const PdfValue* pages = m_pdf.catalog.find("Pages");
        if (!pages || pages->kind != PdfValue::Kind::Reference) {
            return fail(QCoreApplication::translate(
                "agglomap::io::PdfOutline", "the document catalog has no page tree (/Pages)."));
        }
        std::set<int> visited;
        if (const Status status = walkPages(*pages, std::nullopt, 0, visited); !status) {
            return status.error();
        }
        return std::move(m_pdf);
    }

    Error fail(const QString& problem) const {
        //: %1 is the PDF file, %2 what is wrong with it
        return Error{QCoreApplication::translate("agglomap::io::PdfOutline", "%1: %2")
                         .arg(QDir::toNativeSeparators(m_path), problem)};
    }

private:
    Status readCrossReferences() {
        const QByteArray& bytes = m_pdf.bytes;
        const qsizetype startxref = bytes.lastIndexOf("startxref");
        Lexer tail(bytes, startxref + 9);
        const std::optional<qint64> offset = startxref >= 0 ? tail.unsignedInteger() : std::nullopt;
        if (!offset || startxref < bytes.size() - 1024 || bytes.indexOf("%%EOF", startxref) < 0) {
            return fail(QCoreApplication::translate(
                "agglomap::io::PdfOutline", "the PDF is damaged or truncated (no cross-reference "
                                            "table at its end)."));
        }
        m_pdf.lastXrefOffset = *offset;
        std::set<qint64> visited;
        for (std::optional<qint64> next = offset; next;) {
            const qint64 at = *next;
            if (!visited.insert(at).second) {
                return fail(QCoreApplication::translate(
                    "agglomap::io::PdfOutline",
                    "its cross-reference sections form a loop; the PDF is "
                    "damaged."));
            }
            Lexer lexer(bytes, at);
            if (at >= bytes.size() || !lexer.keyword("xref")) {
                if (lexer.unsignedInteger() && lexer.unsignedInteger() && lexer.keyword("obj")) {
                    return fail(QCoreApplication::translate(
                        "agglomap::io::PdfOutline",
                        "has a compressed cross-reference stream; only "
                        "uncompressed PDFs as QPdfWriter writes them are "
                        "supported."));
                }
                return fail(
                    QCoreApplication::translate("agglomap::io::PdfOutline",
                                                "no cross-reference table at byte %1; the PDF is "
                                                "damaged.")
                        .arg(at));
            }
            auto trailer = readXrefSection(lexer, at);
            if (!trailer) {
                return trailer.error();
            }
            if (at == m_pdf.lastXrefOffset) {
                m_pdf.trailer = trailer.value();
            }
            const PdfValue* prev = trailer.value().find("Prev");
            next = prev && prev->kind == PdfValue::Kind::Number
                       ? std::optional(static_cast<qint64>(prev->number))
                       : std::nullopt;
        }
        return {};
    }

    // Reads one "xref ... trailer <<...>>" section; entries already known from a newer
    // section win.
    Result<PdfValue> readXrefSection(Lexer& lexer, qint64 at) {
        const Error damaged =
            fail(QCoreApplication::translate("agglomap::io::PdfOutline",
                                             "the cross-reference table at byte %1 is damaged.")
                     .arg(at));
        while (!lexer.keyword("trailer")) {
            const std::optional<qint64> first = lexer.unsignedInteger();
            const std::optional<qint64> count = lexer.unsignedInteger();
            if (!first || !count) {
                return damaged;
            }
            for (qint64 i = 0; i < *count; ++i) {
                const std::optional<qint64> offset = lexer.unsignedInteger();
                const std::optional<qint64> generation = lexer.unsignedInteger();
                const bool inUse = lexer.keyword("n");
                if (!offset || !generation || (!inUse && !lexer.keyword("f"))) {
                    return damaged;
                }
                m_pdf.objects.try_emplace(static_cast<int>(*first + i),
                                          XrefEntry{*offset, static_cast<int>(*generation), inUse});
            }
        }
        std::optional<PdfValue> trailer = lexer.value();
        if (!trailer || trailer->kind != PdfValue::Kind::Dictionary) {
            return damaged;
        }
        return std::move(*trailer);
    }

    Result<PdfValue> object(int number) {
        const auto entry = m_pdf.objects.find(number);
        if (entry != m_pdf.objects.end() && entry->second.inUse) {
            Lexer lexer(m_pdf.bytes, entry->second.offset);
            if (entry->second.offset < m_pdf.bytes.size() && lexer.unsignedInteger() == number &&
                lexer.unsignedInteger() && lexer.keyword("obj")) {
                if (std::optional<PdfValue> value = lexer.value()) {
                    return std::move(*value);
                }
            }
        }
        return fail(QCoreApplication::translate("agglomap::io::PdfOutline",
                                                "object %1 is missing or damaged.")
                        .arg(number));
    }

    Result<PdfValue> resolve(const PdfValue& value) {
        if (value.kind == PdfValue::Kind::Reference) {
            return object(value.object);
        }
        return value;
    }

    // Collects the pages in order, descending /Kids from the catalog's /Pages.
    Status walkPages(const PdfValue& ref, std::optional<double> inheritedTop, int depth,
                     std::set<int>& visited) {
        const Error damaged =
            fail(QCoreApplication::translate("agglomap::io::PdfOutline",
                                             "the page tree is damaged at object %1.")
                     .arg(ref.object));
        if (ref.kind != PdfValue::Kind::Reference || depth > kMaxNesting ||
            !visited.insert(ref.object).second) {
            return damaged;
        }
        auto node = object(ref.object);
        if (!node) {
            return node.error();
        }
        if (node.value().kind != PdfValue::Kind::Dictionary) {
            return damaged;
        }
        std::optional<double> top = inheritedTop;
        if (const PdfValue* box = node.value().find("MediaBox");
            box && box->items.size() == 4 && box->items[1].kind == PdfValue::Kind::Number &&
            box->items[3].kind == PdfValue::Kind::Number) {
            top = std::max(box->items[1].number, box->items[3].number);
        }
        const PdfValue* type = node.value().find("Type");
        if (type && type->isName("Page")) {
            m_pdf.pages.push_back(PageRef{ref.object, ref.generation, top});
            return {};
        }
        const PdfValue* kidsRef = node.value().find("Kids");
        if (!type || !type->isName("Pages") || !kidsRef) {
            return damaged;
        }
        auto kids = resolve(*kidsRef);
        if (!kids) {
            return kids.error();
        }
        for (const PdfValue& kid : kids.value().items) {
            if (const Status status = walkPages(kid, top, depth + 1, visited); !status) {
                return status;
            }
        }
        return {};
    }

    QString m_path;
    ParsedPdf m_pdf;
};

QByteArray reference(int object, int generation = 0) {
    return QByteArray::number(object) + ' ' + QByteArray::number(generation) + " R";
}

QByteArray utf16HexString(const QString& text) {
    QByteArray bigEndian;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        bigEndian += static_cast<char>(unit >> 8);
        bigEndian += static_cast<char>(unit & 0xFF);
    }
    return "<FEFF" + bigEndian.toHex().toUpper() + '>';
}

Status checkBookmarks(const PdfReader& reader, const std::vector<PdfBookmark>& bookmarks,
                      int pageCount) {
    int maxDepth = 0;
    for (std::size_t i = 0; i < bookmarks.size(); ++i) {
        const PdfBookmark& mark = bookmarks[i];
        if (mark.pageIndex < 0 || mark.pageIndex >= pageCount) {
            return reader.fail(
                //: %1 is the bookmark's number, %2 its title, %3 a page, %4 the number of pages
                QCoreApplication::translate("agglomap::io::PdfOutline",
                                            "bookmark %1 (\"%2\") points at page %3 but the "
                                            "document has %4 pages.")
                    .arg(i + 1)
                    .arg(mark.title)
                    .arg(mark.pageIndex + 1)
                    .arg(pageCount));
        }
        if (mark.depth < 0 || mark.depth > maxDepth) {
            return reader.fail(
                //: %1 is the bookmark's number, %2 its title, %3 its depth, %4 the deepest allowed
                QCoreApplication::translate("agglomap::io::PdfOutline",
                                            "bookmark %1 (\"%2\") has depth %3; it must be "
                                            "between 0 and %4 (one level below the bookmark "
                                            "before it).")
                    .arg(i + 1)
                    .arg(mark.title)
                    .arg(mark.depth)
                    .arg(maxDepth));
        }
        maxDepth = mark.depth + 1;
    }
    return {};
}

// The outline as a tree: node 0 is the /Outlines dictionary, node i + 1 is bookmark i.
struct OutlineNode {
    int parent = -1;
    int prev = -1;
    int next = -1;
    std::vector<int> children;
    int descendants = 0;
};

std::vector<OutlineNode> outlineTree(const std::vector<PdfBookmark>& bookmarks) {
    std::vector<OutlineNode> nodes(bookmarks.size() + 1);
    std::vector<int> parentAtDepth{0}; // [d]: the node that bookmarks at depth d belong to
    for (std::size_t i = 0; i < bookmarks.size(); ++i) {
        const int node = static_cast<int>(i) + 1;
        const auto depth = static_cast<std::size_t>(bookmarks[i].depth);
        parentAtDepth.resize(depth + 1);
        const int parent = parentAtDepth[depth];
        nodes[i + 1].parent = parent;
        std::vector<int>& siblings = nodes[static_cast<std::size_t>(parent)].children;
        if (!siblings.empty()) {
            nodes[static_cast<std::size_t>(siblings.back())].next = node;
            nodes[i + 1].prev = siblings.back();
        }
        siblings.push_back(node);
        for (int up = parent; up >= 0; up = nodes[static_cast<std::size_t>(up)].parent) {
            ++nodes[static_cast<std::size_t>(up)].descendants;
        }
        parentAtDepth.push_back(node);
    }
    return nodes;
}

// The text appended to a PDF: new object versions, a cross-reference section for them and a
// trailer.
class IncrementalUpdate {
public:
    explicit IncrementalUpdate(const QByteArray& original)
        : m_base(original.size())
        , m_text(original.endsWith('\n') || original.endsWith('\r') ? "" : "\n") {}

    void addObject(int number, int generation, const QByteArray& dictionary) {
        m_entries[number] = {m_base + m_text.size(), generation};
        m_text += QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n<<\n" +
                  dictionary + ">>\nendobj\n";
    }

    QByteArray finish(const QByteArray& trailerEntries) {
        const qint64 xrefOffset = m_base + m_text.size();
        m_text += "xref\n";
        // One subsection per run of consecutive object numbers.
        for (auto run = m_entries.begin(); run != m_entries.end();) {
            auto end = std::next(run);
            int count = 1;
            for (; end != m_entries.end() && end->first == run->first + count; ++end) {
                ++count;
            }
            m_text += QByteArray::number(run->first) + ' ' + QByteArray::number(count) + '\n';
            for (; run != end; ++run) {
                const auto [offset, generation] = run->second;
                m_text += QByteArray::number(offset).rightJustified(10, '0') + ' ' +
                          QByteArray::number(generation).rightJustified(5, '0') + " n \n";
            }
        }
        m_text += "trailer\n<<\n" + trailerEntries + ">>\nstartxref\n" +
                  QByteArray::number(xrefOffset) + "\n%%EOF\n";
        return m_text;
    }

private:
    qint64 m_base;
    QByteArray m_text;
    std::map<int, std::pair<qint64, int>> m_entries; // object number: offset, generation
};

QByteArray outlineUpdate(const ParsedPdf& pdf, const std::vector<PdfBookmark>& bookmarks,
                         int firstNewObject) {
    const std::vector<OutlineNode> nodes = outlineTree(bookmarks);
    const auto ref = [&](int node) {
        return reference(firstNewObject + node);
    };
    IncrementalUpdate update(pdf.bytes);
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const OutlineNode& node = nodes[n];
        QByteArray entries = "/Type /Outlines\n";
        if (n > 0) {
            const PdfBookmark& mark = bookmarks[n - 1];
            const PageRef& page = pdf.pages[static_cast<std::size_t>(mark.pageIndex)];
            const QByteArray top = page.top ? QByteArray::number(*page.top, 'f', 2) : "null";
            entries = "/Title " + utf16HexString(mark.title) + "\n/Parent " + ref(node.parent) +
                      "\n/Dest [" + reference(page.object, page.generation) + " /XYZ 0 " + top +
                      " null]\n";
            if (node.prev >= 0) {
                entries += "/Prev " + ref(node.prev) + '\n';
            }
            if (node.next >= 0) {
                entries += "/Next " + ref(node.next) + '\n';
            }
        }
        if (!node.children.empty()) {
            // A positive count shows the entry expanded, its descendants visible.
            entries += "/First " + ref(node.children.front()) + "\n/Last " +
                       ref(node.children.back()) + "\n/Count " +
                       QByteArray::number(node.descendants) + '\n';
        }
        update.addObject(firstNewObject + static_cast<int>(n), 0, entries);
    }

    QByteArray catalog;
    for (const auto& [key, value] : pdf.catalog.entries) {
        if (key != "Outlines" && key != "PageMode") {
            catalog += '/' + key + ' ' + value.raw + '\n';
        }
    }
    catalog += "/Outlines " + ref(0) + "\n/PageMode /UseOutlines\n";
    update.addObject(pdf.catalogRef.object, pdf.catalogRef.generation, catalog);

    QByteArray trailer = "/Size " +
                         QByteArray::number(firstNewObject + static_cast<int>(nodes.size())) +
                         "\n/Root " + pdf.catalogRef.raw + "\n/Prev " +
                         QByteArray::number(pdf.lastXrefOffset) + '\n';
    for (const char* kept : {"Info", "ID"}) {
        if (const PdfValue* value = pdf.trailer.find(kept)) {
            trailer += '/' + QByteArray(kept) + ' ' + value->raw + '\n';
        }
    }
    return update.finish(trailer);
}

} // namespace

Result<PdfStructure> readPdfStructure(const QString& pdfPath) {
    auto pdf = PdfReader(pdfPath).read();
    if (!pdf) {
        return pdf.error();
    }
    PdfStructure structure;
    structure.pageCount = static_cast<int>(pdf.value().pages.size());
    for (const PageRef& page : pdf.value().pages) {
        structure.pageObjects.push_back(page.object);
    }
    structure.catalogObject = pdf.value().catalogRef.object;
    return structure;
}

Status addPdfOutline(const QString& pdfPath, const std::vector<PdfBookmark>& bookmarks) {
    PdfReader reader(pdfPath);
    auto parsed = reader.read();
    if (!parsed) {
        return parsed.error();
    }
    const ParsedPdf& pdf = parsed.value();
    if (const Status status = checkBookmarks(reader, bookmarks, static_cast<int>(pdf.pages.size()));
        !status) {
        return status;
    }
    if (bookmarks.empty()) {
        return {};
    }
    const PdfValue* size = pdf.trailer.find("Size");
    if (!size || size->kind != PdfValue::Kind::Number || size->number < 1) {
        return reader.fail(QCoreApplication::translate(
            "agglomap::io::PdfOutline", "the trailer has no valid /Size; the PDF is damaged."));
    }
    const QByteArray update = outlineUpdate(pdf, bookmarks, static_cast<int>(size->number));

    OutputFile file(pdfPath);
    if (const Status status = file.begin(); !status) {
        return status.error();
    }
    // Copied in pieces through a buffer, so memory stays bounded however large the document.
    QFile original(pdfPath);
    if (!original.open(QIODevice::ReadOnly)) {
        return reader.fail(
            QCoreApplication::translate("agglomap::io::PdfOutline", "cannot be opened (%1).")
                .arg(original.errorString()));
    }
    while (!original.atEnd()) {
        const QByteArray chunk = original.read(1 << 20);
        if (chunk.isEmpty()) {
            return reader.fail(QCoreApplication::translate(
                "agglomap::io::PdfOutline", "could not be copied; the file is unchanged."));
        }
        file.write(chunk);
    }
    file.write(update);
    if (const Status status = file.commit(); !status) {
        return status.error();
    }
    return {};
}

} // namespace agglomap::io
