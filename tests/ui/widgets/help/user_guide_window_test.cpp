#include "widgets/help/markdown_browser.h"
#include "widgets/help/user_guide_location.h"
#include "widgets/help/user_guide_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>

#include <cstdlib>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::MarkdownBrowser;
using widgets::UserGuideWindow;

namespace {

// A guide folder laid out as installed: the guides, and their images under images/.
class UserGuideWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_docs.isValid());
        ASSERT_TRUE(QDir(m_docs.path()).mkpath(QStringLiteral("images")));
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        ASSERT_TRUE(image.save(m_docs.filePath(QStringLiteral("images/map.png"))));
        QString guide =
            QStringLiteral("# Agglomap User Guide\n\n"
                           "![The main window](images/map.png)\n\n"
                           "Read about [the map and its cities](#the-map-and-cities) "
                           "or visit [the project site](https://example.org/agglomap).\n\n");
        // Enough text that the heading is far below the top.
        for (int i = 0; i < 80; ++i) {
            guide += QStringLiteral("Filler paragraph %1.\n\n").arg(i);
        }
        guide += QStringLiteral("## The map and cities\n\nDouble-click a city.\n\n");
        // ...and below it, so that it can scroll to the top.
        for (int i = 0; i < 40; ++i) {
            guide += QStringLiteral("More filler %1.\n\n").arg(i);
        }
        write(QStringLiteral("user-guide.md"), guide);
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void TearDown() override { QLocale::setDefault(m_previousLocale); }

    void write(const QString& name, const QString& text) const {
        QFile file(m_docs.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }

    QString text(const UserGuideWindow& window) const {
        return window.browser()->document()->toPlainText();
    }

    void clickText(const UserGuideWindow& window, const QString& linkText) const {
        MarkdownBrowser* browser = window.browser();
        const QTextCursor found = browser->document()->find(linkText);
        ASSERT_FALSE(found.isNull()) << linkText.toStdString();
        QTextCursor middle(browser->document());
        middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
        browser->ensureCursorVisible();
        const QPoint at = browser->cursorRect(middle).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    }

    QTemporaryDir m_docs;
    QLocale m_previousLocale;
};

} // namespace

TEST_F(UserGuideWindowTest, RendersTheGuideWithItsImages) {
    UserGuideWindow window(m_docs.path());
    window.showGuide();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.guideFile(), m_docs.filePath(QStringLiteral("user-guide.md")));
    EXPECT_TRUE(text(window).startsWith(QStringLiteral("Agglomap User Guide")));
    EXPECT_TRUE(text(window).contains(QStringLiteral("Double-click a city.")));

    const QVariant resource = window.browser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("images/map.png")));
    EXPECT_EQ(agglomap::widgets::imageFromResource(resource).size(), QSize(40, 20));
}

TEST_F(UserGuideWindowTest, WideImagesShrinkToTheWindowAndSmallOnesKeepTheirSize) {
    QImage wide(2000, 500, QImage::Format_RGB32);
    wide.fill(Qt::darkBlue);
    ASSERT_TRUE(wide.save(m_docs.filePath(QStringLiteral("images/wide.png"))));
    write(QStringLiteral("user-guide.md"),
          QStringLiteral("# Guide\n\n![Wide](images/wide.png)\n\n![Small](images/map.png)\n"));
    UserGuideWindow window(m_docs.path());
    window.resize(700, 500);
    window.showGuide();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QList<QTextImageFormat> images;
    for (QTextBlock block = window.browser()->document()->begin(); block.isValid();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                images << it.fragment().charFormat().toImageFormat();
            }
        }
    }
    ASSERT_EQ(images.size(), 2);
    const int view = window.browser()->viewport()->width();
    EXPECT_LT(images.at(0).width(), view);
    EXPECT_GT(images.at(0).width(), view * 0.8);
    EXPECT_NEAR(images.at(0).height(), images.at(0).width() / 4.0, 1.0);
    EXPECT_EQ(images.at(1).width(), 40.0);
    // The wide one is shown from a smoothly scaled copy of the width shown.
    const QVariant fitted = window.browser()->document()->resource(QTextDocument::ImageResource,
                                                                   QUrl(images.at(0).name()));
    ASSERT_EQ(fitted.typeId(), QMetaType::QImage);
    EXPECT_EQ(fitted.value<QImage>().width(),
              qRound(images.at(0).width() * window.browser()->devicePixelRatioF()));
    // No sideways scrolling.
    EXPECT_EQ(window.browser()->horizontalScrollBar()->maximum(), 0);
}

TEST_F(UserGuideWindowTest, ContentsGoesBackToTheStartOfTheGuide) {
    UserGuideWindow window(m_docs.path());
    window.resize(600, 400);
    window.showGuide();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    clickText(window, QStringLiteral("the map and its cities"));
    ASSERT_GT(window.browser()->verticalScrollBar()->value(), 0);
    window.findChild<QAction*>(QStringLiteral("userGuideContentsAction"))->trigger();
    EXPECT_EQ(window.browser()->verticalScrollBar()->value(), 0);
}

