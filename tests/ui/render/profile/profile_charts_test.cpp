#include "profile_fixture.h"

#include "model/plan.h"
#include "render/profile/profile_charts.h"
#include "render/profile/profile_content.h"

#include <algorithm>
#include <limits>

using namespace agglomap;
using render::profile::ProfileContent;
using render::profile::SectorChart;

namespace {

bool near(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}

// A district with a leading industry among several sectors.
model::DistrictId districtWithSeveralSectors() {
    const auto& henan = test::henanProfiles();
    for (const model::District* d : henan.opened.plan->districts()) {
        if (!d->leadingIndustries.empty() && d->industries.size() >= 5) {
            return d->id;
        }
    }
    return {};
}

} // namespace

TEST(SectorChart, ListsSectorsLargestFirstWithEveryLeadingIndustry) {
    const auto& henan = test::henanProfiles();
    for (const model::District* d : henan.opened.plan->districts()) {
        const ProfileContent content =
            render::profile::buildProfileContent(henan.sources(geo::LabelLanguage::Chinese), d->id);
        std::vector<int> ranks;
        double previous = std::numeric_limits<double>::infinity();
        for (const auto& bar : content.sectors) {
            if (bar.rest) {
                EXPECT_EQ(&bar, &content.sectors.back()) << "the rest comes last";
                continue;
            }
            EXPECT_LE(bar.value, previous) << d->id.value;
            previous = bar.value;
            if (bar.leadingRank > 0) {
                ranks.push_back(bar.leadingRank);
            }
        }
        EXPECT_EQ(ranks.size(), d->leadingIndustries.size()) << d->id.value;
        EXPECT_LE(content.sectors.size(),
                  static_cast<std::size_t>(render::profile::kChartedSectors + 1));
    }
}

TEST(SectorChart, DrawsLeadingIndustriesDarkAndTheOthersLight) {
    const auto& henan = test::henanProfiles();
    const model::DistrictId id = districtWithSeveralSectors();
    ASSERT_TRUE(id.isValid());
    const ProfileContent content =
        render::profile::buildProfileContent(henan.sources(geo::LabelLanguage::English), id);
    const SectorChart chart(content);
    QImage image = test::whitePage(QSizeF(90.0, 90.0), 150);
    const QRectF rect(QPointF(0, 0), QSizeF(image.size()));
    ASSERT_LE(chart.height(image, rect.width()), rect.height());
    {
        QPainter painter(&image);
        chart.paint(painter, rect);
    }
    int leading = 0;
    int others = 0;
    for (int row = 0; row < static_cast<int>(content.sectors.size()); ++row) {
        const auto& bar = content.sectors[static_cast<std::size_t>(row)];
        const QRectF box = chart.barRect(image, rect, row);
        ASSERT_TRUE(rect.contains(box)) << row;
        if (box.width() < 3.0) {
            continue; // too short to sample
        }
        const QColor drawn = image.pixelColor(box.center().toPoint());
        EXPECT_TRUE(near(drawn, SectorChart::barColour(bar))) << "row " << row;
        if (bar.leadingRank > 0) {
            ++leading;
            EXPECT_TRUE(near(drawn, QColor(35, 85, 150))) << "leading row " << row;
        } else if (!bar.rest) {
            ++others;
            EXPECT_FALSE(near(drawn, QColor(35, 85, 150))) << "row " << row;
        }
    }
    EXPECT_GE(leading, 1);
    EXPECT_GE(others, 1);
}

TEST(SectorChart, BarLengthsFollowOutput) {
    const auto& henan = test::henanProfiles();
    const model::DistrictId id = districtWithSeveralSectors();
    const ProfileContent content =
        render::profile::buildProfileContent(henan.sources(geo::LabelLanguage::Chinese), id);
    const SectorChart chart(content);
    const QImage image = test::whitePage(QSizeF(90.0, 90.0), 300);
    const QRectF rect(QPointF(0, 0), QSizeF(image.size()));
    ASSERT_GE(content.sectors.size(), 2u);
    const auto largest =
        std::max_element(content.sectors.begin(), content.sectors.end(),
                         [](const auto& a, const auto& b) { return a.value < b.value; });
    const double longest =
        chart.barRect(image, rect, static_cast<int>(largest - content.sectors.begin())).width();
    ASSERT_GT(longest, 0.0);
    for (std::size_t row = 0; row < content.sectors.size(); ++row) {
        const double expected = content.sectors[row].value / largest->value;
        EXPECT_NEAR(chart.barRect(image, rect, static_cast<int>(row)).width() / longest, expected,
                    0.01)
            << row;
    }
}

TEST(SectorChart, SumsTheSmallSectorsButKeepsALeadingOneAmongThem) {
    const auto& henan = test::henanProfiles();
    std::unique_ptr<model::Plan> plan = henan.opened.plan->clone();
    const model::DistrictId id{1};
    // Fourteen sectors with falling output; the smallest is made the leading industry.
    const int sectors = 14;
    for (int s = 0; s < sectors; ++s) {
        model::SectorActivity activity;
        activity.sector = s;
        activity.outputValue = 100.0 - 5.0 * s;
        activity.enterprises = 3;
        ASSERT_TRUE(plan->setSectorActivity(id, activity).ok());
    }
    ASSERT_TRUE(plan->setLeadingIndustries(id, {sectors - 1}).ok());
    std::vector<model::SectorIndex> others;
    for (const auto& activity : plan->district(id)->industries) {
        if (activity.sector >= sectors) {
            others.push_back(activity.sector);
        }
    }
    for (const model::SectorIndex s : others) {
        ASSERT_TRUE(plan->removeSectorActivity(id, s).ok());
    }
    const analysis::PlanAnalysis analysis(*plan);
    render::ProfileSources sources = henan.sources(geo::LabelLanguage::English);
    sources.plan = plan.get();
    sources.analysis = &analysis;
    const ProfileContent content = render::profile::buildProfileContent(sources, id);
    const int activeSectors = static_cast<int>(plan->district(id)->industries.size());
    ASSERT_EQ(activeSectors, sectors);
    ASSERT_EQ(content.sectors.size(),
              static_cast<std::size_t>(render::profile::kChartedSectors + 1));
    const auto& rest = content.sectors.back();
    EXPECT_TRUE(rest.rest);
    EXPECT_EQ(
        rest.name,
        QStringLiteral("%1 other sectors").arg(activeSectors - render::profile::kChartedSectors));
    const auto leading = std::find_if(content.sectors.begin(), content.sectors.end(),
                                      [](const auto& bar) { return bar.leadingRank == 1; });
    ASSERT_NE(leading, content.sectors.end());
    EXPECT_EQ(leading->code, plan->sectors().at(sectors - 1).code);
    double shares = 0.0;
    for (const auto& bar : content.sectors) {
        shares += bar.share;
    }
    EXPECT_NEAR(shares, 1.0, 1e-9) << "the bars cover all output";
}
