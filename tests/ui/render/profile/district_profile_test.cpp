#include "profile_fixture.h"

#include "model/plan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace agglomap;
using geo::LabelLanguage;
using render::DistrictProfile;

namespace {

// Districts whose names hold characters Noto CJK would write as Kangxi radicals.
const model::DistrictId kPingdingshanChemical{42}; // 平顶山化工产业集聚区: 工, 山
const model::DistrictId kShilong{48};              // 石龙区产业集聚区: 石
const model::DistrictId kZhengzhouHighTech{1};

// Keeps the PDFs for a look when AGGLOMAP_PROFILE_KEEP_DIR names a folder.
void keep(const QString& path) {
    const QString folder = qEnvironmentVariable("AGGLOMAP_PROFILE_KEEP_DIR");
    if (!folder.isEmpty()) {
        const QString target = QDir(folder).filePath(QFileInfo(path).fileName());
        QFile::remove(target);
        QFile::copy(path, target);
    }
}

void keepImage(const QString& name, const QImage& image) {
    const QString folder = qEnvironmentVariable("AGGLOMAP_PROFILE_KEEP_DIR");
    if (!folder.isEmpty()) {
        image.save(QDir(folder).filePath(name));
    }
}

QString writeAndRead(const QString& name, const std::vector<const DistrictProfile*>& profiles,
                     QPageLayout::Orientation orientation = QPageLayout::Portrait,
                     QPageSize::PageSizeId size = QPageSize::A4) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    EXPECT_TRUE(test::writeProfilesPdf(path, profiles, orientation, size));
    keep(path);
    return test::pdfWords(path);
}

bool hasKangxiRadicals(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF; });
}

} // namespace

TEST(DistrictProfile, PageCountIsStableAndTheSameAtEveryResolution) {
    const auto& henan = test::henanProfiles();
    const QSizeF a4Content(180.0, 267.0);
    for (const auto id : {kZhengzhouHighTech, kPingdingshanChemical, kShilong}) {
        const DistrictProfile profile(henan.sources(LabelLanguage::Chinese), id);
        const QImage screen = test::whitePage(a4Content, 96);
        const QImage print = test::whitePage(a4Content, 300);
        const int pages = profile.pageCount(screen, QSizeF(screen.size()));
        EXPECT_GE(pages, 1);
        EXPECT_LE(pages, 3) << "an A4 profile should need one to three pages";
        EXPECT_EQ(profile.pageCount(screen, QSizeF(screen.size())), pages);
        // Sizes are in points and millimetres, so the 300-dpi page breaks where the screen does.
        EXPECT_EQ(profile.pageCount(print, QSizeF(print.size())), pages) << id.value;
        EXPECT_EQ(profile.pageCount(screen, QSizeF(screen.size())), pages);
    }
}

TEST(DistrictProfile, TitleGivesBothNames) {
    const auto& henan = test::henanProfiles();
    const model::District* district = henan.opened.plan->district(kShilong);
    const DistrictProfile english(henan.sources(LabelLanguage::English), kShilong);
    EXPECT_EQ(english.title(), district->nameZh + QLatin1Char(' ') + district->nameEn);
}

