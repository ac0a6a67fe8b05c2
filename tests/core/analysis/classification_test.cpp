#include "analysis/classification_method.h"
#include "analysis/natural_breaks.h"
#include "support/test_data.h"

#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace agglomap::analysis;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Classification classify(const char* method, const std::vector<double>& values, int classes) {
    const auto m = makeClassificationMethod(QString::fromLatin1(method));
    EXPECT_NE(m, nullptr) << method;
    return m->classify(values, classes);
}

std::vector<int> counts(const Classification& c) {
    std::vector<int> result;
    for (const auto& interval : c.intervals()) {
        result.push_back(interval.count);
    }
    return result;
}

std::vector<double> oneToN(int n) {
    std::vector<double> values;
    for (int i = 1; i <= n; ++i) {
        values.push_back(i);
    }
    return values;
}

} // namespace

TEST(EqualIntervalClassification, SplitsTheRangeIntoEqualWidths) {
    const auto c = classify("equal-interval", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5);
    EXPECT_EQ(c.breaks(), (std::vector<double>{0, 2, 4, 6, 8, 10}));
    EXPECT_EQ(counts(c), (std::vector<int>{3, 2, 2, 2, 2})); // 0,1,2 | 3,4 | ...
}

TEST(Classification, FirstClassIsClosedAndLaterClassesAreOpenBelow) {
    const auto c = classify("equal-interval", {0, 2, 4, 6, 8, 10}, 5);
    EXPECT_TRUE(c.intervals()[0].lowerInclusive);
    EXPECT_FALSE(c.intervals()[1].lowerInclusive);
    EXPECT_EQ(c.classOf(0), 0);
    EXPECT_EQ(c.classOf(2), 0); // a value on a break belongs to the class below it
    EXPECT_EQ(c.classOf(2.0001), 1);
    EXPECT_EQ(c.classOf(10), 4);
    EXPECT_FALSE(c.classOf(10.5).has_value());
    EXPECT_FALSE(c.classOf(kNaN).has_value());
    EXPECT_EQ(c.intervals()[0].boundsText(0), QStringLiteral("0 ≤ x ≤ 2"));
    EXPECT_EQ(c.intervals()[1].boundsText(1), QStringLiteral("2.0 < x ≤ 4.0"));
}

TEST(QuantileClassification, PutsEqualCountsInEachClass) {
    const auto c = classify("quantile", oneToN(10), 4);
    EXPECT_EQ(c.breaks(), (std::vector<double>{1, 3, 5, 8, 10}));
    EXPECT_EQ(counts(c), (std::vector<int>{3, 2, 3, 2}));
}

TEST(QuantileClassification, TiedValuesShareAClass) {
    const auto c = classify("quantile", {1, 1, 1, 1, 2, 3}, 3);
    EXPECT_EQ(c.breaks(), (std::vector<double>{1, 1, 3}));
    EXPECT_EQ(counts(c), (std::vector<int>{4, 2}));
}

TEST(Classification, MissingValuesAreCountedApart) {
    const auto c = classify("equal-interval", {1, kNaN, 3, kNaN, 5}, 2);
    EXPECT_EQ(c.missingCount(), 2);
    EXPECT_EQ(counts(c), (std::vector<int>{2, 1}));
}

TEST(Classification, FewerDistinctValuesThanClassesGiveFewerClasses) {
    for (const char* method : {"equal-interval", "quantile", "natural-breaks", "pretty"}) {
        const auto c = classify(method, {5, 5, 7}, 5);
        int total = 0;
        for (int n : counts(c)) {
            total += n;
        }
        EXPECT_EQ(total, 3) << method;
        EXPECT_LE(c.classCount(), 5) << method;
    }
    const auto natural = classify("natural-breaks", {5, 5, 7}, 5);
    EXPECT_EQ(natural.breaks(), (std::vector<double>{5, 5, 7}));
    EXPECT_EQ(counts(natural), (std::vector<int>{2, 1}));
}

TEST(Classification, IdenticalValuesMakeOneClassAndNoValuesMakeNone) {
    const auto same = classify("equal-interval", {4, 4, 4}, 5);
    EXPECT_EQ(same.classCount(), 1);
    EXPECT_EQ(counts(same), (std::vector<int>{3}));
    const auto none = classify("quantile", {kNaN}, 5);
    EXPECT_EQ(none.classCount(), 0);
    EXPECT_EQ(none.missingCount(), 1);
}

TEST(Classification, IsDeterministic) {
    std::vector<double> values;
    for (int i = 0; i < 500; ++i) {
        values.push_back(std::fmod(i * 37.3, 101.0));
    }
    for (const QString& id : classificationMethodIds()) {
        const auto m = makeClassificationMethod(id);
        EXPECT_EQ(m->classify(values, 6).breaks(), m->classify(values, 6).breaks())
            << id.toStdString();
    }
}

