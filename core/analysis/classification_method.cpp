#include "analysis/classification_method.h"

#include <QCoreApplication>

#include "analysis/natural_breaks.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numeric>

namespace agglomap::analysis {

namespace {

constexpr int kMaxClasses = 32;
// Values this close (relative to the larger) are one value that floating-point arithmetic
// split: R&D intensities of 0.01 aggregate to 0.009999999999999998, 0.01 and 0.010000000000000002.
constexpr double kRelativeTie = 1e-9;

// Classes closed above, as breaks give them: [b0, b1], (b1, b2], ...
std::vector<ClassInterval> rangeClasses(const std::vector<double>& breaks) {
    std::vector<ClassInterval> classes;
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        classes.push_back({breaks[i], breaks[i + 1], i == 0, true, 0, ClassRole::Range});
    }
    return classes;
}

// Classes of a fixed-class map around a centre (median or mean), as GeoDa draws its box map:
// bounds below the centre belong to the class above them ("< 25%" is x < Q1), the centre and
// the bounds above it to the class below them. Bounds are clamped to the data, so classes
// beyond the data become empty intervals that classify() drops.
std::vector<ClassInterval> centredClasses(const std::vector<double>& sorted,
                                          const std::vector<double>& inner, std::size_t centre,
                                          const std::vector<ClassRole>& roles) {
    const double low = sorted.front();
    const double high = sorted.back();
    std::vector<double> bounds{low};
    for (double b : inner) {
        bounds.push_back(std::clamp(b, low, high));
    }
    bounds.push_back(high);
    // Bound j (between classes j - 1 and j) is inner[j - 1]; the centre is bound centre + 1.
    const std::size_t centreBound = centre + 1;
    std::vector<ClassInterval> classes;
    for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
        const bool last = i + 2 == bounds.size();
        classes.push_back({bounds[i], bounds[i + 1], i == 0 || i < centreBound,
                           last || i + 1 >= centreBound, 0, roles[i]});
    }
    return classes;
}

class EqualInterval final : public ClassificationMethod {
public:
    QString id() const override { return QStringLiteral("equal-interval"); }
    QString name() const override {
        //: Name of a classification method
        return QCoreApplication::translate("agglomap::analysis::Classification", "Equal interval");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<EqualInterval>(*this);
    }

private:
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int classes) const override {
        const double low = sorted.front();
        const double width = (sorted.back() - low) / classes;
        std::vector<double> breaks{low};
        for (int i = 1; i < classes; ++i) {
            breaks.push_back(low + width * i);
        }
        // The top break is the maximum itself: low + width * classes can round one ulp below
        // it and leave the maximum alone in an extra class.
        breaks.push_back(sorted.back());
        return rangeClasses(breaks);
    }
};

// Each class holds as near n / k values as ties allow: the upper bound of class j is the
// value of rank ceil(j n / k) (the inverse of the empirical distribution, R's type 1).
class Quantile final : public ClassificationMethod {
public:
    QString id() const override { return QStringLiteral("quantile"); }
    QString name() const override {
        return QCoreApplication::translate("agglomap::analysis::Classification",
                                           "Quantile (equal count)");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<Quantile>(*this);
    }

private:
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int classes) const override {
        const auto n = static_cast<long long>(sorted.size());
        std::vector<double> breaks{sorted.front()};
        for (int j = 1; j <= classes; ++j) {
            const long long rank = (j * n + classes - 1) / classes; // ceil(j n / k), 1-based
            breaks.push_back(sorted[static_cast<std::size_t>(std::max(1LL, rank) - 1)]);
        }
        return rangeClasses(breaks);
    }
};

class NaturalBreaks final : public ClassificationMethod {
public:
    QString id() const override { return QStringLiteral("natural-breaks"); }
    QString name() const override {
        return QCoreApplication::translate("agglomap::analysis::Classification",
                                           "Natural breaks (Fisher–Jenks)");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<NaturalBreaks>(*this);
    }

private:
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int classes) const override {
        std::vector<double> breaks{sorted.front()};
        for (double upper : optimalClassUpperBounds(sorted, classes)) {
            breaks.push_back(upper);
        }
        return rangeClasses(breaks);
    }
};

// Six classes one standard deviation (population) wide around the mean, as in GeoDa:
// below -2 sd, -2..-1, -1..0, 0..1, 1..2, above 2 sd. Classes outside the data vanish.
class StandardDeviation final : public ClassificationMethod {
public:
    QString id() const override { return QStringLiteral("std-dev"); }
    QString name() const override {
        return QCoreApplication::translate("agglomap::analysis::Classification",
                                           "Standard deviation");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<StandardDeviation>(*this);
    }
    bool usesClassCount() const override { return false; }

private:
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int) const override {
        const double n = static_cast<double>(sorted.size());
        const double mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
        double squares = 0.0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        const double sd = std::sqrt(squares / n);
        return centredClasses(sorted, {mean - 2 * sd, mean - sd, mean, mean + sd, mean + 2 * sd}, 2,
                              {ClassRole::BelowMinus2Sd, ClassRole::Minus2ToMinus1Sd,
                               ClassRole::Minus1To0Sd, ClassRole::Zero1To1Sd, ClassRole::Plus1To2Sd,
                               ClassRole::AbovePlus2Sd});
    }
};

