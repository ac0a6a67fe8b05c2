#include "analysis/classification_method.h"
#include "render/legend.h"

#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace agglomap;
using analysis::Classification;
using analysis::ClassInterval;

namespace {

Classification classify(const char* method, const std::vector<double>& values, int classes) {
    return analysis::makeClassificationMethod(QString::fromLatin1(method))
        ->classify(values, classes);
}

// The two bounds printed in a range label ("12.5 – 20", ">20% – 24%"), without the marks.
std::pair<QString, QString> printedBounds(const QString& label) {
    const QString range = label.section(QStringLiteral(": "), -1);
    QStringList parts = range.split(QStringLiteral(" – "));
    for (QString& part : parts) {
        part.remove(QLatin1Char('>')).remove(QLatin1Char('<'));
    }
    return {parts.front(), parts.back()};
}

} // namespace

TEST(LegendLabels, AdjacentBoundsDifferAtThePrecisionShown) {
    // Shares touching 28% from both sides: at whole percents three classes would print "28%".
    const Classification shares({0.21, 0.2749, 0.2801, 0.2849, 0.31},
                                {0.21, 0.25, 0.278, 0.2801, 0.283, 0.2849, 0.3, 0.31});
    const Classification money({12.04, 12.4, 12.44, 130.2, 130.4}, {12.04, 12.4, 12.44, 130.3});
    for (const auto& [classification, share] : {std::pair{shares, true}, {money, false}}) {
        const std::vector<QString> labels = render::classLabels(classification, share);
        ASSERT_EQ(labels.size(), classification.intervals().size());
        QSet<QString> seen;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const auto [low, high] = printedBounds(labels[i]);
            EXPECT_NE(low, high) << labels[i].toStdString();
            EXPECT_FALSE(seen.contains(labels[i])) << labels[i].toStdString();
            seen.insert(labels[i]);
            if (i > 0) {
                // A class starts where the one before it ends, printed alike.
                EXPECT_EQ(low, printedBounds(labels[i - 1]).second) << labels[i].toStdString();
            }
        }
    }
}

TEST(LegendLabels, MarkOpenBoundsAndShowAOneValueClassAsItsValue) {
    // A class of the single value 20% and the class above it: "20%" then ">20% – 24%".
    const Classification c({0.2, 0.2, 0.24}, {0.2, 0.2, 0.21, 0.24});
    const std::vector<QString> labels = render::classLabels(c, true);
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels[0], QStringLiteral("20%"));
    EXPECT_EQ(labels[1], QStringLiteral(">20% – 24%"));
    // GeoDa's lower classes are open above.
    const Classification box = classify("box-map", {1, 2, 3, 4, 5, 6, 7, 8, 9, 100}, 0);
    EXPECT_FALSE(box.intervals()[0].upperInclusive);
    EXPECT_TRUE(render::classLabels(box, false)[0].contains(QStringLiteral("– <")));
}

TEST(LegendLabels, NameFixedClassesInTheirMethodsTerms) {
    const std::vector<double> values{-10, -1, -0.5, 0, 0, 0, 0.5, 1, 1, 10};
    const std::vector<QString> sd = render::classLabels(classify("std-dev", values, 0), false);
    ASSERT_EQ(sd.size(), 6u);
    EXPECT_TRUE(sd[2].startsWith(QStringLiteral("−1 to 0 SD: "))) << sd[2].toStdString();
    EXPECT_TRUE(sd[5].startsWith(QStringLiteral("Above 2 SD: "))) << sd[5].toStdString();

    std::vector<double> counts(5, 0.0);
    counts.insert(counts.end(), 100, 1.0);
    counts.push_back(3.0);
    const std::vector<QString> box = render::classLabels(classify("box-map", counts, 0), false);
    ASSERT_EQ(box.size(), 3u);
    EXPECT_EQ(box[0], QStringLiteral("Lower outlier: 0 – <1"));
    EXPECT_EQ(box[1], QStringLiteral("25–50%: 1"));
    EXPECT_EQ(box[2], QStringLiteral("Upper outlier: >1 – 3"));

    std::vector<double> many;
    for (int i = 1; i <= 101; ++i) {
        many.push_back(i);
    }
    const std::vector<QString> percentile =
        render::classLabels(classify("percentile", many, 0), false);
    ASSERT_EQ(percentile.size(), 6u);
    EXPECT_TRUE(percentile[0].startsWith(QStringLiteral("< 1%: "))) << percentile[0].toStdString();
    EXPECT_TRUE(percentile[1].startsWith(QStringLiteral("1–10%: 2 – <11")))
        << percentile[1].toStdString();
}
