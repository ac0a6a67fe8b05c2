#include "model/plan.h"
#include "render/atlas/atlas_writer.h"
#include "render/briefing/export_session.h"
#include "support/pdf_tools.h"
#include "support/test_data.h"
#include "ui/render/henan_export_session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace agglomap;

namespace {

constexpr geo::RegionCode kPingdingshan = 410400;
constexpr geo::RegionCode kAnyang = 410500;

const render::ExportSession& henan() {
    return test::henanExportSession();
}

render::ProfileSources sources(geo::LabelLanguage language = geo::LabelLanguage::Chinese) {
    render::ProfileSources result;
    result.plan = henan().plan.get();
    result.analysis = henan().analysis.get();
    result.scene = henan().scene.get();
    result.context = henan().context;
    result.language = language;
    return result;
}

std::vector<model::DistrictId> districtsOf(std::initializer_list<geo::RegionCode> cities) {
    std::vector<model::DistrictId> ids;
    for (const geo::RegionCode city : cities) {
        for (const model::District* district : henan().plan->districtsIn(city)) {
            ids.push_back(district->id);
        }
    }
    return ids;
}

struct Bookmark {
    QString title;
    int page = 0; // 1-based
    int depth = 0;
};

// The outline as qpdf reads it: titles, pages and nesting.
std::vector<Bookmark> bookmarks(const QString& path) {
    const QJsonObject json =
        QJsonDocument::fromJson(
            test::runTool(QStringLiteral("qpdf"),
                          {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), path})
                .toUtf8())
            .object();
    std::vector<Bookmark> result;
    std::function<void(const QJsonArray&, int)> walk = [&](const QJsonArray& items, int depth) {
        for (const auto& item : items) {
            const QJsonObject o = item.toObject();
            result.push_back({o.value(QStringLiteral("title")).toString(),
                              o.value(QStringLiteral("destpageposfrom1")).toInt(), depth});
            walk(o.value(QStringLiteral("kids")).toArray(), depth + 1);
        }
    };
    walk(json.value(QStringLiteral("outlines")).toArray(), 0);
    return result;
}

QString pageText(const QString& path, int page) {
    return test::runTool(QStringLiteral("pdftotext"),
                         {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                          QString::number(page), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                          path, QStringLiteral("-")});
}

} // namespace

TEST(AtlasWriter, OneDocumentHasContentsPageNumbersAndABookmarkPerDistrict) {
    QTemporaryDir dir;
    render::AtlasRequest request;
    request.districts = districtsOf({kPingdingshan, kAnyang});
    request.output = dir.filePath(QStringLiteral("atlas.pdf"));
    request.title = QStringLiteral("河南省产业集聚区");
    const auto report = render::writeAtlas(sources(), request);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    const int districts = static_cast<int>(request.districts.size());
    EXPECT_EQ(report.value().profiles, districts);
    EXPECT_EQ(report.value().files, QStringList{request.output});
    EXPECT_EQ(test::pdfPageCount(request.output), report.value().pages);
    EXPECT_GT(report.value().pages, districts); // contents, and a page or more each

    const std::vector<Bookmark> marks = bookmarks(request.output);
    ASSERT_EQ(marks.size(), static_cast<std::size_t>(1 + 2 + districts)); // contents, cities
    EXPECT_EQ(marks.front().page, 1);
    int districtMarks = 0;
    for (const Bookmark& mark : marks) {
        if (mark.depth == 1) {
            ++districtMarks;
            // The page a bookmark opens shows that district's name, and its page number.
            const QString text = pageText(request.output, mark.page);
            const QString nameZh = mark.title.section(QLatin1Char(' '), 0, 0);
            EXPECT_TRUE(text.contains(nameZh)) << mark.title.toStdString();
            EXPECT_TRUE(
                text.contains(QStringLiteral("%1 / %2").arg(mark.page).arg(report.value().pages)) ||
                text.contains(QStringLiteral("第 %1 页").arg(mark.page)) ||
                text.contains(
                    QStringLiteral("Page %1 of %2").arg(mark.page).arg(report.value().pages)))
                << text.toStdString();
        }
    }
    EXPECT_EQ(districtMarks, districts);
    EXPECT_TRUE(marks[1].title.startsWith(QStringLiteral("平顶山市")));

    // The contents list every district with the page its bookmark opens; names come out as
    // written, 工, 石 and 山 included (not as Kangxi radicals).
    const QString contents = pageText(request.output, 1);
    for (const QString& name :
         {QStringLiteral("平顶山化工产业集聚区"), QStringLiteral("石龙区产业集聚区"),
          QStringLiteral("鲁山县产业集聚区")}) {
        EXPECT_TRUE(contents.contains(name)) << name.toStdString();
        EXPECT_TRUE(test::pdfText(request.output).count(name) >= 2) << name.toStdString();
    }
    EXPECT_FALSE(test::pdfText(request.output).contains(QChar(0x2F2F))); // Kangxi 工
}

