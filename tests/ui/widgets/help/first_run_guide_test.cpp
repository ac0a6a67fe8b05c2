#include "ui/widgets/window_fixture.h"
#include "widgets/choropleth_toolbar.h"
#include "widgets/help/first_run_guide.h"
#include "widgets/help/help_actions.h"
#include "widgets/map_canvas.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QToolButton>

using namespace agglomap;
using widgets::FirstRunGuide;
using widgets::HelpActions;

namespace {

class FirstRunGuideTest : public test::WindowTest {
protected:
    HelpActions& help() const { return *m_window->helpActions(); }
    FirstRunGuide* guide() const { return help().guide(); }
    bool guideShown() const { return guide() && guide()->isVisible(); }
    template <typename T> T* part(const char* name) const {
        return guide()->findChild<T*>(QLatin1String(name));
    }
    void clickNextUntilDone() const {
        for (int i = 0; i < guide()->stepCount() && guideShown(); ++i) {
            part<QPushButton>("guideNextButton")->click();
        }
    }
    QRect inWindow(const QWidget* widget) const {
        return {widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size()};
    }
};

} // namespace

TEST_F(FirstRunGuideTest, ShowsOverTheMapOnFirstRun) {
    help().showGuideIfFirstRun();
    ASSERT_TRUE(guideShown());
    EXPECT_EQ(guide()->currentStep(), 0);
    EXPECT_TRUE(inWindow(m_window->canvas()).contains(guide()->geometry()));
    EXPECT_GE(guide()->stepCount(), 5);
}

TEST_F(FirstRunGuideTest, DoneWithDontShowAgainIsRememberedAcrossStarts) {
    help().showGuideIfFirstRun();
    ASSERT_TRUE(guideShown());
    EXPECT_TRUE(part<QCheckBox>("guideDontShowAgain")->isChecked());
    clickNextUntilDone();
    EXPECT_FALSE(guideShown());
    EXPECT_TRUE(QSettings().value(QLatin1String(HelpActions::kGuideDismissedKey)).toBool());

    // The next start: a new window reads the setting.
    m_window = std::make_unique<widgets::MainWindow>(test::mapsDirectory());
    ASSERT_TRUE(m_window->openProvince(QStringLiteral("henan")).ok());
    m_window->show();
    help().showGuideIfFirstRun();
    EXPECT_FALSE(guideShown());
}

TEST_F(FirstRunGuideTest, ClosedWithTheBoxUncheckedItShowsAtTheNextStart) {
    help().showGuideIfFirstRun();
    ASSERT_TRUE(guideShown());
    part<QCheckBox>("guideDontShowAgain")->setChecked(false);
    QTest::mouseClick(part<QToolButton>("guideCloseButton"), Qt::LeftButton);
    EXPECT_FALSE(guideShown());
    help().showGuideIfFirstRun();
    EXPECT_TRUE(guideShown());
}

TEST_F(FirstRunGuideTest, GettingStartedShowsItAgainFromTheFirstStep) {
    help().showGuideIfFirstRun();
    part<QPushButton>("guideNextButton")->click();
    clickNextUntilDone();
    ASSERT_FALSE(guideShown());
    help().gettingStartedAction()->trigger();
    ASSERT_TRUE(guideShown());
    EXPECT_EQ(guide()->currentStep(), 0);
}

TEST_F(FirstRunGuideTest, NextAndBackWalkTheSteps) {
    help().showGuide();
    auto* next = part<QPushButton>("guideNextButton");
    auto* back = part<QPushButton>("guideBackButton");
    EXPECT_FALSE(back->isEnabled());
    QStringList titles{guide()->stepTitle()};
    QStringList texts{guide()->stepText()};
    for (int i = 1; i < guide()->stepCount(); ++i) {
        EXPECT_EQ(next->text(), QStringLiteral("Next"));
        next->click();
        EXPECT_EQ(guide()->currentStep(), i);
        EXPECT_FALSE(titles.contains(guide()->stepTitle())) << guide()->stepTitle().toStdString();
        EXPECT_FALSE(texts.contains(guide()->stepText()));
        titles << guide()->stepTitle();
        texts << guide()->stepText();
    }
    EXPECT_EQ(next->text(), QStringLiteral("Done"));
    EXPECT_TRUE(back->isEnabled());
    back->click();
    EXPECT_EQ(guide()->stepTitle(), titles.at(titles.size() - 2));
    EXPECT_EQ(guide()->stepText(), texts.at(texts.size() - 2));
    EXPECT_TRUE(guideShown());
}

TEST_F(FirstRunGuideTest, StepsNameTheWindowsRealShortcuts) {
    help().showGuide();
    QString all;
    for (int i = 0; i < guide()->stepCount(); ++i) {
        all += guide()->stepText();
        guide()->next();
    }
    EXPECT_TRUE(
        all.contains(m_window->undoAction()->shortcut().toString(QKeySequence::NativeText)));
    EXPECT_TRUE(all.contains(QStringLiteral("Backspace")));
    EXPECT_TRUE(all.contains(QStringLiteral("Double-click")));
}

TEST_F(FirstRunGuideTest, EachStepOutlinesWhatItIsAbout) {
    help().showGuide();
    auto* outline = m_window->findChild<QWidget*>(QStringLiteral("guideHighlight"));
    ASSERT_NE(outline, nullptr);
    EXPECT_TRUE(outline->isVisible());
    EXPECT_EQ(outline->geometry(), inWindow(m_window->canvas()));
    guide()->next();
    guide()->next();
    EXPECT_EQ(outline->geometry(), inWindow(m_window->symbologyToolBar()));
    guide()->dismiss();
    EXPECT_FALSE(outline->isVisible());
}

TEST_F(FirstRunGuideTest, EscapeClosesIt) {
    help().showGuide();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    EXPECT_FALSE(guideShown());
}