TEST_F(UserGuideWindowTest, FindSelectsTheNextMatchAndWrapsAround) {
    UserGuideWindow window(m_docs.path());
    window.showGuide();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* find = window.findChild<QLineEdit*>(QStringLiteral("userGuideFindBox"));
    QTest::keyClicks(find, QStringLiteral("filler paragraph 7"));
    QTest::keyClick(find, Qt::Key_Return);
    EXPECT_EQ(window.browser()->textCursor().selectedText(), QStringLiteral("Filler paragraph 7"));
    const int first = window.browser()->textCursor().position();
    QTest::keyClick(find, Qt::Key_Return); // "Filler paragraph 70"
    EXPECT_GT(window.browser()->textCursor().position(), first);
    QTest::keyClick(find, Qt::Key_Return); // ...71 to 79
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(find, Qt::Key_Return);
    }
    // Past the last match it starts again from the top.
    EXPECT_EQ(window.browser()->textCursor().position(), first);
}

TEST_F(UserGuideWindowTest, HeadingsCarryTheAnchorsLinksUse) {
    EXPECT_EQ(MarkdownBrowser::headingAnchor(QStringLiteral("The map and cities")),
              QStringLiteral("the-map-and-cities"));
    EXPECT_EQ(MarkdownBrowser::headingAnchor(QStringLiteral("Plans, imports & official data")),
              QStringLiteral("plans-imports--official-data"));
    EXPECT_EQ(MarkdownBrowser::headingAnchor(QStringLiteral("地图与城市")),
              QStringLiteral("地图与城市"));
}

TEST_F(UserGuideWindowTest, ALinkToAHeadingScrollsToIt) {
    UserGuideWindow window(m_docs.path());
    window.resize(600, 400);
    window.showGuide();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    MarkdownBrowser* browser = window.browser();
    ASSERT_EQ(browser->verticalScrollBar()->value(), 0);
    clickText(window, QStringLiteral("the map and its cities"));
    EXPECT_GT(browser->verticalScrollBar()->value(), 0);
    // The heading is now at the top of the view.
    const QTextCursor heading = browser->document()->find(QStringLiteral("The map and cities"));
    EXPECT_LT(std::abs(browser->cursorRect(heading).top()), 40);
    EXPECT_TRUE(browser->isBackwardAvailable());
}

TEST_F(UserGuideWindowTest, ExternalLinksGoToTheDesktop) {
    UserGuideWindow window(m_docs.path());
    QList<QUrl> opened;
    window.browser()->setExternalLinkHandler([&opened](const QUrl& url) { opened << url; });
    window.showGuide();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    clickText(window, QStringLiteral("the project site"));
    EXPECT_EQ(opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/agglomap"))});
    EXPECT_TRUE(text(window).startsWith(QStringLiteral("Agglomap User Guide")));
}

TEST_F(UserGuideWindowTest, AChineseInterfaceGetsTheChineseGuide) {
    write(QStringLiteral("user-guide.zh_CN.md"),
          QStringLiteral("# Agglomap 用户指南\n\n![主窗口](images/map.png)\n"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    UserGuideWindow window(m_docs.path());
    window.showGuide();
    EXPECT_EQ(window.guideFile(), m_docs.filePath(QStringLiteral("user-guide.zh_CN.md")));
    EXPECT_TRUE(text(window).contains(QStringLiteral("用户指南")));

    // Back in English, the same window shows the English guide.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    window.showGuide();
    EXPECT_TRUE(text(window).startsWith(QStringLiteral("Agglomap User Guide")));
}

TEST_F(UserGuideWindowTest, WithoutAChineseGuideAChineseInterfaceGetsTheEnglishOne) {
    EXPECT_EQ(widgets::userGuideFile(m_docs.path(), QLocale(QLocale::Chinese, QLocale::China)),
              m_docs.filePath(QStringLiteral("user-guide.md")));
    write(QStringLiteral("user-guide.zh_CN.md"), QStringLiteral("# 用户指南\n"));
    // The interface is not translated into Traditional Chinese, so neither is its guide.
    EXPECT_EQ(widgets::userGuideFile(m_docs.path(), QLocale(QLocale::Chinese, QLocale::Taiwan)),
              m_docs.filePath(QStringLiteral("user-guide.md")));
}

TEST_F(UserGuideWindowTest, AMissingGuideNamesTheFolderLookedIn) {
    const QString missing = m_docs.filePath(QStringLiteral("not-installed"));
    UserGuideWindow window(missing);
    window.showGuide();
    EXPECT_TRUE(window.guideFile().isEmpty());
    EXPECT_TRUE(text(window).contains(QStringLiteral("not installed")));
    EXPECT_TRUE(text(window).contains(QDir::toNativeSeparators(missing)));
}

TEST_F(UserGuideWindowTest, TheDefaultFolderIsBesideTheExecutableAsInstalled) {
    EXPECT_EQ(widgets::defaultDocsDirectory(),
              QDir::cleanPath(QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/agglomap/docs")));
}
