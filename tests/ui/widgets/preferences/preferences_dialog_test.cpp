#include "widgets/preferences/preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::AppPreferences;
using widgets::AreaUnit;
using widgets::InterfaceLanguage;
using widgets::PreferencesDialog;

namespace {

// The dialog on an English interface (the default locale says which runs), on a system whose
// locale the test chooses.
class PreferencesDialogTest : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    template <typename T> static T* field(const PreferencesDialog& dialog, const char* name) {
        auto* widget = dialog.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void choose(QComboBox* box, const QVariant& data) {
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << data.toString().toStdString();
        box->setCurrentIndex(index);
    }

    static AppPreferences someChoices() {
        AppPreferences chosen;
        chosen.interfaceLanguage = InterfaceLanguage::Chinese;
        chosen.labelLanguage = geo::LabelLanguage::English;
        chosen.areaUnit = AreaUnit::Hectares;
        chosen.exportDpi = 450;
        chosen.exportPageSize = QPageSize::A3;
        chosen.autosaveMinutes = 10;
        return chosen;
    }
};

} // namespace

TEST_F(PreferencesDialogTest, ShowsThePreferencesItOpensWith) {
    const AppPreferences chosen = someChoices();
    PreferencesDialog dialog(chosen);
    EXPECT_EQ(dialog.preferences(), chosen);
    EXPECT_EQ(field<QSpinBox>(dialog, "exportDpiBox")->value(), 450);
    EXPECT_EQ(field<QComboBox>(dialog, "labelLanguageBox")->currentText(),
              QStringLiteral("English"));
    EXPECT_EQ(field<QComboBox>(dialog, "interfaceLanguageBox")->currentText(),
              QStringLiteral("中文"));
}

TEST_F(PreferencesDialogTest, OkHandsBackWhatWasChosenInTheFields) {
    PreferencesDialog dialog{AppPreferences()};
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    choose(field<QComboBox>(dialog, "interfaceLanguageBox"),
           static_cast<int>(InterfaceLanguage::English));
    choose(field<QComboBox>(dialog, "labelLanguageBox"),
           static_cast<int>(geo::LabelLanguage::English));
    choose(field<QComboBox>(dialog, "areaUnitBox"), static_cast<int>(AreaUnit::Mu));
    field<QSpinBox>(dialog, "exportDpiBox")->setValue(150);
    choose(field<QComboBox>(dialog, "exportPageSizeBox"), QPageSize::key(QPageSize::A3));
    field<QSpinBox>(dialog, "autosaveBox")->setValue(0);

    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const AppPreferences chosen = dialog.preferences();
    EXPECT_EQ(chosen.interfaceLanguage, InterfaceLanguage::English);
    EXPECT_EQ(chosen.labelLanguage, geo::LabelLanguage::English);
    EXPECT_EQ(chosen.areaUnit, AreaUnit::Mu);
    EXPECT_EQ(chosen.exportDpi, 150);
    EXPECT_EQ(chosen.exportPageSize, QPageSize::A3);
    EXPECT_EQ(chosen.autosaveMinutes, 0);
}

TEST_F(PreferencesDialogTest, CancelIsRejected) {
    PreferencesDialog dialog(someChoices());
    dialog.show();
    dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(PreferencesDialogTest, RestoreDefaultsFillsInTheDefaultsAndKeepsTheDialogOpen) {
    PreferencesDialog dialog(someChoices());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
    EXPECT_EQ(dialog.preferences(), AppPreferences());
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(PreferencesDialogTest, NoAutosaveReadsOff) {
    AppPreferences chosen;
    chosen.autosaveMinutes = 0;
    PreferencesDialog dialog(chosen);
    EXPECT_EQ(field<QSpinBox>(dialog, "autosaveBox")->text(), QStringLiteral("Off"));
    field<QSpinBox>(dialog, "autosaveBox")->setValue(5);
    EXPECT_EQ(field<QSpinBox>(dialog, "autosaveBox")->text(), QStringLiteral("5 min"));
}

TEST_F(PreferencesDialogTest, FieldsKeepToTheirRanges) {
    PreferencesDialog dialog{AppPreferences()};
    auto* dpi = field<QSpinBox>(dialog, "exportDpiBox");
    dpi->setValue(5);
    EXPECT_EQ(dpi->value(), 72);
    dpi->setValue(5000);
    EXPECT_EQ(dpi->value(), 1200);
    auto* autosave = field<QSpinBox>(dialog, "autosaveBox");
    autosave->setValue(500);
    EXPECT_EQ(autosave->value(), 120);
}

TEST_F(PreferencesDialogTest, SystemDefaultSaysWhichLanguageItIs) {
    const PreferencesDialog onChinese(AppPreferences(), nullptr,
                                      QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(field<QComboBox>(onChinese, "interfaceLanguageBox")->itemText(0),
              QStringLiteral("System default (中文)"));
    const PreferencesDialog onGerman(AppPreferences(), nullptr,
                                     QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(field<QComboBox>(onGerman, "interfaceLanguageBox")->itemText(0),
              QStringLiteral("System default (English)"));
}

TEST_F(PreferencesDialogTest, ALanguageOtherThanTheRunningOneSaysItNeedsARestart) {
    // The interface runs in English; the system would give Chinese.
    PreferencesDialog dialog(AppPreferences(), nullptr, QLocale(QLocale::Chinese, QLocale::China));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* note = field<QLabel>(dialog, "restartNote");
    EXPECT_EQ(note->text(), QStringLiteral("Takes effect when Agglomap is restarted."));
    EXPECT_TRUE(note->isVisible()) << "System resolves to Chinese here";

    auto* language = field<QComboBox>(dialog, "interfaceLanguageBox");
    choose(language, static_cast<int>(InterfaceLanguage::English));
    EXPECT_FALSE(note->isVisible());
    choose(language, static_cast<int>(InterfaceLanguage::Chinese));
    EXPECT_TRUE(note->isVisible());
}

TEST_F(PreferencesDialogTest, SectionsShowTheirOwnSettings) {
    PreferencesDialog dialog{AppPreferences()};
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* sections = field<QListWidget>(dialog, "preferenceSections");
    ASSERT_EQ(sections->count(), 4);
    EXPECT_EQ(sections->item(0)->text(), QStringLiteral("General"));
    EXPECT_TRUE(field<QComboBox>(dialog, "interfaceLanguageBox")->isVisible());
    EXPECT_FALSE(field<QSpinBox>(dialog, "exportDpiBox")->isVisible());

    dialog.showSection(PreferencesDialog::Section::Export);
    EXPECT_EQ(dialog.currentSection(), PreferencesDialog::Section::Export);
    EXPECT_TRUE(field<QSpinBox>(dialog, "exportDpiBox")->isVisible());
    EXPECT_FALSE(field<QComboBox>(dialog, "interfaceLanguageBox")->isVisible());

    sections->setCurrentRow(3);
    EXPECT_TRUE(field<QSpinBox>(dialog, "autosaveBox")->isVisible());
}