class Pretty final : public ClassificationMethod {
public:
    QString id() const override { return QStringLiteral("pretty"); }
    QString name() const override {
        return QCoreApplication::translate("agglomap::analysis::Classification", "Pretty breaks");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<Pretty>(*this);
    }

private:
    bool endsOnRoundNumbers() const override { return true; }
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int classes) const override {
        // R's pretty() gives about n intervals, sometimes more: ask for fewer until the breaks
        // make no more classes than wanted.
        const double low = sorted.front();
        const double high = sorted.back();
        std::vector<double> breaks;
        for (int n = classes; n >= 1; --n) {
            breaks = prettyBreaks(low, high, n);
            if (static_cast<int>(breaks.size()) - 1 <= classes) {
                return rangeClasses(breaks);
            }
        }
        // Even one interval asked gives more (a range across 0: -100, 0, 100, 200): step on to
        // the next round unit (1, 2, 5 x 10^n) until the classes are few enough.
        double unit = breaks[1] - breaks[0];
        for (int step = 0; step < 64; ++step) {
            const double mantissa = unit / std::pow(10.0, std::floor(std::log10(unit)));
            unit *= mantissa > 1.5 && mantissa < 3.5 ? 2.5 : 2.0;
            const double first = std::floor(low / unit);
            const double last = std::max(first + 1.0, std::ceil(high / unit));
            if (last - first <= classes) {
                breaks.clear();
                for (double i = first; i <= last + 0.5; i += 1.0) {
                    breaks.push_back(i * unit);
                }
                return rangeClasses(breaks);
            }
        }
        return rangeClasses({low, high});
    }
};

// GeoDa's box map with hinge 1.5 (Anselin 1994): lower outliers (below Q1 - 1.5 IQR), < 25%,
// 25-50%, 50-75%, > 75%, upper outliers (above Q3 + 1.5 IQR). Quartiles by R's type 7. With an
// interquartile range of 0 the fences are the quartiles, and values off them are outliers.
class BoxMap final : public ClassificationMethod {
public:
    QString id() const override { return QStringLiteral("box-map"); }
    QString name() const override {
        return QCoreApplication::translate("agglomap::analysis::Classification",
                                           "Box map (hinge 1.5)");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<BoxMap>(*this);
    }
    bool usesClassCount() const override { return false; }

private:
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int) const override {
        const double q1 = interpolatedQuantile(sorted, 0.25);
        const double q2 = interpolatedQuantile(sorted, 0.5);
        const double q3 = interpolatedQuantile(sorted, 0.75);
        const double fence = 1.5 * (q3 - q1);
        return centredClasses(sorted, {q1 - fence, q1, q2, q3, q3 + fence}, 2,
                              {ClassRole::LowerOutlier, ClassRole::BelowQ1, ClassRole::Q1ToMedian,
                               ClassRole::MedianToQ3, ClassRole::AboveQ3, ClassRole::UpperOutlier});
    }
};

// GeoDa's percentile map: < 1%, 1-10%, 10-50%, 50-90%, 90-99%, > 99%.
class Percentile final : public ClassificationMethod {
public:
    QString id() const override { return QStringLiteral("percentile"); }
    QString name() const override {
        return QCoreApplication::translate("agglomap::analysis::Classification", "Percentile");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<Percentile>(*this);
    }
    bool usesClassCount() const override { return false; }

private:
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int) const override {
        std::vector<double> inner;
        for (double p : {0.01, 0.10, 0.50, 0.90, 0.99}) {
            inner.push_back(interpolatedQuantile(sorted, p));
        }
        return centredClasses(sorted, inner, 2,
                              {ClassRole::BelowP1, ClassRole::P1ToP10, ClassRole::P10ToP50,
                               ClassRole::P50ToP90, ClassRole::P90ToP99, ClassRole::AboveP99});
    }
};

