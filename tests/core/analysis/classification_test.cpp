#include "analysis/classification_method.h"
#include "analysis/natural_breaks.h"
#include "support/test_data.h"

#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>

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

// The map classifies regions in the order of their codes; a plan that lists its districts in
// another order, or a region that gains a value, must not move a break.
TEST(Classification, DoesNotDependOnTheOrderOfTheValues) {
    std::vector<double> values;
    for (int i = 0; i < 500; ++i) {
        values.push_back(std::fmod(i * 37.3, 101.0) + (i % 7 == 0 ? 0.1 * i : 0.0));
    }
    std::vector<double> shuffled = values;
    std::mt19937 random(14);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    shuffled.insert(shuffled.begin() + 17, kNaN);
    for (const QString& id : classificationMethodIds()) {
        const auto m = makeClassificationMethod(id);
        const Classification ordered = m->classify(values, 6);
        const Classification mixed = m->classify(shuffled, 6);
        EXPECT_EQ(ordered.breaks(), mixed.breaks()) << id.toStdString();
        EXPECT_EQ(counts(ordered), counts(mixed)) << id.toStdString();
        EXPECT_EQ(mixed.missingCount(), 1);
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
    // Six classes need six distinct values at least.
    const auto wide = classify("std-dev", {-10, -1, -0.5, 0, 0, 0, 0.5, 1, 1, 10}, 0);
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
    // As GeoDa: "< 1%" is strictly below the 1st percentile (2), "10–50%" holds the median.
    EXPECT_EQ(counts(c), (std::vector<int>{1, 9, 41, 40, 9, 1}));
    const std::vector<ClassRole> roles{ClassRole::BelowP1,  ClassRole::P1ToP10,
                                       ClassRole::P10ToP50, ClassRole::P50ToP90,
                                       ClassRole::P90ToP99, ClassRole::AboveP99};
    for (std::size_t i = 0; i < roles.size(); ++i) {
        EXPECT_EQ(c.intervals()[i].role, roles[i]) << i;
    }
    EXPECT_FALSE(c.intervals()[0].upperInclusive);
    EXPECT_TRUE(c.intervals()[2].upperInclusive);
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

namespace {

int distinctCount(const std::vector<double>& values) {
    std::set<double> distinct;
    for (double v : values) {
        if (!std::isnan(v)) {
            distinct.insert(v);
        }
    }
    return static_cast<int>(distinct.size());
}

// Data sets with ties, gaps and skew, as regions' values are.
std::vector<std::vector<double>> awkwardDataSets() {
    return {
        {5, 5, 7},
        {1, 1, 1, 2, 2, 2, 9},
        {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 40},
        {3, 17, 42, 88, 97},
        {13.44, 400, 849.64},
        {0.1, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 5},
        {-4, -4, 0, 0, 0, 0, 0, 6},
        {2, 3},
    };
}

} // namespace

TEST(EqualIntervalClassification, TopBreakIsTheMaximum) {
    // (849.64 - 13.44) / 3 * 3 + 13.44 rounds to 849.6399999999999, one ulp below the maximum:
    // computed, the top break would leave the maximum alone in a fourth class.
    const std::vector<double> values{13.44, 400, 849.64};
    const auto c = classify("equal-interval", values, 3);
    EXPECT_EQ(c.classCount(), 3);
    EXPECT_EQ(c.breaks().back(), 849.64);
    EXPECT_EQ(counts(c), (std::vector<int>{1, 1, 1}));
}

TEST(Classification, NeverMakesMoreClassesThanDistinctValuesOrThanAsked) {
    for (const std::vector<double>& values : awkwardDataSets()) {
        for (const QString& id : classificationMethodIds()) {
            const auto method = makeClassificationMethod(id);
            for (int asked = 2; asked <= 9; ++asked) {
                const Classification c = method->classify(values, asked);
                EXPECT_LE(c.classCount(), distinctCount(values))
                    << id.toStdString() << " asked " << asked << " of " << values.size();
                if (method->usesClassCount()) {
                    EXPECT_LE(c.classCount(), asked) << id.toStdString() << " asked " << asked;
                }
            }
        }
    }
}

TEST(PrettyClassification, NeverMakesMoreClassesThanAsked) {
    // R's pretty() returns about n intervals, often one or two more; over many ranges the
    // classification must still keep to the count asked for.
    for (double low : {0.0, 0.13, 1.0, 7.5, 42.0, -3.2}) {
        for (double span : {0.47, 1.0, 9.0, 97.0, 130.0, 887.31, 12345.0}) {
            const std::vector<double> values{low, low + span * 0.3, low + span * 0.55,
                                             low + span * 0.8, low + span};
            for (int asked = 2; asked <= 5; ++asked) {
                const auto c = classify("pretty", values, asked);
                EXPECT_LE(c.classCount(), asked) << low << " + " << span << " asked " << asked;
                EXPECT_LE(c.breaks().front(), low);
                EXPECT_GE(c.breaks().back(), low + span);
            }
        }
    }
}

TEST(Classification, EveryValueFallsInExactlyOneClass) {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> uniform(-50.0, 900.0);
    std::vector<std::vector<double>> sets = awkwardDataSets();
    for (int n : {2, 5, 31, 158}) {
        std::vector<double> values;
        for (int i = 0; i < n; ++i) {
            values.push_back(i % 5 == 0 ? 10.0 : uniform(random));
        }
        sets.push_back(values);
    }
    for (const std::vector<double>& values : sets) {
        std::vector<std::unique_ptr<ClassificationMethod>> methods;
        for (const QString& id : classificationMethodIds()) {
            methods.push_back(makeClassificationMethod(id));
        }
        methods.push_back(manualClassification({0.0, 10.0, 500.0}));
        for (const auto& method : methods) {
            const Classification c = method->classify(values, 5);
            int total = 0;
            for (int n : counts(c)) {
                total += n;
            }
            EXPECT_EQ(total, static_cast<int>(values.size())) << method->id().toStdString();
            for (double v : values) {
                int holding = 0;
                for (const ClassInterval& interval : c.intervals()) {
                    holding += interval.contains(v) ? 1 : 0;
                }
                EXPECT_EQ(holding, 1) << method->id().toStdString() << " " << v;
            }
        }
    }
}

TEST(Classification, ValuesEqualWithinARelativeBillionthShareAClass) {
    // Districts all at an R&D intensity of 0.01 aggregate to these three values.
    const std::vector<double> ties{0.009999999999999998, 0.01, 0.010000000000000002};
    const std::vector<double> values{
        0.004, 0.009999999999999998, 0.01, 0.010000000000000002, 0.01, 0.02, 0.03, 0.05};
    for (const QString& id : classificationMethodIds()) {
        const auto method = makeClassificationMethod(id);
        for (int asked = 2; asked <= 7; ++asked) {
            const Classification c = method->classify(values, asked);
            const auto first = c.classOf(ties.front());
            ASSERT_TRUE(first.has_value()) << id.toStdString();
            for (double tie : ties) {
                EXPECT_EQ(c.classOf(tie), first) << id.toStdString() << " asked " << asked;
            }
        }
        const Classification alone = method->classify(ties, 5);
        EXPECT_EQ(alone.classCount(), 1) << id.toStdString();
    }
}

TEST(BoxMapClassification, KeepsItsOutliersWhenTheInterquartileRangeIsZero) {
    // Five counties with no district, a hundred with one, two with three: the quartiles are all
    // 1, so both fences are 1 and every other value is an outlier.
    std::vector<double> values(5, 0.0);
    values.insert(values.end(), 100, 1.0);
    values.insert(values.end(), {3.0, 3.0});
    const auto c = classify("box-map", values, 0);
    ASSERT_EQ(c.classCount(), 3);
    EXPECT_EQ(c.intervals()[0].role, ClassRole::LowerOutlier);
    EXPECT_EQ(c.intervals()[1].role, ClassRole::Q1ToMedian);
    EXPECT_EQ(c.intervals()[2].role, ClassRole::UpperOutlier);
    EXPECT_EQ(counts(c), (std::vector<int>{5, 100, 2}));
    EXPECT_EQ(c.classOf(0.0), 0);
    EXPECT_EQ(c.classOf(1.0), 1);
    EXPECT_EQ(c.classOf(3.0), 2);
}

TEST(StandardDeviationClassification, NamesItsClassesByDeviationsFromTheMean) {
    const auto c = classify("std-dev", {-10, -1, -0.5, 0, 0, 0, 0.5, 1, 1, 10}, 0);
    const std::vector<ClassRole> roles{ClassRole::BelowMinus2Sd, ClassRole::Minus2ToMinus1Sd,
                                       ClassRole::Minus1To0Sd,   ClassRole::Zero1To1Sd,
                                       ClassRole::Plus1To2Sd,    ClassRole::AbovePlus2Sd};
    ASSERT_EQ(c.classCount(), 6);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        EXPECT_EQ(c.intervals()[i].role, roles[i]) << i;
    }
    // Classes beyond the data vanish, and the others keep their names.
    const auto narrow = classify("std-dev", {-3, -1, -1, -1, 1, 1, 1, 3, 0, 0}, 0);
    ASSERT_EQ(narrow.classCount(), 4);
    EXPECT_EQ(narrow.intervals().front().role, ClassRole::Minus2ToMinus1Sd);
    EXPECT_EQ(narrow.intervals().back().role, ClassRole::Plus1To2Sd);
}

TEST(Classification, RecountingKeepsTheClassesAndCountsOtherValues) {
    const auto province = classify("quantile", oneToN(20), 4);
    const Classification city = province.recounted({1, 2, 19, kNaN});
    EXPECT_EQ(city.breaks(), province.breaks());
    EXPECT_EQ(counts(city), (std::vector<int>{2, 0, 0, 1}));
    EXPECT_EQ(city.missingCount(), 1);
}