TEST(AtlasWriter, FilesPerDistrictAreNamedByThePattern) {
    QTemporaryDir dir;
    render::AtlasRequest request;
    request.districts = districtsOf({kPingdingshan});
    request.layout = render::AtlasLayout::FilePerDistrict;
    request.output = dir.filePath(QStringLiteral("profiles"));
    request.pattern = QStringLiteral("{city_en}/{id} {name_zh}");
    const auto report = render::writeAtlas(sources(geo::LabelLanguage::English), request);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_EQ(report.value().files.size(), static_cast<qsizetype>(request.districts.size()));
    const QStringList files = QDir(request.output).entryList({QStringLiteral("*.pdf")});
    EXPECT_EQ(files.size(), report.value().files.size());
    // "/" cannot be in a file name: it becomes "_".
    EXPECT_TRUE(files.contains(QStringLiteral("Pingdingshan_48 石龙区产业集聚区.pdf")))
        << files.join(QLatin1Char(',')).toStdString();
    const QString one =
        QDir(request.output).filePath(QStringLiteral("Pingdingshan_48 石龙区产业集聚区.pdf"));
    EXPECT_GE(test::pdfPageCount(one), 1);
    EXPECT_TRUE(test::pdfText(one).contains(QStringLiteral("石龙区产业集聚区")));
}

TEST(AtlasWriter, OneFilePerCityEachWithItsOwnContents) {
    QTemporaryDir dir;
    render::AtlasRequest request;
    request.districts = districtsOf({kPingdingshan, kAnyang});
    request.layout = render::AtlasLayout::FilePerCity;
    request.output = dir.path();
    request.title = QStringLiteral("Atlas");
    const auto report = render::writeAtlas(sources(), request);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_EQ(report.value().files.size(), 2);
    EXPECT_TRUE(report.value().files[0].endsWith(QStringLiteral("410400_Pingdingshan.pdf")));
    int pages = 0;
    for (const QString& file : report.value().files) {
        pages += test::pdfPageCount(file);
        EXPECT_EQ(bookmarks(file).front().title, QStringLiteral("目录"));
    }
    EXPECT_EQ(pages, report.value().pages);
}

TEST(AtlasWriter, CancellingLeavesNoHalfWrittenFileAndKeepsTheOldOne) {
    QTemporaryDir dir;
    render::AtlasRequest request;
    request.districts = districtsOf({kPingdingshan});
    request.output = dir.filePath(QStringLiteral("atlas.pdf"));
    {
        QFile old(request.output);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the previous atlas");
    }
    int calls = 0;
    const auto report = render::writeAtlas(
        sources(), request, [&](const render::AtlasProgress&) { return ++calls < 3; });
    ASSERT_TRUE(report);
    EXPECT_TRUE(report.value().cancelled);
    EXPECT_EQ(report.value().profiles, 2);
    EXPECT_TRUE(report.value().files.isEmpty());
    QFile old(request.output);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the previous atlas"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind

    // Per district, the files finished before the cancel stay, complete.
    render::AtlasRequest perDistrict = request;
    perDistrict.layout = render::AtlasLayout::FilePerDistrict;
    perDistrict.output = dir.filePath(QStringLiteral("each"));
    calls = 0;
    const auto partial = render::writeAtlas(
        sources(), perDistrict, [&](const render::AtlasProgress&) { return ++calls < 3; });
    ASSERT_TRUE(partial);
    EXPECT_TRUE(partial.value().cancelled);
    EXPECT_EQ(partial.value().files.size(), 2);
    EXPECT_EQ(QDir(perDistrict.output).entryList(QDir::Files).size(), 2);
    for (const QString& file : partial.value().files) {
        EXPECT_GE(test::pdfPageCount(file), 1);
    }
}

TEST(AtlasWriter, RefusesUnknownDistrictsAndUnwritablePlaces) {
    QTemporaryDir dir;
    render::AtlasRequest request;
    request.districts = {model::DistrictId{48}, model::DistrictId{9999}};
    request.output = dir.filePath(QStringLiteral("atlas.pdf"));
    const auto unknown = render::writeAtlas(sources(), request);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message, QStringLiteral("District 9999 is not in the plan."));
    EXPECT_FALSE(QFile::exists(request.output));

    request.districts = {model::DistrictId{48}};
    request.output = dir.filePath(QStringLiteral("missing/folder/atlas.pdf"));
    const auto unwritable = render::writeAtlas(sources(), request);
    ASSERT_FALSE(unwritable);
    EXPECT_TRUE(unwritable.error().message.startsWith(request.output +
                                                      QStringLiteral(": could not be written")))
        << unwritable.error().message.toStdString();
}
