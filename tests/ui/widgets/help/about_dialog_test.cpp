#include "io/library_versions.h"
#include "io/maps_directory.h"
#include "support/test_data.h"
#include "ui/widgets/window_fixture.h"
#include "widgets/help/about_dialog.h"
#include "widgets/help/bundled_provenance.h"
#include "widgets/help/help_actions.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>

#include <gdal.h>

using namespace agglomap;
using widgets::AboutDialog;

namespace {

// All the text the dialog shows, on every tab.
QString shownText(const AboutDialog& dialog) {
    QString text;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        text += label->text() + QLatin1Char('\n');
    }
    for (const QTextBrowser* page : dialog.findChildren<QTextBrowser*>()) {
        text += page->toPlainText() + QLatin1Char('\n');
    }
    return text;
}

class AboutDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_version = QCoreApplication::applicationVersion();
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }
    void TearDown() override { QCoreApplication::setApplicationVersion(m_version); }

    QString m_version;
};

} // namespace

TEST_F(AboutDialogTest, ShowsTheVersionsOfAgglomapAndItsLibraries) {
    const AboutDialog dialog(test::mapsDirectory());
    const QString text = shownText(dialog);
    EXPECT_TRUE(text.contains(QStringLiteral("9.8.7")));
    EXPECT_TRUE(text.contains(QString::fromUtf8(GDALVersionInfo("RELEASE_NAME"))));
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(text.contains(io::libraryVersions().proj));
}

TEST_F(AboutDialogTest, SaysWhereEachBundledLayerComesFrom) {
    const AboutDialog dialog(test::mapsDirectory());
    const QString text = shownText(dialog);
    const QString counties =
        io::layerDescription(QDir(test::provinceDirectory(QStringLiteral("henan")))
                                 .filePath(QStringLiteral("counties.geojson")));
    ASSERT_FALSE(counties.isEmpty());
    EXPECT_TRUE(text.contains(counties));
    EXPECT_TRUE(text.contains(QStringLiteral("GeoNames")));
    EXPECT_TRUE(text.contains(QStringLiteral("illustrative")));
    EXPECT_TRUE(text.contains(QStringLiteral("dashed outlines")));
}

TEST_F(AboutDialogTest, ReadsEachBundledPlansSources) {
    const QList<widgets::ProvinceProvenance> provinces =
        widgets::bundledProvenance(test::mapsDirectory());
    ASSERT_EQ(provinces.size(), io::bundledProvinceKeys().size());
    for (const widgets::ProvinceProvenance& province : provinces) {
        EXPECT_FALSE(province.planTitle.isEmpty()) << province.key.toStdString();
        EXPECT_FALSE(province.planSource.isEmpty()) << province.key.toStdString();
        EXPECT_TRUE(province.illustrative.contains(QStringLiteral("illustrative")));
        EXPECT_EQ(province.layers.size(), 5);
        for (const widgets::LayerProvenance& layer : province.layers) {
            EXPECT_FALSE(layer.description.isEmpty()) << layer.fileName.toStdString();
        }
    }
}

TEST_F(AboutDialogTest, CopyPutsTheVersionsOnTheClipboardForABugReport) {
    AboutDialog dialog(test::mapsDirectory());
    QGuiApplication::clipboard()->clear();
    dialog.findChild<QPushButton*>(QStringLiteral("copyVersionInfoButton"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QStringLiteral("Agglomap: 9.8.7")));
    EXPECT_TRUE(copied.contains(
        QStringLiteral("GDAL: %1").arg(QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")))));
    EXPECT_TRUE(copied.contains(QStringLiteral("Qt: ")));
}

TEST(LibraryVersions, AreDottedVersionNumbers) {
    const io::LibraryVersions versions = io::libraryVersions();
    const QRegularExpression dotted(QStringLiteral(R"(^\d+\.\d+\.\d+)"));
    EXPECT_TRUE(dotted.match(versions.gdal).hasMatch()) << versions.gdal.toStdString();
    EXPECT_TRUE(dotted.match(versions.proj).hasMatch()) << versions.proj.toStdString();
    EXPECT_TRUE(dotted.match(versions.boost).hasMatch()) << versions.boost.toStdString();
    EXPECT_FALSE(versions.compiler.isEmpty());
}

using AboutFromTheWindow = test::WindowTest;

TEST_F(AboutFromTheWindow, OneDialogServesEveryRequest) {
    m_window->helpActions()->aboutAction()->trigger();
    AboutDialog* first = m_window->helpActions()->aboutDialog();
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->isVisible());
    EXPECT_FALSE(first->isModal());
    first->close();
    m_window->helpActions()->aboutAction()->trigger();
    EXPECT_EQ(m_window->helpActions()->aboutDialog(), first);
    EXPECT_TRUE(first->isVisible());
}
