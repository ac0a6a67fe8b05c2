#pragma once

#include <QString>

namespace agglomap::test {

// Runs a poppler or qpdf tool (pdftotext, pdfinfo, qpdf...) and returns its standard output;
// the test fails loudly if the tool is missing or fails.
[[nodiscard]] QString runTool(const QString& program, const QStringList& arguments);
// The text layer of a PDF, as a reader copying it would get it.
[[nodiscard]] QString pdfText(const QString& path);
[[nodiscard]] int pdfPageCount(const QString& path);

} // namespace agglomap::test
