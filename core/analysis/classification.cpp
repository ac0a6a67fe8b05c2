#include "analysis/classification.h"

#include <algorithm>
#include <cmath>

namespace agglomap::analysis {

QString classRoleKey(ClassRole role) {
    switch (role) {
    case ClassRole::Range:
        return {};
    case ClassRole::BelowMinus2Sd:
        return QStringLiteral("below-minus-2-sd");
    case ClassRole::Minus2ToMinus1Sd:
        return QStringLiteral("minus-2-to-minus-1-sd");
    case ClassRole::Minus1To0Sd:
        return QStringLiteral("minus-1-to-0-sd");
    case ClassRole::Zero1To1Sd:
        return QStringLiteral("0-to-1-sd");
    case ClassRole::Plus1To2Sd:
        return QStringLiteral("1-to-2-sd");
    case ClassRole::AbovePlus2Sd:
        return QStringLiteral("above-2-sd");
    case ClassRole::LowerOutlier:
        return QStringLiteral("lower-outlier");
    case ClassRole::BelowQ1:
        return QStringLiteral("below-25");
    case ClassRole::Q1ToMedian:
        return QStringLiteral("25-50");
    case ClassRole::MedianToQ3:
        return QStringLiteral("50-75");
    case ClassRole::AboveQ3:
        return QStringLiteral("above-75");
    case ClassRole::UpperOutlier:
        return QStringLiteral("upper-outlier");
    case ClassRole::BelowP1:
        return QStringLiteral("below-1");
    case ClassRole::P1ToP10:
        return QStringLiteral("1-10");
    case ClassRole::P10ToP50:
        return QStringLiteral("10-50");
    case ClassRole::P50ToP90:
        return QStringLiteral("50-90");
    case ClassRole::P90ToP99:
        return QStringLiteral("90-99");
    case ClassRole::AboveP99:
        return QStringLiteral("above-99");
    }
    return {};
}

QString ClassInterval::boundsText(int decimals) const {
    return QStringLiteral("%1 %2 x %3 %4")
        .arg(lower, 0, 'f', decimals)
        .arg(lowerInclusive ? QStringLiteral("≤") : QStringLiteral("<"))
        .arg(upperInclusive ? QStringLiteral("≤") : QStringLiteral("<"))
        .arg(upper, 0, 'f', decimals);
}

Classification::Classification(std::vector<double> breaks, const std::vector<double>& values) {
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        m_intervals.push_back({breaks[i], breaks[i + 1], i == 0, true, 0, ClassRole::Range});
    }
    count(values);
}

Classification::Classification(std::vector<ClassInterval> intervals,
                               const std::vector<double>& values)
    : m_intervals(std::move(intervals)) {
    count(values);
}

void Classification::count(const std::vector<double>& values) {
    m_missing = 0;
    for (ClassInterval& interval : m_intervals) {
        interval.count = 0;
    }
    for (double value : values) {
        if (std::isnan(value)) {
            ++m_missing;
        } else if (const auto index = classOf(value)) {
            ++m_intervals[static_cast<std::size_t>(*index)].count;
        }
    }
}

Classification Classification::recounted(const std::vector<double>& values) const {
    return Classification(m_intervals, values);
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
    // The first class that does not lie wholly below the value.
    const auto it = std::lower_bound(
        m_intervals.begin(), m_intervals.end(), value, [](const ClassInterval& interval, double v) {
            return interval.upper < v || (interval.upper == v && !interval.upperInclusive);
        });
    if (it == m_intervals.end() || !it->contains(value)) {
        return std::nullopt;
    }
    return static_cast<int>(it - m_intervals.begin());
}

} // namespace agglomap::analysis
