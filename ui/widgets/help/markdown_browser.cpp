#include "widgets/help/markdown_browser.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>

#include <algorithm>
#include <vector>

namespace agglomap::widgets {

namespace {
// Where a resized image keeps the name it has in the Markdown.
constexpr int kOriginalImage = QTextFormat::UserProperty + 1;
} // namespace

MarkdownBrowser::MarkdownBrowser(QWidget* parent)
    : QTextBrowser(parent)
    , m_openExternal([](const QUrl& url) { QDesktopServices::openUrl(url); }) {
    // Links are followed here so that only Markdown opens inside the browser.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownBrowser::followLink);
    // Emitted for every document shown, also by Back and Forward, which bypass doSetSource().
    connect(this, &QTextBrowser::sourceChanged, this, &MarkdownBrowser::showDocument);
}

void MarkdownBrowser::setExternalLinkHandler(std::function<void(const QUrl&)> handler) {
    m_openExternal = std::move(handler);
}

QString MarkdownBrowser::headingAnchor(const QString& heading) {
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            anchor += c;
        } else if (c.isSpace()) {
            anchor += QLatin1Char('-');
        }
    }
    return anchor;
}

void MarkdownBrowser::followLink(const QUrl& link) {
    const QUrl target = source().resolved(link);
    const bool markdown =
        target.isLocalFile() && QFileInfo(target.toLocalFile())
                                        .suffix()
                                        .compare(QLatin1String("md"), Qt::CaseInsensitive) == 0;
    if (markdown) {
        // Through setSource, so that Back and Forward know the way.
        setSource(target, QTextDocument::MarkdownResource);
    } else {
        m_openExternal(target);
    }
}

void MarkdownBrowser::showDocument(const QUrl& source) {
    // Image names are relative to the document they are in.
    m_images.clear();
    fitImages();
    // A document loaded just now was scrolled before its headings carried the anchor.
    if (addHeadingAnchors() && source.hasFragment()) {
        scrollToAnchor(source.fragment(QUrl::FullyDecoded));
    }
}

void MarkdownBrowser::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    fitImages();
}

QImage imageFromResource(const QVariant& resource) {
    if (resource.typeId() == QMetaType::QPixmap) {
        return resource.value<QPixmap>().toImage();
    }
    if (resource.typeId() == QMetaType::QImage) {
        return resource.value<QImage>();
    }
    return QImage::fromData(resource.toByteArray());
}

QImage MarkdownBrowser::originalImage(const QString& name) {
    if (const auto known = m_images.constFind(name); known != m_images.cend()) {
        return *known;
    }
    const QImage image =
        imageFromResource(document()->resource(QTextDocument::ImageResource, QUrl(name)));
    m_images.insert(name, image);
    return image;
}

void MarkdownBrowser::fitImages() {
    const qreal available = viewport()->width() - 2.0 * document()->documentMargin() - 2.0;
    if (available <= 0.0) {
        return;
    }
    const qreal ratio = devicePixelRatioF();
    struct Resized {
        int position;
        int length;
        QTextImageFormat format;
    };
    std::vector<Resized> resized;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QString name = format.hasProperty(kOriginalImage)
                                     ? format.stringProperty(kOriginalImage)
                                     : format.name();
            const QImage original = originalImage(name);
            if (original.isNull()) {
                continue;
            }
            const qreal width = std::min<qreal>(original.width(), available);
            if (format.width() > 0.0 && qAbs(format.width() - width) < 0.5) {
                continue;
            }
            format.setProperty(kOriginalImage, name);
            format.setWidth(width);
            format.setHeight(original.height() * width / original.width());
            if (width < original.width()) {
                // Scaled smoothly once here: the browser would scale it coarsely at every paint,
                // and a screenshot's text would blur.
                QImage fitted =
                    original.scaledToWidth(qRound(width * ratio), Qt::SmoothTransformation);
                fitted.setDevicePixelRatio(ratio);
                const QString fittedName = name + QStringLiteral("#fitted");
                // Looked up resolved against the document's base, so kept under that URL.
                document()->addResource(QTextDocument::ImageResource,
                                        document()->baseUrl().resolved(QUrl(fittedName)), fitted);
                format.setName(fittedName);
            } else {
                format.setName(name);
            }
            resized.push_back({fragment.position(), fragment.length(), format});
        }
    }
    // Applied after the walk: formatting splits and merges the fragments walked.
    for (const Resized& change : resized) {
        QTextCursor cursor(document());
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    document()->setModified(false);
}

bool MarkdownBrowser::addHeadingAnchors() {
    QSet<QString> used;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0) {
            continue;
        }
        const QTextBlock::iterator first = block.begin();
        if (used.isEmpty() && !first.atEnd() &&
            !first.fragment().charFormat().anchorNames().isEmpty()) {
            return false; // anchored when it was shown before
        }
        const QString base = headingAnchor(block.text());
        QString anchor = base;
        // Repeated headings are told apart as GitHub does: name, name-1, name-2...
        for (int n = 1; used.contains(anchor); ++n) {
            anchor = QStringLiteral("%1-%2").arg(base).arg(n);
        }
        used.insert(anchor);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
    }
    // Anchors are not edits: the document is a view of the file.
    document()->setModified(false);
    return !used.isEmpty();
}

} // namespace agglomap::widgets
