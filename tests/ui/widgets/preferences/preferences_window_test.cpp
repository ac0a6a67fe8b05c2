#include "render/briefing/page_format.h"
#include "ui/widgets/window_fixture.h"
#include "widgets/export/export_actions.h"
#include "widgets/export/map_export_dialog.h"
#include "widgets/export/profile_export_dialog.h"
#include "widgets/inspector/district_inspector.h"
#include "widgets/map_canvas.h"
#include "widgets/models/district_list_model.h"
#include "widgets/models/item_filter_proxy_model.h"
#include "widgets/models/item_roles.h"
#include "widgets/models/region_tree_model.h"
#include "widgets/panels/district_list_panel.h"
#include "widgets/panels/region_tree_panel.h"
#include "widgets/preferences/app_preferences.h"
#include "widgets/preferences/preferences_dialog.h"
#include "widgets/project/project_actions.h"
#include "widgets/workspace_docks.h"
#include "widgets/workspace_selection.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using namespace agglomap;
using widgets::AppPreferences;
using widgets::AreaUnit;

namespace {

// 郑州高新技术产业集聚区, in Zhengzhou.
constexpr model::DistrictId kDistrict{1};

class PreferencesWindowTest : public test::WindowTest {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::WindowTest::SetUp();
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    // Saves and applies, as OK in the dialog does.
    void choose(const AppPreferences& preferences) {
        QSettings settings;
        preferences.save(settings);
        m_window->applyPreferences(preferences);
    }

    [[nodiscard]] const geo::RegionHierarchy& regions() const {
        return m_window->canvas()->mapScene()->hierarchy();
    }

    [[nodiscard]] QString provinceInRegionTree() const {
        const auto* model = m_window->docks()->regionTree()->model();
        return model->index(0, 0).data().toString();
    }

    [[nodiscard]] QComboBox* toolbarLanguageBox() const {
        for (auto* box : m_window->findChildren<QComboBox*>()) {
            if (box->count() == 2 && box->findText(QStringLiteral("English")) >= 0 &&
                box->findText(QStringLiteral("中文")) >= 0) {
                return box;
            }
        }
        return nullptr;
    }

    [[nodiscard]] QString shownArea() const {
        m_window->selection()->setDistrict(kDistrict);
        const auto* label =
            m_window->docks()->inspector()->findChild<QLabel*>(QStringLiteral("areaValue"));
        return label ? label->text() : QString();
    }
};

} // namespace

TEST_F(PreferencesWindowTest, EnglishLabelsRenameRegionsAndDistrictsInTheWindow) {
    const QString zh = regions().province().nameZh;
    const QString en = regions().province().nameEn;
    ASSERT_NE(zh, en);
    EXPECT_EQ(provinceInRegionTree(), zh);

    AppPreferences english;
    english.labelLanguage = geo::LabelLanguage::English;
    choose(english);
    EXPECT_EQ(provinceInRegionTree(), en);
    EXPECT_EQ(m_window->labelLanguage(), geo::LabelLanguage::English);
    EXPECT_EQ(toolbarLanguageBox()->currentText(), QStringLiteral("English"));

    // The district list names host cities in English too.
    const QAbstractItemModel* listed = m_window->docks()->districtList()->proxy();
    ASSERT_GT(listed->rowCount(), 0);
    const model::DistrictId first{listed->index(0, 0).data(widgets::DistrictIdRole).toInt()};
    const model::District* district = m_window->plan()->district(first);
    ASSERT_NE(district, nullptr);
    const int cityColumn = static_cast<int>(widgets::DistrictListModel::Column::City);
    EXPECT_EQ(listed->index(0, cityColumn).data().toString(),
              regions().find(district->hostCity)->nameEn);
}

TEST_F(PreferencesWindowTest, TheToolbarBoxAndThePreferenceAreOneSetting) {
    QComboBox* box = toolbarLanguageBox();
    ASSERT_NE(box, nullptr);
    const int english = box->findText(QStringLiteral("English"));
    box->setCurrentIndex(english);
    emit box->activated(english);
    EXPECT_EQ(provinceInRegionTree(), regions().province().nameEn);
    EXPECT_EQ(AppPreferences::load(QSettings()).labelLanguage, geo::LabelLanguage::English);

    AppPreferences chinese;
    chinese.labelLanguage = geo::LabelLanguage::Chinese;
    choose(chinese);
    EXPECT_EQ(box->currentText(), QStringLiteral("中文"));
    EXPECT_EQ(provinceInRegionTree(), regions().province().nameZh);
}

TEST_F(PreferencesWindowTest, TheInspectorShowsAreasInTheChosenUnit) {
    const model::District& district = *m_window->plan()->district(kDistrict);
    EXPECT_TRUE(shownArea().contains(QStringLiteral("km²"))) << shownArea().toStdString();

    AppPreferences mu;
    mu.areaUnit = AreaUnit::Mu;
    choose(mu);
    const QString area = shownArea();
    EXPECT_TRUE(area.contains(QStringLiteral(" mu"))) << area.toStdString();
    EXPECT_FALSE(area.contains(QStringLiteral("km²"))) << area.toStdString();
    EXPECT_TRUE(area.contains(widgets::formatArea(district.plannedAreaKm2, AreaUnit::Mu)))
        << area.toStdString();

    AppPreferences hectares;
    hectares.areaUnit = AreaUnit::Hectares;
    choose(hectares);
    EXPECT_TRUE(shownArea().contains(QStringLiteral(" ha"))) << shownArea().toStdString();
}

