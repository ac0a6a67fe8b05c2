#include "core/io/project/project_test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace agglomap;

namespace {

using test::nativePath;

// A project saved from the Ningxia plan, then damaged or edited the way other programs and
// accidents do it.
class ProjectBadInput : public ::testing::Test {
protected:
    void SetUp() override {
        const Status saved = io::saveProject(test::contentsOf(key(), m_plan), path());
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    static QString key() { return QStringLiteral("ningxia"); }
    QString path() const { return m_dir.filePath(QStringLiteral("plan.gpkg")); }
    QString native() const { return nativePath(path()); }

    // The message openProject gives for `file`, which must not open.
    static QString openError(const QString& file) {
        const auto opened = io::openProject(file);
        EXPECT_FALSE(opened.ok());
        return opened.ok() ? QString() : opened.error().message;
    }
    QString openError() const { return openError(path()); }

    void sql(const char* statement) const { test::executeSql(path(), statement); }

    void deleteLayer(const char* name) const {
        GDALDatasetUniquePtr dataset(
            GDALDataset::Open(path().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(dataset);
        for (int i = 0; i < dataset->GetLayerCount(); ++i) {
            if (QLatin1String(dataset->GetLayer(i)->GetName()) == QLatin1String(name)) {
                ASSERT_EQ(dataset->DeleteLayer(i), OGRERR_NONE);
                return;
            }
        }
        FAIL() << "no layer " << name;
    }

    void deleteField(const char* layerName, const char* field) const {
        GDALDatasetUniquePtr dataset(
            GDALDataset::Open(path().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(dataset);
        OGRLayer* layer = dataset->GetLayerByName(layerName);
        ASSERT_TRUE(layer);
        ASSERT_EQ(layer->DeleteField(layer->GetLayerDefn()->GetFieldIndex(field)), OGRERR_NONE);
    }

    void writeFile(const QString& file, const QByteArray& bytes) const {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(out.write(bytes), bytes.size());
    }

    QTemporaryDir m_dir;
    io::OpenedPlan m_plan = test::bundledPlan(key());
};

TEST_F(ProjectBadInput, TheSavedFileOpens) {
    EXPECT_TRUE(io::openProject(path()).ok());
    EXPECT_TRUE(io::isProjectFile(path()));
}

TEST_F(ProjectBadInput, AMissingFileIsNamed) {
    const QString missing = m_dir.filePath(QStringLiteral("gone.gpkg"));
    EXPECT_EQ(openError(missing),
              nativePath(missing) + QStringLiteral(": does not exist; it may have been moved or "
                                                   "renamed."));
    EXPECT_FALSE(io::isProjectFile(missing));
}

TEST_F(ProjectBadInput, AFolderIsNotAPlan) {
    EXPECT_EQ(openError(m_dir.path()),
              nativePath(m_dir.path()) + QStringLiteral(": is a folder, not a plan file."));
}

TEST_F(ProjectBadInput, ATextFileNamedGpkgIsNotAPlan) {
    const QString text = m_dir.filePath(QStringLiteral("notes.gpkg"));
    writeFile(text, "district,output\n洛阳,12.5\n");
    EXPECT_EQ(openError(text),
              nativePath(text) + QStringLiteral(": is not an Agglomap plan (not a GeoPackage); "
                                                "open data files with File › Import Data."));
    EXPECT_FALSE(io::isProjectFile(text));
}

TEST_F(ProjectBadInput, AGeoPackageOfDataIsNotAPlan) {
    const QString data = m_dir.filePath(QStringLiteral("towns.gpkg"));
    {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDatasetUniquePtr dataset(
            driver->Create(data.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        ASSERT_TRUE(dataset);
        ASSERT_TRUE(dataset->CreateLayer("towns", nullptr, wkbPoint, nullptr));
    }
    EXPECT_EQ(openError(data),
              nativePath(data) +
                  QStringLiteral(": is not an Agglomap plan (no agglomap metadata table); open "
                                 "data files with File › Import Data."));
    EXPECT_FALSE(io::isProjectFile(data));
}

TEST_F(ProjectBadInput, ATruncatedFileIsDamaged) {
    const QByteArray bytes = test::fileBytes(path());
    writeFile(path(), bytes.left(bytes.size() / 2));
    EXPECT_EQ(openError(), native() + QStringLiteral(": is damaged (cut short or overwritten); "
                                                     "open a backup copy."));
}

TEST_F(ProjectBadInput, AnOverwrittenPageIsDamaged) {
    QByteArray bytes = test::fileBytes(path());
    // SQLite's page size: two big-endian bytes at offset 16.
    const int pageSize =
        (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
    ASSERT_GE(pageSize, 512);
    const qsizetype middle = (bytes.size() / pageSize / 2) * pageSize;
    bytes.replace(middle, pageSize, QByteArray(pageSize, '\xff'));
    writeFile(path(), bytes);
    EXPECT_EQ(openError(), native() + QStringLiteral(": is damaged (cut short or overwritten); "
                                                     "open a backup copy."));
}

TEST_F(ProjectBadInput, AMissingTableIsNamed) {
    deleteLayer("links");
    EXPECT_EQ(openError(), native() + QStringLiteral(": the table \"links\" is missing; the file "
                                                     "was changed outside Agglomap. Open a "
                                                     "backup copy."));
}

TEST_F(ProjectBadInput, AMissingColumnIsNamed) {
    deleteField("industries", "smes");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(", table industries: the column \"smes\" is missing; the "
                                        "file was changed outside Agglomap. Restore the column "
                                        "or open a backup copy."));
}

TEST_F(ProjectBadInput, AWordInANumberColumnIsNamedWithTableRowAndField) {
    sql("UPDATE industries SET output = 'lots' WHERE fid = 2");
    EXPECT_EQ(openError(), native() + QStringLiteral(", table industries, row 2, field "
                                                     "\"output\": \"lots\" is not a number."));
}

TEST_F(ProjectBadInput, AFractionInAWholeNumberColumnIsNamed) {
    sql("UPDATE innovation_finance SET patents = 2.5 WHERE fid = 3");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(", table innovation_finance, row 3, field \"patents\": "
                                        "\"2.5\" is not a whole number."));
}

TEST_F(ProjectBadInput, AValueAboveItsFieldsMaximumIsNamedWithTableRowAndField) {
    sql("UPDATE innovation_finance SET business_income = 1e308 WHERE fid = 3");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(", table innovation_finance, row 3, field "
                                        "\"business_income\": Business income (100 million yuan) "
                                        "must be from 0 to 100,000, not 1e+308."));
}

TEST_F(ProjectBadInput, MoreDistrictsOrSectorsThanAgglomapOpensAreRefusedBeforeReading) {
    sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20001) "
        "INSERT INTO districts (scenario, id, name_zh) SELECT 0, 1000 + i, 'x' FROM n");
    EXPECT_EQ(openError().toStdString(),
              (native() + QStringLiteral(", table districts: 20,015 districts are more than "
                                         "Agglomap opens (at most 20,000)."))
                  .toStdString());
    sql("DELETE FROM districts WHERE id > 1000");
    sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
        "INSERT INTO sectors (scenario, code) SELECT 0, 'S' || i FROM n");
    EXPECT_TRUE(openError().startsWith(native() + QStringLiteral(", table sectors: 1,0")))
        << openError().toStdString();
}

TEST_F(ProjectBadInput, AnUnknownDistrictInALinkIsNamed) {
    sql("UPDATE links SET district_id = 999 WHERE fid = 1");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(", table links, row 1, field \"district_id\": no district "
                                        "has id 999 in the districts table."));
}

TEST_F(ProjectBadInput, AnUnknownSectorIsNamed) {
    sql("UPDATE industries SET sector = 'X99' WHERE fid = 1");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(", table industries, row 1, field \"sector\": \"X99\" is "
                                        "not a sector code of the catalogue."));
}

TEST_F(ProjectBadInput, AnUnknownIllustrativeFieldIsNamed) {
    sql("UPDATE districts SET illustrative = 'area;weather' WHERE fid = 4");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(", table districts, row 4, field \"illustrative\": "
                                        "\"weather\" is not a field name."));
}

