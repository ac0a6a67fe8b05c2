#include "widgets/help/user_guide_window.h"

#include "widgets/help/markdown_browser.h"
#include "widgets/help/user_guide_location.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QStyle>
#include <QTextCursor>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace agglomap::widgets {

UserGuideWindow::UserGuideWindow(QString docsDirectory, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_docsDirectory(std::move(docsDirectory)) {
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Agglomap User Guide"));
    m_browser = new MarkdownBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    // Text and pictures kept off the window's edges.
    m_browser->document()->setDocumentMargin(24);

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    QAction* back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"),
                                   m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction* forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"),
                                      m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    // The start of the guide, where its contents are; Back returns to where the reader was.
    QAction* start = bar->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                    tr("Contents"), this, [this] {
                                        if (!m_guideFile.isEmpty()) {
                                            m_browser->setSource(QUrl::fromLocalFile(m_guideFile),
                                                                 QTextDocument::MarkdownResource);
                                        }
                                    });
    start->setObjectName(QStringLiteral("userGuideContentsAction"));
    start->setToolTip(tr("Back to the start of the guide"));

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_findBox = new QLineEdit(bar);
    m_findBox->setObjectName(QStringLiteral("userGuideFindBox"));
    m_findBox->setPlaceholderText(tr("Find in guide"));
    m_findBox->setClearButtonEnabled(true);
    m_findBox->setMaximumWidth(240);
    bar->addWidget(m_findBox);
    connect(m_findBox, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_findBox->setFocus();
        m_findBox->selectAll();
    });
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this,
            [this] { findNext(false); });
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this,
            [this] { findNext(true); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser);
    resize(860, 900);
}

void UserGuideWindow::setDocsDirectory(const QString& directory) {
    m_docsDirectory = directory;
    m_guideFile.clear();
}

void UserGuideWindow::showGuide() {
    const QString file = userGuideFile(m_docsDirectory, QLocale());
    if (file.isEmpty() || file != m_guideFile) {
        m_guideFile = file;
        load();
    }
    show();
    raise();
    activateWindow();
}

void UserGuideWindow::load() {
    m_browser->clearHistory();
    if (m_guideFile.isEmpty()) {
        showMissingGuide();
        return;
    }
    // Images and links in the guide are relative to its folder.
    m_browser->setSearchPaths({QFileInfo(m_guideFile).absolutePath()});
    m_browser->setSource(QUrl::fromLocalFile(m_guideFile), QTextDocument::MarkdownResource);
}

void UserGuideWindow::showMissingGuide() {
    const QString folder = QDir::toNativeSeparators(QDir::cleanPath(m_docsDirectory));
    m_browser->setHtml(
        QStringLiteral("<h2>%1</h2><p>%2</p><p><code>%3</code></p><p>%4</p>")
            .arg(tr("The user guide is not installed").toHtmlEscaped(),
                 tr("Agglomap looked for user-guide.md in this folder:").toHtmlEscaped(),
                 folder.toHtmlEscaped(),
                 tr("Reinstall Agglomap to restore it. The guide is also in the docs folder of "
                    "Agglomap's source.")
                     .toHtmlEscaped()));
}

void UserGuideWindow::findNext(bool backward) {
    const QString text = m_findBox->text();
    if (text.isEmpty()) {
        return;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(text, flags)) {
        // Wrap around, as find boxes do.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        m_browser->find(text, flags);
    }
}

} // namespace agglomap::widgets
