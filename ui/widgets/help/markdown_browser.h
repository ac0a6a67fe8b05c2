#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>

#include <functional>

namespace agglomap::widgets {

// A QTextBrowser for Markdown documents on disk: headings get the anchors GitHub gives them
// ("## Map and cities" → #map-and-cities), so links between headings work as they do where the
// guide is reviewed; Markdown files linked from the document open in place; anything else
// (web pages, mail, other files) goes to the desktop's handler. Wide images shrink to the view.
class MarkdownBrowser : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY(MarkdownBrowser)

public:
    explicit MarkdownBrowser(QWidget* parent = nullptr);

    // Replaces what opens links outside the guide; tests use it to keep the browser closed.
    void setExternalLinkHandler(std::function<void(const QUrl&)> handler);

    // The anchor GitHub derives from a heading's text.
    [[nodiscard]] static QString headingAnchor(const QString& heading);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void followLink(const QUrl& link);
    void showDocument(const QUrl& source);
    // Scales images wider than the view down to its width, so that no screenshot needs
    // scrolling sideways; narrower ones keep their own size.
    void fitImages();
    // The image as the document names it, at its own size.
    [[nodiscard]] QImage originalImage(const QString& name);
    // Gives each heading its anchor unless it has them; true if it added them.
    bool addHeadingAnchors();

    std::function<void(const QUrl&)> m_openExternal;
    QHash<QString, QImage> m_images;
};

// A document image resource as an image: QTextDocument keeps it as the file's bytes until it is
// drawn, then as a pixmap.
[[nodiscard]] QImage imageFromResource(const QVariant& resource);

} // namespace agglomap::widgets