TEST_F(ProjectBadInput, ANewerFormatAsksForAnUpdate) {
    sql("UPDATE agglomap_meta SET value = '3' WHERE key = 'schema_version'");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(": was written by a newer Agglomap (plan format 3); this "
                                        "version reads up to format 2. Update Agglomap to open "
                                        "it."));
}

TEST_F(ProjectBadInput, AFormatBeforeTheFirstIsRefused) {
    sql("UPDATE agglomap_meta SET value = '0' WHERE key = 'schema_version'");
    EXPECT_EQ(openError(),
              native() + QStringLiteral(": is in plan format 0, from before Agglomap's first "
                                        "release; this version reads formats 1 to 2."));
}

TEST_F(ProjectBadInput, AMissingFormatIsRefused) {
    sql("DELETE FROM agglomap_meta WHERE key = 'schema_version'");
    EXPECT_EQ(openError(), native() + QStringLiteral(": the agglomap metadata table gives no plan "
                                                     "format (schema_version \"\"); the file was "
                                                     "changed outside Agglomap. Open a backup "
                                                     "copy."));
}

TEST_F(ProjectBadInput, SavingIntoAMissingFolderNamesTheFile) {
    const QString target = m_dir.filePath(QStringLiteral("nowhere/plan.gpkg"));
    const Status status = io::saveProject(test::contentsOf(key(), m_plan), target);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message,
              nativePath(target) + QStringLiteral(": cannot be saved: the folder ") +
                  nativePath(m_dir.filePath(QStringLiteral("nowhere"))) +
                  QStringLiteral(" does not exist. Choose another folder."));
}

