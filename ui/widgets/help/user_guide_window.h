#pragma once

#include <QWidget>

class QLineEdit;

namespace agglomap::widgets {

class MarkdownBrowser;

// Help › User Guide: the Markdown guide installed with Agglomap, in the interface's language,
// in a window of its own beside the map. One window serves every request.
class UserGuideWindow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(UserGuideWindow)

public:
    explicit UserGuideWindow(QString docsDirectory, QWidget* parent = nullptr);

    void setDocsDirectory(const QString& directory);
    // Loads the guide for the language in effect now (QLocale()) unless it is shown already,
    // then brings the window to the front.
    void showGuide();
    // The guide file shown; empty when none was found.
    [[nodiscard]] const QString& guideFile() const { return m_guideFile; }
    [[nodiscard]] MarkdownBrowser* browser() const { return m_browser; }

private:
    void load();
    void showMissingGuide();
    void findNext(bool backward);

    QString m_docsDirectory;
    QString m_guideFile;
    MarkdownBrowser* m_browser = nullptr;
    QLineEdit* m_findBox = nullptr;
};

} // namespace agglomap::widgets
