#include "commands/plan_commands.h"
#include "io/project/project_file.h"
#include "model/plan_comparison.h"
#include "ui/widgets/window_fixture.h"
#include "widgets/choropleth_toolbar.h"
#include "widgets/map_canvas.h"
#include "widgets/plan_workspace.h"
#include "widgets/project/boundary_replacement_dialog.h"
#include "widgets/project/project_actions.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>

using namespace agglomap;
using widgets::MainWindow;

namespace {

// Documents in the window: save, open, the unsaved-changes marker and question, autosave and
// recovery, dropping files, and official boundaries.
class ProjectWindowTest : public test::WindowTest {
protected:
    void SetUp() override {
        // Recovery copies go to a scratch folder of the test, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        test::WindowTest::SetUp();
        actions()->recovery().discardAll();
    }
    void TearDown() override {
        actions()->recovery().discardAll();
        actions()->setQuestion([](const QString&) { return QMessageBox::Discard; });
    }

    [[nodiscard]] widgets::ProjectActions* actions() const { return m_window->projectActions(); }
    [[nodiscard]] model::Plan& plan() const { return *m_window->plan(); }
    [[nodiscard]] QUndoStack& stack() const { return *m_window->workspace()->active().undoStack; }
    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }

    // An edit through the undo stack, as the inspector makes it.
    void edit() {
        const model::District* district = plan().districts().front();
        ASSERT_TRUE(commands::setProvision(stack(), plan(), district->id,
                                           model::InfrastructureItem::Water, {61.5, 90.0}));
    }
};

TEST_F(ProjectWindowTest, TheTitleMarksUnsavedChangesUntilTheyAreSaved) {
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("[*]")));
    edit();
    EXPECT_TRUE(m_window->isWindowModified());
    stack().undo();
    EXPECT_FALSE(m_window->isWindowModified()) << "undone back to the saved state";
    stack().redo();

    ASSERT_TRUE(actions()->saveTo(*m_window->workspace(), path(QStringLiteral("a.gpkg"))).ok());
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().startsWith(QStringLiteral("a.gpkg[*]")))
        << m_window->windowTitle().toStdString();
    EXPECT_EQ(actions()->recentFiles().value(0),
              QFileInfo(path(QStringLiteral("a.gpkg"))).absoluteFilePath());
    stack().undo();
    EXPECT_TRUE(m_window->isWindowModified()) << "undone past the saved state";
}

TEST_F(ProjectWindowTest, ASavedPlanOpensAgainWithItsScenariosAndMapStyle) {
    edit();
    m_window->createScenario(QStringLiteral("Faster water"));
    render::MapSymbology symbology = m_window->symbologyToolBar()->symbology();
    symbology.choropleth.methodId = QStringLiteral("quantile");
    symbology.choropleth.classes = 4;
    m_window->setSymbology(symbology);
    const auto baseline = m_window->workspace()->baseline().plan->clone();
    const QString file = path(QStringLiteral("henan plan.gpkg"));
    ASSERT_TRUE(actions()->saveTo(*m_window->workspace(), file).ok());

    MainWindow other(test::mapsDirectory());
    ASSERT_TRUE(other.openProjectFile(file).ok());
    widgets::PlanWorkspace* opened = other.workspace();
    ASSERT_EQ(opened->scenarioCount(), 2);
    EXPECT_EQ(opened->scenario(1).name.toStdString(), "Faster water");
    EXPECT_TRUE(model::planDifferences(*baseline, *opened->baseline().plan).isEmpty());
    EXPECT_EQ(other.symbologyToolBar()->symbology().choropleth.methodId.toStdString(), "quantile");
    EXPECT_EQ(other.symbologyToolBar()->symbology().choropleth.classes, 4);
    EXPECT_FALSE(opened->isModified());
    EXPECT_EQ(opened->filePath(), file);
}

TEST_F(ProjectWindowTest, ClosingWithUnsavedChangesAsksAndCancelKeepsTheWindow) {
    edit();
    QString asked;
    actions()->setQuestion([&asked](const QString& text) {
        asked = text;
        return QMessageBox::Cancel;
    });
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_TRUE(asked.contains(QStringLiteral("unsaved changes"))) << asked.toStdString();

    // Save: with no file yet, Save As asks where.
    actions()->setQuestion([](const QString&) { return QMessageBox::Save; });
    const QString file = path(QStringLiteral("closing.gpkg"));
    actions()->setSavePathChooser([&file](const QString&) { return file; });
    EXPECT_TRUE(m_window->close());
    EXPECT_TRUE(io::isProjectFile(file));
}