class Manual final : public ClassificationMethod {
public:
    explicit Manual(std::vector<double> thresholds)
        : m_thresholds(std::move(thresholds)) {
        std::sort(m_thresholds.begin(), m_thresholds.end());
    }
    QString id() const override { return QStringLiteral("manual"); }
    QString name() const override {
        return QCoreApplication::translate("agglomap::analysis::Classification", "Manual breaks");
    }
    std::unique_ptr<ClassificationMethod> clone() const override {
        return std::make_unique<Manual>(*this);
    }
    bool usesClassCount() const override { return false; }

private:
    std::vector<ClassInterval> calculateClasses(const std::vector<double>& sorted,
                                                int) const override {
        // Thresholds beyond the data make classes that classify() drops.
        std::vector<double> breaks{sorted.front()};
        breaks.insert(breaks.end(), m_thresholds.begin(), m_thresholds.end());
        breaks.push_back(std::max(sorted.back(), breaks.back()));
        return rangeClasses(breaks);
    }

    std::vector<double> m_thresholds;
};

// Values within kRelativeTie of the first value of their run, as [lowest, highest] of each run.
struct TieGroup {
    double lowest;
    double highest;
};

std::vector<TieGroup> tieGroups(const std::vector<double>& sorted) {
    std::vector<TieGroup> groups;
    double first = 0.0;
    for (double v : sorted) {
        if (!groups.empty() &&
            std::abs(v - first) <= kRelativeTie * std::max(std::abs(v), std::abs(first))) {
            groups.back().highest = v;
            continue;
        }
        groups.push_back({v, v});
        first = v;
    }
    return groups;
}

// Moves a bound out of a run of tied values, so the run stays in one class: to the run's top
// when the bound belongs to the class below, to its bottom when it belongs to the class above.
double snapOutOfTies(double bound, bool belongsBelow, const std::vector<TieGroup>& groups) {
    const auto it = std::lower_bound(groups.begin(), groups.end(), bound,
                                     [](const TieGroup& g, double b) { return g.highest < b; });
    if (it == groups.end() || it->lowest == it->highest) {
        return bound;
    }
    if (belongsBelow && bound >= it->lowest && bound < it->highest) {
        return it->highest;
    }
    if (!belongsBelow && bound > it->lowest && bound <= it->highest) {
        return it->lowest;
    }
    return bound;
}

bool whollyBelow(const ClassInterval& c, double value) {
    return c.upper < value || (c.upper == value && !c.upperInclusive);
}

bool whollyAbove(const ClassInterval& c, double value) {
    return c.lower > value || (c.lower == value && !c.lowerInclusive);
}

} // namespace

Classification ClassificationMethod::classify(const std::vector<double>& values,
                                              int requestedClasses) const {
    std::vector<double> sorted;
    sorted.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(sorted),
                 [](double v) { return !std::isnan(v); });
    if (sorted.empty()) {
        return Classification(std::vector<ClassInterval>{}, values);
    }
    std::sort(sorted.begin(), sorted.end());
    const std::vector<TieGroup> groups = tieGroups(sorted);
    const double lowest = sorted.front();
    const double highest = sorted.back();
    const int distinct = static_cast<int>(groups.size());
    // Methods see each run of tied values as one value (its highest), so quantiles, Fisher's
    // optimum and the fences never fall inside a run.
    std::vector<double> canonical;
    canonical.reserve(sorted.size());
    for (const TieGroup& group : groups) {
        const auto from = std::lower_bound(sorted.begin(), sorted.end(), group.lowest);
        const auto to = std::upper_bound(sorted.begin(), sorted.end(), group.highest);
        canonical.insert(canonical.end(), static_cast<std::size_t>(to - from), group.highest);
    }
    const int asked = std::clamp(requestedClasses, 1, kMaxClasses);
    // Never more classes than asked, nor than distinct values.
    const int limit = usesClassCount() ? std::min(asked, distinct) : distinct;
    std::vector<ClassInterval> classes =
        calculateClasses(canonical, usesClassCount() ? limit : asked);

    // Bounds shared by neighbours: one value, held by exactly one of them, outside tie runs.
    for (std::size_t i = 0; i + 1 < classes.size(); ++i) {
        ClassInterval& below = classes[i];
        ClassInterval& above = classes[i + 1];
        below.upper = snapOutOfTies(below.upper, below.upperInclusive, groups);
        above.lower = below.upper;
        above.lowerInclusive = !below.upperInclusive;
    }
    // Drop classes that cannot hold a value or lie beyond the data.
    std::erase_if(classes, [&](const ClassInterval& c) {
        return !c.canHoldValues() || whollyBelow(c, lowest) || whollyAbove(c, highest);
    });
    if (classes.empty()) {
        classes.push_back({lowest, highest, true, true, 0, ClassRole::Range});
    }
    // The first class holds the minimum and the last the maximum, by construction. Pretty
    // breaks keep their round numbers beyond the data; every other method ends at the data.
    ClassInterval& first = classes.front();
    first.lower = std::min(first.lower, lowest);
    first.lowerInclusive = true;
    ClassInterval& last = classes.back();
    last.upper = endsOnRoundNumbers() ? std::max(last.upper, highest) : highest;
    last.upperInclusive = true;

    Classification result(classes, values);
    // A class with no value is kept (pretty and equal-interval maps show gaps) unless there are
    // more classes than distinct values; then empty classes go, their range to a neighbour.
    std::vector<ClassInterval> counted = result.intervals();
    bool merged = false;
    while (static_cast<int>(counted.size()) > limit) {
        const auto empty = std::find_if(counted.begin(), counted.end(),
                                        [](const ClassInterval& c) { return c.count == 0; });
        if (empty == counted.end()) {
            break;
        }
        if (empty != counted.begin()) {
            const auto previous = std::prev(empty);
            previous->upper = empty->upper;
            previous->upperInclusive = empty->upperInclusive;
        } else {
            const auto next = std::next(empty);
            next->lower = empty->lower;
            next->lowerInclusive = empty->lowerInclusive;
        }
        counted.erase(empty);
        merged = true;
    }
    return merged ? Classification(std::move(counted), values) : result;
}