TEST(NaturalBreaks, MatchesAnIndependentExactImplementation) {
    QFile file(agglomap::test::dataFile(QStringLiteral("natural_breaks_reference.txt")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&file);
    int cases = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty()) {
            continue;
        }
        const QStringList parts = line.split(QLatin1Char(';'));
        ASSERT_EQ(parts.size(), 4);
        std::vector<double> values;
        for (const QString& v : parts[2].split(QLatin1Char(' '))) {
            values.push_back(v.toDouble());
        }
        std::vector<double> expected;
        for (const QString& v : parts[3].split(QLatin1Char(' '))) {
            expected.push_back(v.toDouble());
        }
        std::sort(values.begin(), values.end());
        const auto uppers = optimalClassUpperBounds(values, parts[1].toInt());
        // Optimal partitions can tie; the sum of squares must match in any case.
        EXPECT_NEAR(withinGroupSquares(values, uppers), withinGroupSquares(values, expected),
                    1e-9 * (1 + withinGroupSquares(values, expected)))
            << parts[0].toStdString();
        EXPECT_EQ(uppers, expected) << parts[0].toStdString();
        ++cases;
    }
    EXPECT_GE(cases, 4);
}

TEST(NaturalBreaks, BeatsOrEqualsEveryOtherPartitionOfASmallSet) {
    const std::vector<double> values{1, 2, 3, 7, 8, 9, 15, 16, 30, 31};
    const auto best = optimalClassUpperBounds(values, 3);
    EXPECT_EQ(best, (std::vector<double>{9, 16, 31}));
    const double bestSquares = withinGroupSquares(values, best);
    for (std::size_t a = 0; a + 2 < values.size(); ++a) {
        for (std::size_t b = a + 1; b + 1 < values.size(); ++b) {
            EXPECT_LE(bestSquares,
                      withinGroupSquares(values, {values[a], values[b], values.back()}) + 1e-12);
        }
    }
}

TEST(StandardDeviationClassification, CutsAtWholeDeviationsFromTheMean) {
    // Mean 0, population standard deviation sqrt(2.4) = 1.55: the classes beyond two
    // deviations fall outside the data and vanish.
    const auto c = classify("std-dev", {-3, -1, -1, -1, 1, 1, 1, 3, 0, 0}, 0);
    const double sd = std::sqrt(24.0 / 10.0);
    EXPECT_EQ(c.breaks(), (std::vector<double>{-3, -sd, 0, sd, 3}));
    EXPECT_EQ(counts(c), (std::vector<int>{1, 5, 3, 1}));
    const auto wide = classify("std-dev", {-10, -1, -1, 0, 0, 0, 0, 1, 1, 10}, 0);
    EXPECT_EQ(wide.classCount(), 6);
}

TEST(PrettyBreaks, MatchRsPretty) {
    EXPECT_EQ(prettyBreaks(0, 97, 5), (std::vector<double>{0, 20, 40, 60, 80, 100}));
    EXPECT_EQ(prettyBreaks(1, 10, 5), (std::vector<double>{0, 2, 4, 6, 8, 10}));
    EXPECT_EQ(prettyBreaks(-1.3, 2.7, 5), (std::vector<double>{-2, -1, 0, 1, 2, 3}));
    EXPECT_EQ(prettyBreaks(0.13, 7.9, 5), (std::vector<double>{0, 2, 4, 6, 8}));
    const auto small = prettyBreaks(0.0, 0.47, 5); // R: 0.0 0.1 0.2 0.3 0.4 0.5
    ASSERT_EQ(small.size(), 6u);
    EXPECT_DOUBLE_EQ(small[3], 0.30000000000000004);
    EXPECT_DOUBLE_EQ(small.back(), 0.5);
}

TEST(PrettyClassification, LegendStartsAndEndsOnRoundNumbers) {
    const auto c = classify("pretty", {3, 17, 42, 88, 97}, 5);
    EXPECT_EQ(c.breaks(), (std::vector<double>{0, 20, 40, 60, 80, 100}));
    EXPECT_EQ(counts(c), (std::vector<int>{2, 0, 1, 0, 2}));
}

TEST(BoxMapClassification, SeparatesOutliersAtOneAndAHalfInterquartileRanges) {
    std::vector<double> values = oneToN(9);
    values.push_back(100);
    const auto c = classify("box-map", values, 0);
    // Q1 3.25, median 5.5, Q3 7.75, upper fence 14.5; no value is below the lower fence.
    EXPECT_EQ(c.breaks(), (std::vector<double>{1, 3.25, 5.5, 7.75, 14.5, 100}));
    EXPECT_EQ(counts(c), (std::vector<int>{3, 2, 2, 2, 1}));
}

TEST(PercentileClassification, UsesGeoDasSixClasses) {
    const auto c = classify("percentile", oneToN(101), 0);
    EXPECT_EQ(c.breaks(), (std::vector<double>{1, 2, 11, 51, 91, 100, 101}));
    EXPECT_EQ(counts(c), (std::vector<int>{2, 9, 40, 40, 9, 1}));
}

TEST(ManualClassification, UsesTheGivenThresholdsAsUpperBounds) {
    const auto c = manualClassification({20, 10})->classify({5, 10, 15, 25}, 0);
    EXPECT_EQ(c.breaks(), (std::vector<double>{5, 10, 20, 25}));
    EXPECT_EQ(counts(c), (std::vector<int>{2, 1, 1}));
}

TEST(ClassificationMethods, AreFoundByIdAndCloneThemselves) {
    for (const QString& id : classificationMethodIds()) {
        const auto method = makeClassificationMethod(id);
        ASSERT_NE(method, nullptr);
        EXPECT_EQ(method->id(), id);
        EXPECT_EQ(method->clone()->id(), id);
    }
    EXPECT_EQ(makeClassificationMethod(QStringLiteral("jenks-typo")), nullptr);
}
