#include "model/plan.h"
#include "support/pdf_tools.h"
#include "support/test_data.h"
#include "ui/widgets/window_fixture.h"
#include "widgets/export/profile_export_dialog.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/workspace_selection.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace agglomap;
using widgets::MainWindow;
using widgets::ProfileExportDialog;

namespace {

constexpr int kShilong = 48; // 石龙区产业集聚区, in Pingdingshan
constexpr geo::RegionCode kPingdingshan = 410400;

using ProfileExportTest = test::WindowTest;

} // namespace

TEST_F(ProfileExportTest, ScopesChooseTheSelectedDistrictACityOrTheProvince) {
    m_window->selection()->setDistrict(model::DistrictId{kShilong});
    ProfileExportDialog dialog(*m_window);
    EXPECT_EQ(dialog.chosenDistricts(), std::vector<model::DistrictId>{{kShilong}});
    auto* city = dialog.findChildren<QComboBox*>().front();
    // The city list starts on the selected district's city.
    EXPECT_EQ(city->currentData().toInt(), kPingdingshan);
    dialog.setScope(ProfileExportDialog::Scope::City);
    EXPECT_EQ(dialog.chosenDistricts().size(), 10u);
    city->setCurrentIndex(city->findData(410100)); // choosing a city chooses the city scope
    EXPECT_EQ(dialog.chosenDistricts().size(), m_window->plan()->districtsIn(410100).size());
    dialog.setScope(ProfileExportDialog::Scope::Province);
    EXPECT_EQ(dialog.chosenDistricts().size(), 175u);
}

TEST_F(ProfileExportTest, ACityAtlasIsWrittenInTheBackgroundWhileTheWindowResponds) {
    m_window->canvas()->drillInto(kPingdingshan);
    ProfileExportDialog dialog(*m_window);
    ASSERT_EQ(dialog.chosenDistricts().size(), 10u); // the city open on the map
    QSignalSpy finished(&dialog, &ProfileExportDialog::exportFinished);
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    const QString path = m_dir.filePath(QStringLiteral("pingdingshan.pdf"));
    QElapsedTimer clock;
    clock.start();
    dialog.start(path);
    EXPECT_TRUE(dialog.isRunning());
    if (const QString folder = qEnvironmentVariable("AGGLOMAP_SCREENSHOTS"); !folder.isEmpty()) {
        // For looking at, not for asserting.
        QTimer::singleShot(800, &dialog, [&dialog, folder] {
            if (auto* progress = dialog.findChild<QProgressDialog*>()) {
                progress->grab().save(
                    QDir(folder).filePath(QStringLiteral("profile_progress.png")));
            }
        });
    }
    ASSERT_TRUE(finished.wait(120000));
    const qint64 elapsed = clock.elapsed();
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    // The event loop kept running: the 10 ms timer fired through most of the export.
    EXPECT_GT(ticks, elapsed / 10 / 4) << ticks << " ticks in " << elapsed << " ms";
    EXPECT_GT(test::pdfPageCount(path), 10);
    EXPECT_TRUE(test::pdfText(path).contains(QStringLiteral("石龙区产业集聚区")));
}

TEST_F(ProfileExportTest, CancellingAProvinceAtlasLeavesNoFile) {
    ProfileExportDialog dialog(*m_window);
    dialog.setScope(ProfileExportDialog::Scope::Province);
    QSignalSpy finished(&dialog, &ProfileExportDialog::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("henan.pdf"));
    dialog.start(path);
    QTimer::singleShot(300, &dialog, [&] { dialog.cancel(); });
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_FALSE(finished.front().at(0).toBool());
    EXPECT_TRUE(finished.front().at(1).toString().contains(QStringLiteral("Cancelled")));
    EXPECT_FALSE(QFile::exists(path));
}
