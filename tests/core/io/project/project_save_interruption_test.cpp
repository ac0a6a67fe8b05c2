#include "core/io/project/project_test_support.h"

#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <tuple>

using namespace agglomap;

namespace {

using io::SaveInterruption;
using io::SaveStep;
using test::lines;
using test::nativePath;

const SaveStep kSteps[] = {
    SaveStep::CreateTemporary, SaveStep::WriteMetadata,   SaveStep::WriteBoundaries,
    SaveStep::WriteDistricts,  SaveStep::WritePlanTables, SaveStep::CloseTemporary,
    SaveStep::SyncTemporary,   SaveStep::ReplaceTarget,
};

// A saved plan (the old file) and an edited copy that a save is interrupted writing.
class InterruptedSave : public ::testing::TestWithParam<std::tuple<SaveStep, SaveInterruption>> {
protected:
    void SetUp() override {
        const Status saved = io::saveProject(test::contentsOf(key(), m_old), path());
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        m_new = m_old.plan->clone();
        const model::District& district = *m_new->districts().front();
        ASSERT_TRUE(m_new->renameDistrict(district.id, QStringLiteral("改名园区"), {}));
        ASSERT_TRUE(m_new->removeDistrict(m_new->districts().back()->id));
    }

    static QString key() { return QStringLiteral("ningxia"); }
    QString path() const { return m_dir.filePath(QStringLiteral("plan.gpkg")); }
    QString temporary() const { return path() + QStringLiteral(".saving"); }
    io::ProjectContents newContents() const {
        return test::contentsOf(key(), *m_old.regions, {{QStringLiteral("Baseline"), m_new.get()}});
    }

    // The plan in the file at `path`, compared with `expected`.
    void expectFileHolds(const model::Plan& expected) const {
        const auto opened = io::openProject(path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        ASSERT_EQ(opened.value().versions.size(), 1u);
        EXPECT_EQ(lines(model::planDifferences(expected, *opened.value().versions[0].plan)), "");
    }

    QTemporaryDir m_dir;
    io::OpenedPlan m_old = test::bundledPlan(key());
    std::unique_ptr<model::Plan> m_new;
};

TEST_P(InterruptedSave, LeavesTheOldFileAndAFollowingSaveWorks) {
    const auto [stopAt, how] = GetParam();
    std::vector<SaveStep> reached;
    io::SaveHooks hooks;
    hooks.before = [&, stopAt = stopAt, how = how](SaveStep step) {
        reached.push_back(step);
        return step == stopAt ? how : SaveInterruption::None;
    };
    const Status status = io::saveProject(newContents(), path(), hooks);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(reached.back(), stopAt);
    if (how == SaveInterruption::Fail) {
        EXPECT_EQ(status.error().message,
                  nativePath(path()) +
                      QStringLiteral(": the save was interrupted; the file was not changed. "
                                     "Save again."));
        EXPECT_FALSE(QFileInfo::exists(temporary()));
        EXPECT_FALSE(QFileInfo::exists(temporary() + QStringLiteral("-journal")));
    } else {
        EXPECT_EQ(status.error().message,
                  nativePath(path()) + QStringLiteral(": the save stopped before it finished; ") +
                      nativePath(temporary()) + QStringLiteral(" was left behind."));
        EXPECT_EQ(QFileInfo::exists(temporary()), stopAt != SaveStep::CreateTemporary);
    }
    expectFileHolds(*m_old.plan);

    const Status again = io::saveProject(newContents(), path());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(temporary()));
    expectFileHolds(*m_new);
}

INSTANTIATE_TEST_SUITE_P(EveryStep, InterruptedSave,
                         ::testing::Combine(::testing::ValuesIn(kSteps),
                                            ::testing::Values(SaveInterruption::Fail,
                                                              SaveInterruption::Crash)));

TEST(SaveHooks, AreAskedBeforeEveryStepInOrder) {
    QTemporaryDir dir;
    const io::OpenedPlan plan = test::bundledPlan(QStringLiteral("ningxia"));
    std::vector<SaveStep> reached;
    io::SaveHooks hooks;
    hooks.before = [&](SaveStep step) {
        reached.push_back(step);
        return SaveInterruption::None;
    };
    const Status status = io::saveProject(test::contentsOf(QStringLiteral("ningxia"), plan),
                                          dir.filePath(QStringLiteral("plan.gpkg")), hooks);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_EQ(reached, std::vector<SaveStep>(std::begin(kSteps), std::end(kSteps)));
}

TEST(SaveAfterCrash, OpeningThePlanRemovesWhatAKilledSaveLeftUnlessASaveRuns) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.gpkg"));
    const io::OpenedPlan plan = test::bundledPlan(QStringLiteral("ningxia"));
    ASSERT_TRUE(io::saveProject(test::contentsOf(QStringLiteral("ningxia"), plan), path).ok());
    io::SaveHooks crash;
    crash.before = [](SaveStep step) {
        return step == SaveStep::ReplaceTarget ? SaveInterruption::Crash : SaveInterruption::None;
    };
    (void)io::saveProject(test::contentsOf(QStringLiteral("ningxia"), plan), path, crash);
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral(".saving")));

    {
        // Another save holds the lock: its temporary is left alone.
        QLockFile running(path + QStringLiteral(".lock"));
        ASSERT_TRUE(running.tryLock(0));
        ASSERT_TRUE(io::openProject(path).ok());
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".saving")));
    }
    ASSERT_TRUE(io::openProject(path).ok());
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".saving")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
}

// What a killed process leaves: half a temporary and SQLite's journal of it, which SQLite
// would otherwise play back into the next temporary of that name.
TEST(SaveAfterCrash, ReplacesAStaleTemporaryAndJournal) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.gpkg"));
    for (const QString& suffix : {QStringLiteral(".saving"), QStringLiteral(".saving-journal")}) {
        QFile stale(path + suffix);
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
    }
    const io::OpenedPlan plan = test::bundledPlan(QStringLiteral("ningxia"));
    const Status status = io::saveProject(test::contentsOf(QStringLiteral("ningxia"), plan), path);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".saving")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".saving-journal")));
    const auto opened = io::openProject(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(lines(model::planDifferences(*plan.plan, *opened.value().versions[0].plan)), "");
}

} // namespace
