#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace agglomap::analysis {

// What a class of a fixed-class method stands for, so a legend can name it in the method's own
// terms ("−1 to 0 SD", "lower outlier", "< 1%") rather than by raw values alone. Classes of
// methods that only cut ranges (equal interval, quantile, ...) are Range.
enum class ClassRole {
    Range,
    BelowMinus2Sd,
    Minus2ToMinus1Sd,
    Minus1To0Sd,
    Zero1To1Sd,
    Plus1To2Sd,
    AbovePlus2Sd,
    LowerOutlier,
    BelowQ1,
    Q1ToMedian,
    MedianToQ3,
    AboveQ3,
    UpperOutlier,
    BelowP1,
    P1ToP10,
    P10ToP50,
    P50ToP90,
    P90ToP99,
    AboveP99,
};

// Stable key of a role for files ("lower-outlier"); empty for Range.
[[nodiscard]] QString classRoleKey(ClassRole role);

// One class of a classification. Each bound is closed (the value belongs to the class) or open.
// Adjacent classes share their bound, and exactly one of them holds it, so each value belongs
// to exactly one class. Range methods close the upper bound (a < x <= b; the first class is
// closed on both sides), as QGIS and mapclassify do; GeoDa's box and percentile maps close the
// bounds below the median on the upper class instead ("< 25%" is x < Q1).
struct ClassInterval {
    double lower = 0.0;
    double upper = 0.0;
    bool lowerInclusive = false;
    bool upperInclusive = true;
    int count = 0;
    ClassRole role = ClassRole::Range;

    [[nodiscard]] bool contains(double value) const {
        return (lowerInclusive ? value >= lower : value > lower) &&
               (upperInclusive ? value <= upper : value < upper);
    }
    // Whether any value at all can fall in the class ([a, a) cannot).
    [[nodiscard]] bool canHoldValues() const {
        return lower < upper || (lower == upper && lowerInclusive && upperInclusive);
    }
    // "10 – 20" style text is the legend's business; this gives the mathematical form.
    [[nodiscard]] QString boundsText(int decimals) const;
};

// The result of classifying a set of values: class intervals with their counts, and the
// number of values that were missing (NaN) and so belong to no class.
class Classification {
public:
    Classification() = default;
    // breaks: ascending, size = classes + 1; breaks.front() is the minimum, back() the maximum.
    // Upper bounds are closed, and the first class is closed below.
    Classification(std::vector<double> breaks, const std::vector<double>& values);
    // Given classes, counted over the values.
    Classification(std::vector<ClassInterval> intervals, const std::vector<double>& values);

    [[nodiscard]] const std::vector<ClassInterval>& intervals() const { return m_intervals; }
    [[nodiscard]] std::vector<double> breaks() const;
    [[nodiscard]] int classCount() const { return static_cast<int>(m_intervals.size()); }
    [[nodiscard]] int missingCount() const { return m_missing; }
    // The class of a value, or nullopt for a missing value or one outside every class.
    [[nodiscard]] std::optional<int> classOf(double value) const;
    // The same classes counted over other values: a city view that keeps the province's classes.
    [[nodiscard]] Classification recounted(const std::vector<double>& values) const;

private:
    void count(const std::vector<double>& values);

    std::vector<ClassInterval> m_intervals;
    int m_missing = 0;
};

} // namespace agglomap::analysis
