#include "analysis/classification.h"

#include <algorithm>
#include <cmath>

namespace agglomap::analysis {

QString ClassInterval::boundsText(int decimals) const {
    return QStringLiteral("%1 %2 x ≤ %3")
        .arg(lower, 0, 'f', decimals)
        .arg(lowerInclusive ? QStringLiteral("≤") : QStringLiteral("<"))
        .arg(upper, 0, 'f', decimals);
}

Classification::Classification(std::vector<double> breaks, const std::vector<double>& values) {
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        m_intervals.push_back({breaks[i], breaks[i + 1], i == 0, 0});
    }
    for (double value : values) {
        if (std::isnan(value)) {
            ++m_missing;
        } else if (const auto index = classOf(value)) {
            ++m_intervals[static_cast<std::size_t>(*index)].count;
        }
    }
}

std::vector<double> Classification::breaks() const {
    std::vector<double> result;
    if (m_intervals.empty()) {
        return result;
    }
    result.push_back(m_intervals.front().lower);
    for (const ClassInterval& interval : m_intervals) {
        result.push_back(interval.upper);
    }
    return result;
}

std::optional<int> Classification::classOf(double value) const {
    if (std::isnan(value) || m_intervals.empty()) {
        return std::nullopt;
    }
    // Upper bounds are inclusive: the first class whose upper bound is >= value.
    const auto it = std::lower_bound(
        m_intervals.begin(), m_intervals.end(), value,
        [](const ClassInterval& interval, double v) { return interval.upper < v; });
    if (it == m_intervals.end() || !it->contains(value)) {
        return std::nullopt;
    }
    return static_cast<int>(it - m_intervals.begin());
}

} // namespace agglomap::analysis
