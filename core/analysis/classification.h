#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace agglomap::analysis {

// One class of a classification. The first class is closed on both sides (a <= x <= b); every
// later one is open below (a < x <= b), so each value belongs to exactly one class.
struct ClassInterval {
    double lower = 0.0;
    double upper = 0.0;
    bool lowerInclusive = false;
    int count = 0;

    [[nodiscard]] bool contains(double value) const {
        return (lowerInclusive ? value >= lower : value > lower) && value <= upper;
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
    Classification(std::vector<double> breaks, const std::vector<double>& values);

    [[nodiscard]] const std::vector<ClassInterval>& intervals() const { return m_intervals; }
    [[nodiscard]] std::vector<double> breaks() const;
    [[nodiscard]] int classCount() const { return static_cast<int>(m_intervals.size()); }
    [[nodiscard]] int missingCount() const { return m_missing; }
    // The class of a value, or nullopt for a missing value or one outside every class.
    [[nodiscard]] std::optional<int> classOf(double value) const;

private:
    std::vector<ClassInterval> m_intervals;
    int m_missing = 0;
};

} // namespace agglomap::analysis