TEST_F(PreferencesWindowTest, AutosaveFollowsTheInterval) {
    widgets::ProjectActions* actions = m_window->projectActions();
    EXPECT_EQ(actions->autosaveMinutes(), 2);
    AppPreferences off;
    off.autosaveMinutes = 0;
    choose(off);
    EXPECT_EQ(actions->autosaveMinutes(), 0);
    AppPreferences often;
    often.autosaveMinutes = 5;
    choose(often);
    EXPECT_EQ(actions->autosaveMinutes(), 5);
}

TEST_F(PreferencesWindowTest, ExportDialogsStartFromThePreferredPaperAndResolution) {
    AppPreferences a3;
    a3.exportPageSize = QPageSize::A3;
    a3.exportDpi = 150;
    choose(a3);

    widgets::MapExportDialog mapDialog(m_window->exportActions()->currentBriefing(),
                                       m_window.get());
    EXPECT_EQ(mapDialog.page().format, render::PageFormat::A3Landscape);
    EXPECT_EQ(mapDialog.page().dpi, 150);
    EXPECT_EQ(mapDialog.findChild<QSpinBox*>()->value(), 150);

    widgets::ProfileExportDialog profileDialog(*m_window);
    EXPECT_EQ(profileDialog.request(QStringLiteral("x.pdf")).page, render::PageFormat::A3Portrait);

    // Another choice in one export is not carried to the next: the preferences are.
    auto* page = mapDialog.findChild<QComboBox*>();
    page->setCurrentIndex(page->findData(render::pageFormatKey(render::PageFormat::A4Portrait)));
    mapDialog.copyToClipboard();
    const widgets::MapExportDialog next(m_window->exportActions()->currentBriefing(),
                                        m_window.get());
    EXPECT_EQ(next.page().format, render::PageFormat::A3Landscape);
}

TEST_F(PreferencesWindowTest, OkInThePreferencesDialogSavesAndApplies) {
    bool shown = false;
    QTimer::singleShot(0, m_window.get(), [&shown] {
        auto* dialog = qobject_cast<widgets::PreferencesDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        shown = true;
        AppPreferences chosen = dialog->preferences();
        chosen.labelLanguage = geo::LabelLanguage::English;
        chosen.areaUnit = AreaUnit::Hectares;
        chosen.autosaveMinutes = 0;
        dialog->setPreferences(chosen);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->preferencesAction()->trigger();
    ASSERT_TRUE(shown);

    const AppPreferences saved = AppPreferences::load(QSettings());
    EXPECT_EQ(saved.labelLanguage, geo::LabelLanguage::English);
    EXPECT_EQ(saved.areaUnit, AreaUnit::Hectares);
    EXPECT_EQ(saved.autosaveMinutes, 0);
    EXPECT_EQ(provinceInRegionTree(), regions().province().nameEn);
    EXPECT_EQ(m_window->projectActions()->autosaveMinutes(), 0);
    EXPECT_TRUE(shownArea().contains(QStringLiteral(" ha")));
}

TEST_F(PreferencesWindowTest, CancelInThePreferencesDialogChangesNothing) {
    QTimer::singleShot(0, m_window.get(), [] {
        auto* dialog = qobject_cast<widgets::PreferencesDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        AppPreferences chosen = dialog->preferences();
        chosen.labelLanguage = geo::LabelLanguage::English;
        dialog->setPreferences(chosen);
        dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    });
    m_window->preferencesAction()->trigger();
    EXPECT_EQ(m_window->labelLanguage(), geo::LabelLanguage::Chinese);
    EXPECT_EQ(AppPreferences::load(QSettings()).labelLanguage, geo::LabelLanguage::Chinese);
}

TEST_F(PreferencesWindowTest, ANewWindowStartsWithTheSavedPreferences) {
    AppPreferences saved;
    saved.labelLanguage = geo::LabelLanguage::English;
    saved.areaUnit = AreaUnit::Mu;
    saved.autosaveMinutes = 0;
    QSettings settings;
    saved.save(settings);

    m_window = std::make_unique<widgets::MainWindow>(test::mapsDirectory());
    ASSERT_TRUE(m_window->openProvince(QStringLiteral("henan")).ok());
    EXPECT_EQ(m_window->labelLanguage(), geo::LabelLanguage::English);
    EXPECT_EQ(provinceInRegionTree(), regions().province().nameEn);
    EXPECT_EQ(m_window->projectActions()->autosaveMinutes(), 0);
    EXPECT_TRUE(shownArea().contains(QStringLiteral(" mu"))) << shownArea().toStdString();
}