std::unique_ptr<ClassificationMethod> makeClassificationMethod(const QString& id) {
    const std::vector<std::unique_ptr<ClassificationMethod>> all = [] {
        std::vector<std::unique_ptr<ClassificationMethod>> methods;
        methods.push_back(std::make_unique<EqualInterval>());
        methods.push_back(std::make_unique<Quantile>());
        methods.push_back(std::make_unique<NaturalBreaks>());
        methods.push_back(std::make_unique<StandardDeviation>());
        methods.push_back(std::make_unique<Pretty>());
        methods.push_back(std::make_unique<BoxMap>());
        methods.push_back(std::make_unique<Percentile>());
        return methods;
    }();
    for (const auto& method : all) {
        if (method->id() == id) {
            return method->clone();
        }
    }
    return nullptr;
}

QStringList classificationMethodIds() {
    return {QStringLiteral("equal-interval"), QStringLiteral("quantile"),
            QStringLiteral("natural-breaks"), QStringLiteral("std-dev"),
            QStringLiteral("pretty"),         QStringLiteral("box-map"),
            QStringLiteral("percentile")};
}

std::unique_ptr<ClassificationMethod> manualClassification(std::vector<double> thresholds) {
    return std::make_unique<Manual>(std::move(thresholds));
}

double interpolatedQuantile(const std::vector<double>& sorted, double p) {
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

std::vector<double> prettyBreaks(double low, double high, int intervals) {
    // R's R_pretty (src/appl/pretty.c) with its defaults: high.u.bias 1.5, u5.bias 0.5 + 1.5 h,
    // min.n = n / 3, shrink.sml 0.75.
    const double h = 1.5;
    const double h5 = 0.5 + 1.5 * h;
    const int minN = intervals / 3;
    const double dx = high - low;
    double cell = std::max(std::abs(low), std::abs(high));
    bool small = false;
    if (dx == 0.0 && high == 0.0) {
        cell = 1.0;
        small = true;
    } else {
        const double u = (1.0 + ((h5 >= 1.5 * h + 0.5) ? 1.0 / (1.0 + h) : 1.5 / (1.0 + h5))) *
                         std::max(1, intervals) * DBL_EPSILON;
        small = dx < cell * u * 3.0;
    }
    if (small) {
        if (cell > 10.0) {
            cell = 9.0 + cell / 10.0;
        }
        cell *= 0.75;
        if (minN > 1) {
            cell /= minN;
        }
    } else {
        cell = dx;
        if (intervals > 1) {
            cell /= intervals;
        }
    }
    const double base = std::pow(10.0, std::floor(std::log10(cell)));
    double unit = base;
    if (2.0 * base - cell < h * (cell - unit)) {
        unit = 2.0 * base;
        if (5.0 * base - cell < h5 * (cell - unit)) {
            unit = 5.0 * base;
            if (10.0 * base - cell < h * (cell - unit)) {
                unit = 10.0 * base;
            }
        }
    }
    constexpr double kRoundingEps = 1e-10;
    double ns = std::floor(low / unit + 1e-7);
    double nu = std::ceil(high / unit - 1e-7);
    while (ns * unit > low + kRoundingEps * unit) {
        ns -= 1.0;
    }
    while (nu * unit < high - kRoundingEps * unit) {
        nu += 1.0;
    }
    int k = static_cast<int>(0.5 + nu - ns);
    if (k < minN) {
        k = minN - k;
        if (ns >= 0.0) {
            nu += k / 2;
            ns -= k / 2 + k % 2;
        } else {
            ns -= k / 2;
            nu += k / 2 + k % 2;
        }
    }
    std::vector<double> breaks;
    for (double i = ns; i <= nu + 0.5; i += 1.0) {
        // Multiply rather than accumulate, so 0.1 steps stay exact to the last digit shown.
        breaks.push_back(i * unit);
    }
    return breaks;
}

} // namespace agglomap::analysis
