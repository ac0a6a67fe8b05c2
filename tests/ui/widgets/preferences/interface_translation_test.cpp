#include "widgets/preferences/interface_translation.h"
#include "widgets/preferences/preferences_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::installInterfaceTranslation;
using widgets::InterfaceLanguage;
using widgets::resolveInterfaceLanguage;

namespace {

const QLocale kChina(QLocale::Chinese, QLocale::China);
const QLocale kTaiwan(QLocale::Chinese, QLocale::Taiwan);
const QLocale kUnitedStates(QLocale::English, QLocale::UnitedStates);
const QLocale kFrance(QLocale::French, QLocale::France);

QString fileMenuText() {
    return QCoreApplication::translate("agglomap::widgets::MainWindow", "&File");
}

QString standardCancelText() {
    const QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    return buttons.button(QDialogButtonBox::Cancel)->text();
}

// Every test leaves the English interface the other tests expect.
class InterfaceTranslationTest : public ::testing::Test {
protected:
    void TearDown() override {
        installInterfaceTranslation(InterfaceLanguage::English, kUnitedStates);
        QLocale::setDefault(QLocale::system());
    }
};

} // namespace

TEST(InterfaceLanguageResolution, SystemFollowsTheLocaleAndAChoiceStands) {
    EXPECT_EQ(resolveInterfaceLanguage(InterfaceLanguage::System, kChina),
              InterfaceLanguage::Chinese);
    EXPECT_EQ(resolveInterfaceLanguage(InterfaceLanguage::System, kTaiwan),
              InterfaceLanguage::Chinese);
    EXPECT_EQ(resolveInterfaceLanguage(InterfaceLanguage::System, kUnitedStates),
              InterfaceLanguage::English);
    EXPECT_EQ(resolveInterfaceLanguage(InterfaceLanguage::System, kFrance),
              InterfaceLanguage::English);
    EXPECT_EQ(resolveInterfaceLanguage(InterfaceLanguage::English, kChina),
              InterfaceLanguage::English);
    EXPECT_EQ(resolveInterfaceLanguage(InterfaceLanguage::Chinese, kUnitedStates),
              InterfaceLanguage::Chinese);
}

TEST_F(InterfaceTranslationTest, TheTranslationsAreEmbeddedInTheWidgetsLibrary) {
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/agglomap_zh_CN.qm")));
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/agglomap_en.qm")));
}

TEST_F(InterfaceTranslationTest, ChineseTranslatesAgglomapAndQtsOwnButtons) {
    EXPECT_EQ(installInterfaceTranslation(InterfaceLanguage::Chinese, kUnitedStates),
              InterfaceLanguage::Chinese);
    EXPECT_EQ(fileMenuText(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(standardCancelText(), QStringLiteral("取消"));
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    EXPECT_EQ(QLocale().territory(), QLocale::China);

    // A dialog made now speaks Chinese, down to its standard buttons.
    const widgets::PreferencesDialog dialog{widgets::AppPreferences()};
    EXPECT_EQ(dialog.windowTitle(),
              QCoreApplication::translate("agglomap::widgets::PreferencesDialog", "Preferences"));
    EXPECT_EQ(dialog.buttons()->button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
}

TEST_F(InterfaceTranslationTest, EnglishReplacesChinese) {
    installInterfaceTranslation(InterfaceLanguage::Chinese, kUnitedStates);
    ASSERT_EQ(fileMenuText(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(installInterfaceTranslation(InterfaceLanguage::English, kChina),
              InterfaceLanguage::English);
    EXPECT_EQ(fileMenuText(), QStringLiteral("&File"));
    EXPECT_EQ(standardCancelText(), QStringLiteral("Cancel"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(InterfaceTranslationTest, EnglishKeepsItsPluralForms) {
    installInterfaceTranslation(InterfaceLanguage::English, kUnitedStates);
    EXPECT_EQ(QCoreApplication::translate("agglomap::widgets::ProfileExportDialog",
                                          "%n district(s) to export", nullptr, 1),
              QStringLiteral("1 district to export"));
    EXPECT_EQ(QCoreApplication::translate("agglomap::widgets::ProfileExportDialog",
                                          "%n district(s) to export", nullptr, 3),
              QStringLiteral("3 districts to export"));
}

TEST_F(InterfaceTranslationTest, SystemDefaultSpeaksTheSystemsLanguage) {
    EXPECT_EQ(installInterfaceTranslation(InterfaceLanguage::System, kChina),
              InterfaceLanguage::Chinese);
    EXPECT_EQ(fileMenuText(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(QLocale(), kChina);

    EXPECT_EQ(installInterfaceTranslation(InterfaceLanguage::System, kUnitedStates),
              InterfaceLanguage::English);
    EXPECT_EQ(fileMenuText(), QStringLiteral("&File"));
    EXPECT_EQ(QLocale(), kUnitedStates);
}

TEST_F(InterfaceTranslationTest, AnEnglishSystemKeepsItsOwnNumberFormats) {
    const QLocale britain(QLocale::English, QLocale::UnitedKingdom);
    installInterfaceTranslation(InterfaceLanguage::English, britain);
    EXPECT_EQ(QLocale(), britain);
    // A French system shown in English writes numbers the English way.
    installInterfaceTranslation(InterfaceLanguage::System, kFrance);
    EXPECT_EQ(QLocale(), kUnitedStates);
}
