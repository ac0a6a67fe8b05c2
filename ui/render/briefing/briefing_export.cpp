#include "render/briefing/briefing_export.h"

#include "io/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace agglomap::render {

namespace {

// SVG and PDF are laid out at this resolution: the unit the map painter's pixel widths assume.
constexpr int kVectorDpi = 96;

QSize pagePixels(PageFormat format, int dpi) {
    const QSizeF mm = pageSizeMm(format);
    return {static_cast<int>(std::lround(mmToPixels(mm.width(), dpi))),
            static_cast<int>(std::lround(mmToPixels(mm.height(), dpi)))};
}

Error writeError(const QString& path, const QString& reason) {
    return Error{QCoreApplication::translate("agglomap::render::Export", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

// A drawing that stopped: the disk's reason when a write failed, else the drawing's own.
Status stopped(io::OutputFile& file, const QString& path, const QString& reason) {
    return file.failed() ? file.commit() : Status(writeError(path, reason));
}

QString cannotStartDrawing() {
    return QCoreApplication::translate("agglomap::render::Export", "cannot start drawing");
}

Status writePng(const MapBriefing& briefing, const BriefingPage& page, const QString& path) {
    io::OutputFile file(path);
    if (const Status status = file.begin(); !status) {
        return status.error();
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(renderBriefingImage(briefing, page))) {
        return stopped(file, path, writer.errorString());
    }
    return file.commit();
}

Status writeSvg(const MapBriefing& briefing, const BriefingPage& page, const QString& path) {
    io::OutputFile file(path);
    if (const Status status = file.begin(); !status) {
        return status.error();
    }
    const QSize size = pagePixels(page.format, kVectorDpi);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(kVectorDpi);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(briefing.title);
    svg.setDescription(briefing.subtitle);
    QPainter painter;
    if (!painter.begin(&svg)) {
        return stopped(file, path, cannotStartDrawing());
    }
    paintBriefing(painter, QRectF(QPointF(0, 0), QSizeF(size)), briefing);
    painter.end();
    return file.commit();
}

Status writePdf(const MapBriefing& briefing, const BriefingPage& page, const QString& path) {
    io::OutputFile file(path);
    if (const Status status = file.begin(); !status) {
        return status.error();
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(pageSizeMm(page.format), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(kVectorDpi * 3);
        pdf.setTitle(briefing.title);
        pdf.setCreator(QStringLiteral("Agglomap"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            return stopped(file, path, cannotStartDrawing());
        }
        const QRectF pageRect(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        paintBriefing(painter, pageRect, briefing);
        painter.end();
    }
    return file.commit();
}

} // namespace

std::optional<BriefingFileType> briefingFileType(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return BriefingFileType::Png;
    }
    if (suffix == QLatin1String("svg")) {
        return BriefingFileType::Svg;
    }
    if (suffix == QLatin1String("pdf")) {
        return BriefingFileType::Pdf;
    }
    return std::nullopt;
}

QImage renderBriefingImage(const MapBriefing& briefing, const BriefingPage& page) {
    const int dpi = std::clamp(page.dpi, kMinimumDpi, kMaximumDpi);
    QImage image(pagePixels(page.format, dpi), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintBriefing(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), briefing);
    painter.end();
    return image;
}

Status exportBriefing(const MapBriefing& briefing, const BriefingPage& page, const QString& path) {
    const auto type = briefingFileType(path);
    if (!type) {
        return Error{QCoreApplication::translate(
                         "agglomap::render::Export",
                         "Cannot export %1: the name must end in .png, .svg or .pdf.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    switch (*type) {
    case BriefingFileType::Png:
        return writePng(briefing, page, path);
    case BriefingFileType::Svg:
        return writeSvg(briefing, page, path);
    case BriefingFileType::Pdf:
        return writePdf(briefing, page, path);
    }
    return {};
}

} // namespace agglomap::render