TEST(DistrictProfile, ChinesePdfCarriesNamesHeadingsAndSourcesAsText) {
    const auto& henan = test::henanProfiles();
    const auto sources = henan.sources(LabelLanguage::Chinese);
    const std::vector<model::DistrictId> ids{kPingdingshanChemical, kShilong, kZhengzhouHighTech};
    std::vector<std::unique_ptr<DistrictProfile>> profiles;
    std::vector<const DistrictProfile*> pointers;
    for (const auto id : ids) {
        profiles.push_back(std::make_unique<DistrictProfile>(sources, id));
        pointers.push_back(profiles.back().get());
    }
    const QString text = writeAndRead(QStringLiteral("profiles_zh.pdf"), pointers);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_FALSE(hasKangxiRadicals(text)) << "工, 石 or 山 came out as Kangxi radicals";
    EXPECT_TRUE(text.contains(QStringLiteral("平顶山化工产业集聚区")));
    EXPECT_TRUE(text.contains(QStringLiteral("石龙区产业集聚区")));
    for (const auto id : ids) {
        const model::District* district = henan.opened.plan->district(id);
        EXPECT_TRUE(text.contains(district->nameZh)) << district->nameZh.toStdString();
        EXPECT_TRUE(text.contains(district->nameEn)) << district->nameEn.toStdString();
        const auto* recommendations = henan.analysis->recommendations(id);
        ASSERT_TRUE(recommendations && !recommendations->empty());
        EXPECT_TRUE(text.contains(recommendations->front().measureZh.left(12)))
            << recommendations->front().measureZh.toStdString();
        EXPECT_TRUE(text.contains(recommendations->front().source))
            << recommendations->front().source.toStdString();
    }
    for (const char* heading :
         {"区位", "主要指标", "主导产业", "产业结构", "基础设施与服务配套",
          "产业关联与主导产业链缺口", "发展建议", "集群发展阶段", "建议创新模式"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    }
    EXPECT_FALSE(text.contains(QStringLiteral("Key facts")));
}

TEST(DistrictProfile, EnglishPdfHasEnglishHeadingsAndBothNames) {
    const auto& henan = test::henanProfiles();
    const DistrictProfile profile(henan.sources(LabelLanguage::English), kPingdingshanChemical);
    const QString text = writeAndRead(QStringLiteral("profile_en.pdf"), {&profile});
    const model::District* district = henan.opened.plan->district(kPingdingshanChemical);
    EXPECT_TRUE(text.contains(district->nameZh));
    EXPECT_TRUE(text.contains(district->nameEn));
    for (const char* heading : {"Location", "Key facts", "Leading industries", "Sector structure",
                                "Infrastructure and services", "Sector linkages", "Recommendations",
                                "Cluster stage", "Suggested innovation mode"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    }
    const auto* recommendations = henan.analysis->recommendations(kPingdingshanChemical);
    ASSERT_TRUE(recommendations && !recommendations->empty());
    EXPECT_TRUE(text.contains(recommendations->front().measureEn.left(30)));
    EXPECT_FALSE(text.contains(QStringLiteral("主要指标")));
}

TEST(DistrictProfile, IllustrativeNoticeAppearsOnlyWhenValuesAreIllustrative) {
    const auto& henan = test::henanProfiles();
    const DistrictProfile sample(henan.sources(LabelLanguage::Chinese), kShilong);
    ASSERT_TRUE(sample.illustrative());
    const QString sampleText = writeAndRead(QStringLiteral("illustrative.pdf"), {&sample});
    EXPECT_TRUE(sampleText.contains(QStringLiteral("示意值")));

    // The same district once every value is real: no notice, no marks.
    std::unique_ptr<model::Plan> plan = henan.opened.plan->clone();
    ASSERT_TRUE(plan->setInputOutputTable(plan->inputOutput(), false).ok());
    ASSERT_TRUE(plan->setProvenance(kShilong, {}).ok());
    plan->setReferenceEconomy({});
    ASSERT_FALSE(plan->district(kShilong)->provenance.anyIllustrative());
    ASSERT_FALSE(plan->inputOutputIllustrative());
    const analysis::PlanAnalysis analysis(*plan);
    render::ProfileSources sources = henan.sources(LabelLanguage::Chinese);
    sources.plan = plan.get();
    sources.analysis = &analysis;
    sources.districts.reset(); // built by the profile from this plan
    const DistrictProfile real(sources, kShilong);
    EXPECT_FALSE(real.illustrative());
    const QString realText = writeAndRead(QStringLiteral("real.pdf"), {&real});
    EXPECT_TRUE(realText.contains(QStringLiteral("石龙区产业集聚区")));
    EXPECT_FALSE(realText.contains(QStringLiteral("示意值")));
    EXPECT_FALSE(realText.contains(QLatin1Char('*')));
}

TEST(DistrictProfile, LongRecommendationsContinueOnFurtherPagesInsideTheContentRect) {
    const auto& henan = test::henanProfiles();
    // The district with the most recommendations.
    model::DistrictId most;
    std::size_t count = 0;
    for (const model::District* d : henan.opened.plan->districts()) {
        const auto* r = henan.analysis->recommendations(d->id);
        if (r && r->size() > count) {
            count = r->size();
            most = d->id;
        }
    }
    ASSERT_GE(count, 4u);
    const DistrictProfile profile(henan.sources(LabelLanguage::English), most);
    // An A6-sized content area at 96 dpi, inside a larger white image.
    const QSizeF contentSize(test::whitePage(QSizeF(95.0, 130.0), 96).size());
    const double margin = 40.0;
    const QRectF content(QPointF(margin, margin), contentSize);
    QImage page(content.adjusted(-margin, -margin, margin, margin).size().toSize(),
                QImage::Format_ARGB32_Premultiplied);
    page.setDotsPerMeterX(3780);
    page.setDotsPerMeterY(3780);
    page.fill(Qt::white);
    const int small = profile.pageCount(page, content.size());
    const QImage a4 = test::whitePage(QSizeF(180.0, 267.0), 96);
    EXPECT_GT(small, profile.pageCount(a4, QSizeF(a4.size())));
    EXPECT_GT(small, 2);
    for (int p = 0; p < small; ++p) {
        QImage canvas = page.copy();
        {
            QPainter painter(&canvas);
            profile.paintPage(painter, content, p);
        }
        const QRect inside = content.toAlignedRect();
        int drawnInside = 0;
        for (int y = 0; y < canvas.height(); ++y) {
            for (int x = 0; x < canvas.width(); ++x) {
                const bool white = canvas.pixel(x, y) == qRgb(255, 255, 255);
                if (inside.contains(x, y)) {
                    drawnInside += white ? 0 : 1;
                } else {
                    ASSERT_TRUE(white) << "page " << p << " drew at " << x << "," << y;
                }
            }
        }
        EXPECT_GT(drawnInside, 500) << "page " << p << " is blank";
        keepImage(QStringLiteral("small_page_%1.png").arg(p + 1), canvas);
    }
}

TEST(DistrictProfile, ContinuedRecommendationsSayTheyContinue) {
    const auto& henan = test::henanProfiles();
    const DistrictProfile profile(henan.sources(LabelLanguage::Chinese), kPingdingshanChemical);
    const QString text = writeAndRead(QStringLiteral("continued.pdf"), {&profile});
    const auto* recommendations = henan.analysis->recommendations(kPingdingshanChemical);
    // Every recommendation is on some page, however many there are.
    for (const auto& r : *recommendations) {
        EXPECT_TRUE(text.contains(r.measureZh.left(10))) << r.measureZh.toStdString();
    }
}

TEST(DistrictProfile, LandscapePagesCarryEverySection) {
    const auto& henan = test::henanProfiles();
    const DistrictProfile profile(henan.sources(LabelLanguage::English), kShilong);
    const QString text =
        writeAndRead(QStringLiteral("landscape_en.pdf"), {&profile}, QPageLayout::Landscape);
    for (const char* heading :
         {"Location", "Key facts", "Sector structure", "Infrastructure and services",
          "Sector linkages", "Recommendations"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    }
    for (const auto& r : *henan.analysis->recommendations(kShilong)) {
        EXPECT_TRUE(text.contains(r.measureEn.left(30))) << r.measureEn.toStdString();
    }
}

TEST(DistrictProfile, LargerPagesNeedNoMorePages) {
    const auto& henan = test::henanProfiles();
    for (const auto id : {kZhengzhouHighTech, kPingdingshanChemical, kShilong}) {
        const DistrictProfile profile(henan.sources(LabelLanguage::Chinese), id);
        const QImage a4 = test::whitePage(QSizeF(180.0, 267.0), 150);
        const QImage a3 = test::whitePage(QSizeF(267.0, 390.0), 150);
        EXPECT_LE(profile.pageCount(a3, QSizeF(a3.size())),
                  profile.pageCount(a4, QSizeF(a4.size())))
            << id.value;
    }
    const DistrictProfile profile(henan.sources(LabelLanguage::Chinese), kShilong);
    const QString text =
        writeAndRead(QStringLiteral("a3_zh.pdf"), {&profile}, QPageLayout::Portrait, QPageSize::A3);
    EXPECT_TRUE(text.contains(QStringLiteral("石龙区产业集聚区")));
    EXPECT_TRUE(text.contains(QStringLiteral("发展建议")));
}
