#pragma once

#include "util/result.h"
#include "util/status.h"

#include <QString>

#include <vector>

namespace agglomap::io {

// One entry of a PDF's bookmark tree (its "outline"). Entries are listed in document order;
// an entry's parent is the nearest earlier entry with a smaller depth.
struct PdfBookmark {
    QString title;     // any Unicode text: written as UTF-16BE with a byte-order mark
    int pageIndex = 0; // 0-based page the bookmark opens, at the top of the page
    int depth = 0;     // 0: top level
};

// What a PDF's cross-reference table says about its pages, for tests and tools.
struct PdfStructure {
    int pageCount = 0;
    std::vector<int> pageObjects; // object numbers of the pages, in page order
    int catalogObject = 0;
};

// Reads the page tree of a PDF written by QPdfWriter (uncompressed cross-reference table).
// Nested page trees and earlier incremental updates are followed; PDFs with compressed
// cross-reference streams (PDF 1.5+) or encryption are refused with a message.
[[nodiscard]] Result<PdfStructure> readPdfStructure(const QString& pdfPath);

// Adds bookmarks to a finished PDF written by QPdfWriter, which cannot write them itself, and
// makes viewers open with the bookmark pane shown. The new objects, a new catalog and a new
// cross-reference section are appended as an incremental update (PDF 1.4, section 3.4.5), so
// the pages written before stay byte for byte as they were. The file is rewritten atomically:
// on any failure (not a PDF, unexpected structure, a page index out of range, a disk error)
// the error names the file and what was wrong, and the file is unchanged.
//
// Each bookmark opens its page scrolled to the top (/XYZ 0 <top of the MediaBox> null, so the
// reader's zoom is kept); entries with children are shown expanded. The depth of a bookmark
// may be at most one more than that of the bookmark before it, and the first has depth 0.
// Adding bookmarks to a file that already has some (when this step runs a second time)
// replaces them: a further incremental update chains to the previous one via /Prev, and the
// old outline objects stay in the file unreferenced. An empty list leaves the file as it is.
[[nodiscard]] Status addPdfOutline(const QString& pdfPath,
                                   const std::vector<PdfBookmark>& bookmarks);

} // namespace agglomap::io
