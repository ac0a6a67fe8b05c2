#include "analysis/colour_ramp.h"

#include <gtest/gtest.h>

using namespace agglomap::analysis;

namespace {

std::vector<QString> hexes(const std::vector<Rgb>& colours) {
    std::vector<QString> result;
    for (const Rgb& c : colours) {
        result.push_back(c.hex());
    }
    return result;
}

} // namespace

TEST(ColourRampCatalogue, HoldsColorBrewersSequentialDivergingAndQualitativeSchemes) {
    const auto& catalogue = ColourRampCatalogue::builtIn();
    EXPECT_EQ(catalogue.ramps().size(), 35u);
    EXPECT_EQ(catalogue.ofType(RampType::Sequential).size(), 18u);
    EXPECT_EQ(catalogue.ofType(RampType::Diverging).size(), 9u);
    EXPECT_EQ(catalogue.ofType(RampType::Qualitative).size(), 8u);
    EXPECT_TRUE(catalogue.attribution().contains(QStringLiteral("Cynthia Brewer")));
    EXPECT_EQ(catalogue.find(QStringLiteral("Nope")), nullptr);
}

TEST(ColourRamp, UsesColorBrewersOwnColoursForDefinedSizes) {
    const ColourRamp* blues = ColourRampCatalogue::builtIn().find(QStringLiteral("Blues"));
    ASSERT_NE(blues, nullptr);
    EXPECT_EQ(hexes(blues->colours(3, RampDirection::Normal)),
              (std::vector<QString>{"#deebf7", "#9ecae1", "#3182bd"}));
    EXPECT_EQ(hexes(blues->colours(3, RampDirection::Inverted)),
              (std::vector<QString>{"#3182bd", "#9ecae1", "#deebf7"}));
    const ColourRamp* rdylgn = ColourRampCatalogue::builtIn().find(QStringLiteral("RdYlGn"));
    EXPECT_EQ(rdylgn->type(), RampType::Diverging);
    EXPECT_EQ(rdylgn->colours(11, RampDirection::Normal).size(), 11u);
    EXPECT_EQ(rdylgn->colours(5, RampDirection::Normal)[2].hex(),
              QStringLiteral("#ffffbf")); // neutral middle
}

TEST(ColourRamp, InterpolatesBeyondTheLargestSchemeAndKeepsItsEnds) {
    const ColourRamp* reds = ColourRampCatalogue::builtIn().find(QStringLiteral("Reds"));
    const auto nine = reds->colours(9, RampDirection::Normal);
    const auto twelve = reds->colours(12, RampDirection::Normal);
    ASSERT_EQ(twelve.size(), 12u);
    EXPECT_EQ(twelve.front(), nine.front());
    EXPECT_EQ(twelve.back(), nine.back());
    for (std::size_t i = 1; i < twelve.size(); ++i) {
        EXPECT_LE(twelve[i].g, twelve[i - 1].g) << i; // Reds darken monotonically
    }
}

TEST(ColourRamp, QualitativeSchemesRepeatRatherThanBlend) {
    const ColourRamp* set2 = ColourRampCatalogue::builtIn().find(QStringLiteral("Set2"));
    const auto colours = set2->colours(10, RampDirection::Normal);
    EXPECT_EQ(colours[8], colours[0]);
    EXPECT_EQ(set2->colours(1, RampDirection::Normal).size(), 1u);
    EXPECT_EQ(set2->colours(2, RampDirection::Normal).size(), 2u);
}

TEST(ColourRampCatalogue, ReportsABadColourWithItsRampAndSize) {
    const auto parsed = ColourRampCatalogue::fromJson(
        R"({"ramps":[{"id":"Mine","type":"sequential","sizes":{"2":["#000000","blue"]}}]})",
        QStringLiteral("ramps.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().message,
              QStringLiteral("ramps.json, ramp Mine, size 2: \"blue\" is not a #rrggbb colour."));
    const auto broken =
        ColourRampCatalogue::fromJson("{\"ramps\": [", QStringLiteral("ramps.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.startsWith(QStringLiteral("ramps.json: not valid JSON")));
}