TEST_F(ProjectBadInput, AnUnremovableTemporaryStopsTheSaveAndKeepsTheFile) {
    const QByteArray before = test::fileBytes(path());
    const QString blocker = path() + QStringLiteral(".saving");
    ASSERT_TRUE(QDir().mkpath(blocker + QStringLiteral("/inside")));
    const Status status = io::saveProject(test::contentsOf(key(), m_plan), path());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message,
              native() + QStringLiteral(": cannot be saved: ") + nativePath(blocker) +
                  QStringLiteral(" is in the way and cannot be removed. Remove it, then save "
                                 "again."));
    EXPECT_EQ(test::fileBytes(path()), before);
}

TEST_F(ProjectBadInput, APlanWithoutItsMetadataIsKnownAsADamagedPlanNotADataFile) {
    // validate took such a file for a data file and said "0 problems".
    ASSERT_TRUE(io::isProjectFile(path()));
    EXPECT_FALSE(io::isDamagedProjectFile(path()));
    deleteLayer("agglomap_meta");
    EXPECT_FALSE(io::isProjectFile(path()));
    EXPECT_TRUE(io::isDamagedProjectFile(path()));
}

TEST_F(ProjectBadInput, APlanWithADamagedApplicationIdIsKnownAsADamagedPlan) {
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(68)); // the GeoPackage application id, "GPKG"
    ASSERT_EQ(file.write("XXXX", 4), 4);
    file.close();
    EXPECT_FALSE(io::isProjectFile(path()));
    EXPECT_TRUE(io::isDamagedProjectFile(path()));
}

TEST_F(ProjectBadInput, ADataFileIsNotADamagedPlan) {
    const QString csv = m_dir.filePath(QStringLiteral("data.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("id,name\n1,x\n");
    file.close();
    EXPECT_FALSE(io::isDamagedProjectFile(csv));
    EXPECT_FALSE(io::isDamagedProjectFile(m_dir.filePath(QStringLiteral("missing.gpkg"))));
}

TEST_F(ProjectBadInput, ASecondSaveOfTheSameFileIsRefusedWhileTheFirstRuns) {
    // Two saves once shared PATH.saving, and one could rename the other's half-written file into
    // place. The lock a save holds stands for one still running (here, this process's own).
    const QByteArray before = test::fileBytes(path());
    QLockFile running(path() + QStringLiteral(".lock"));
    ASSERT_TRUE(running.tryLock(0));
    const io::ProjectContents contents = test::contentsOf(key(), m_plan);
    const Status refused = io::saveProject(contents, path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(
        native() + QStringLiteral(": cannot be saved: another save of this plan is in progress")))
        << refused.error().message.toStdString();
    EXPECT_EQ(test::fileBytes(path()), before);
    running.unlock();
    ASSERT_TRUE(io::saveProject(contents, path()).ok());
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral(".lock")));
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral(".saving")));
}

#ifdef Q_OS_UNIX
// Root may write anywhere, so the save runs in a forked child as the unprivileged user `nobody`,
// for whom the folder is read-only.
TEST_F(ProjectBadInput, SavingIntoAReadOnlyFolderNamesTheFileAndKeepsIt) {
    const QByteArray before = test::fileBytes(path());
    const auto readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readOnly));
    const io::ProjectContents contents = test::contentsOf(key(), m_plan);
    const QString expected = native() + QStringLiteral(": cannot be saved: the folder ") +
                             nativePath(m_dir.path()) +
                             QStringLiteral(" is not writable. Save to a folder you may write "
                                            "to, or ask for permission to write here.");
    EXPECT_EXIT(
        {
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
                std::_Exit(2);
            }
            const Status status = io::saveProject(contents, path());
            std::fputs(status ? "saved" : status.error().message.toUtf8().constData(), stderr);
            std::_Exit(status ? 1 : 0);
        },
        ::testing::ExitedWithCode(0),
        ::testing::Matcher<const std::string&>(expected.toStdString()));
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readOnly | QFile::WriteOwner));
    EXPECT_EQ(test::fileBytes(path()), before);
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral(".saving")));
}
#endif

} // namespace
