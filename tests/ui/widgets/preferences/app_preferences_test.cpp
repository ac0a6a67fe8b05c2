#include "widgets/preferences/app_preferences.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace agglomap;
using widgets::AppPreferences;
using widgets::AreaUnit;
using widgets::InterfaceLanguage;

namespace {

// Each test reads and writes its own settings file, never the user's.
class AppPreferencesTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("agglomap.ini")),
                                                 QSettings::IniFormat);
    }

    QSettings& settings() { return *m_settings; }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace

TEST_F(AppPreferencesTest, NothingStoredReadsAsTheDefaults) {
    const AppPreferences loaded = AppPreferences::load(settings());
    EXPECT_EQ(loaded, AppPreferences());
    EXPECT_EQ(loaded.interfaceLanguage, InterfaceLanguage::System);
    EXPECT_EQ(loaded.labelLanguage, geo::LabelLanguage::Chinese);
    EXPECT_EQ(loaded.areaUnit, AreaUnit::SquareKilometres);
    EXPECT_EQ(loaded.exportDpi, 300);
    EXPECT_EQ(loaded.exportPageSize, QPageSize::A4);
    EXPECT_EQ(loaded.autosaveMinutes, 2);
}

TEST_F(AppPreferencesTest, WhatIsSavedIsLoadedBack) {
    AppPreferences chosen;
    chosen.interfaceLanguage = InterfaceLanguage::English;
    chosen.labelLanguage = geo::LabelLanguage::English;
    chosen.areaUnit = AreaUnit::Mu;
    chosen.exportDpi = 600;
    chosen.exportPageSize = QPageSize::A3;
    chosen.autosaveMinutes = 0;
    chosen.save(settings());
    settings().sync();

    const QSettings reopened(settings().fileName(), QSettings::IniFormat);
    EXPECT_EQ(AppPreferences::load(reopened), chosen);
}

TEST_F(AppPreferencesTest, KeepsTheKeysTheWindowAndAutosaveAlreadyUse) {
    AppPreferences chosen;
    chosen.labelLanguage = geo::LabelLanguage::English;
    chosen.autosaveMinutes = 15;
    chosen.save(settings());
    EXPECT_EQ(settings().value(QStringLiteral("map/language")).toInt(),
              static_cast<int>(geo::LabelLanguage::English));
    EXPECT_EQ(settings().value(QStringLiteral("files/autosaveMinutes")).toInt(), 15);

    // The toolbar box writes the same key; the preference then reads what it chose.
    widgets::saveLabelLanguage(settings(), geo::LabelLanguage::Chinese);
    EXPECT_EQ(AppPreferences::load(settings()).labelLanguage, geo::LabelLanguage::Chinese);
    EXPECT_EQ(widgets::loadLabelLanguage(settings()), geo::LabelLanguage::Chinese);
}

TEST_F(AppPreferencesTest, UnreadableValuesReadAsTheDefaults) {
    settings().setValue(QStringLiteral("preferences/interfaceLanguage"), QStringLiteral("klingon"));
    settings().setValue(QStringLiteral("map/language"), QStringLiteral("english please"));
    settings().setValue(QStringLiteral("preferences/areaUnit"), QStringLiteral("acres"));
    settings().setValue(QStringLiteral("preferences/exportDpi"), QStringLiteral("lots"));
    settings().setValue(QStringLiteral("preferences/exportPageSize"), QStringLiteral("B7"));
    settings().setValue(QStringLiteral("files/autosaveMinutes"), QStringLiteral("soon"));
    EXPECT_EQ(AppPreferences::load(settings()), AppPreferences());

    settings().setValue(QStringLiteral("map/language"), 7);
    EXPECT_EQ(AppPreferences::load(settings()).labelLanguage, geo::LabelLanguage::Chinese);
}

TEST_F(AppPreferencesTest, NumbersOutOfRangeAreBroughtIntoIt) {
    settings().setValue(QStringLiteral("preferences/exportDpi"), 5);
    settings().setValue(QStringLiteral("files/autosaveMinutes"), 100000);
    AppPreferences loaded = AppPreferences::load(settings());
    EXPECT_EQ(loaded.exportDpi, 72);
    EXPECT_EQ(loaded.autosaveMinutes, 120);

    settings().setValue(QStringLiteral("preferences/exportDpi"), 99999);
    // A negative interval must not quietly turn off the copies that protect unsaved work.
    settings().setValue(QStringLiteral("files/autosaveMinutes"), -5);
    loaded = AppPreferences::load(settings());
    EXPECT_EQ(loaded.exportDpi, 1200);
    EXPECT_EQ(loaded.autosaveMinutes, 2);

    settings().setValue(QStringLiteral("files/autosaveMinutes"), 0);
    EXPECT_EQ(AppPreferences::load(settings()).autosaveMinutes, 0);
}

TEST_F(AppPreferencesTest, OnlyPaperTheExportersLayOutIsAccepted) {
    settings().setValue(QStringLiteral("preferences/exportPageSize"), QStringLiteral("A3"));
    EXPECT_EQ(AppPreferences::load(settings()).exportPageSize, QPageSize::A3);
    settings().setValue(QStringLiteral("preferences/exportPageSize"), QStringLiteral("Letter"));
    EXPECT_EQ(AppPreferences::load(settings()).exportPageSize, QPageSize::A4);
}