TEST_F(ProjectWindowTest, AutosaveKeepsACopyThatIsOfferedAfterACrash) {
    actions()->autosaveNow();
    EXPECT_TRUE(actions()->recovery().entries().empty()) << "nothing unsaved, nothing kept";
    edit();
    const auto edited = plan().clone();
    actions()->autosaveNow();
    ASSERT_EQ(actions()->recovery().entries().size(), 1U);

    // The next start finds the copy (the window above never closed: a crash).
    MainWindow next(test::mapsDirectory());
    QString offered;
    next.projectActions()->setQuestion([&offered](const QString& text) {
        offered = text;
        return QMessageBox::Yes;
    });
    EXPECT_EQ(next.projectActions()->offerRecovery(), 1);
    EXPECT_TRUE(offered.contains(QStringLiteral("Henan"))) << offered.toStdString();
    ASSERT_TRUE(next.plan());
    EXPECT_TRUE(model::planDifferences(*edited, *next.plan()).isEmpty());
    EXPECT_TRUE(next.workspace()->isModified()) << "restored changes are not saved yet";
    EXPECT_TRUE(next.projectActions()->recovery().entries().empty());
    next.projectActions()->setQuestion([](const QString&) { return QMessageBox::Discard; });
}

TEST_F(ProjectWindowTest, DroppingAPlanFileOpensIt) {
    const QString file = path(QStringLiteral("dropped.gpkg"));
    ASSERT_TRUE(actions()->saveTo(*m_window->workspace(), file).ok());
    ASSERT_TRUE(m_window->openProvince(QStringLiteral("ningxia")).ok());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    // As a drag does: the window accepts entering, then receives the drop.
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTest::qWait(50);
    EXPECT_EQ(m_window->workspace()->filePath(), file);
    EXPECT_EQ(m_window->plan()->regions().province().nameEn.toStdString(), "Henan");
}

TEST_F(ProjectWindowTest, OpeningAFileThatIsNotAPlanSaysWhy) {
    const QString file = path(QStringLiteral("notes.txt"));
    QFile text(file);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("not a plan");
    text.close();
    const Status status = actions()->open(file);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message,
              QStringLiteral("%1: is neither an Agglomap plan nor a data file Agglomap imports "
                             "(CSV, XLSX, ODS, GeoJSON, Shapefile, GeoPackage).")
                  .arg(QDir::toNativeSeparators(file)));
    EXPECT_EQ(m_window->plan()->regions().province().nameEn.toStdString(), "Henan");
}

TEST_F(ProjectWindowTest, OfficialBoundariesReplaceTheMapAsOneUndoStep) {
    widgets::PlanWorkspace& space = *m_window->workspace();
    const auto before = space.regions();
    widgets::BoundaryReplacementDialog dialog(*m_window, space);
    dialog.setFile(test::provinceDirectory(QStringLiteral("henan")) +
                   QStringLiteral("/counties.geojson"));
    ASSERT_TRUE(dialog.replacement().has_value()) << dialog.reportText().toStdString();
    EXPECT_EQ(dialog.replacement()->replaced.size(), 158U);
    if (const QString folder = qEnvironmentVariable("AGGLOMAP_SCREENSHOTS"); !folder.isEmpty()) {
        dialog.show();
        dialog.grab().save(folder + QStringLiteral("/replace_boundaries.png"));
    }
    ASSERT_TRUE(dialog.apply());
    EXPECT_NE(space.regions(), before);
    EXPECT_EQ(&plan().regions(), space.regions().get());
    EXPECT_EQ(m_window->canvas()->mapScene(), space.scene().get());
    EXPECT_TRUE(space.boundaryDescription().contains(QStringLiteral("counties.geojson")));
    EXPECT_TRUE(m_window->isWindowModified());

    stack().undo();
    EXPECT_EQ(space.regions(), before);
    EXPECT_EQ(&plan().regions(), before.get());
    EXPECT_FALSE(m_window->isWindowModified());
}

} // namespace
