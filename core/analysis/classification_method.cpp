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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted,
                                        int classes) const override {
        const double low = sorted.front();
        const double width = (sorted.back() - low) / classes;
        std::vector<double> breaks{low};
        for (int i = 1; i <= classes; ++i) {
            breaks.push_back(low + width * i);
        }
        return breaks;
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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted,
                                        int classes) const override {
        const auto n = static_cast<long long>(sorted.size());
        std::vector<double> breaks{sorted.front()};
        for (int j = 1; j <= classes; ++j) {
            const long long rank = (j * n + classes - 1) / classes; // ceil(j n / k), 1-based
            breaks.push_back(sorted[static_cast<std::size_t>(std::max(1LL, rank) - 1)]);
        }
        return breaks;
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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted,
                                        int classes) const override {
        std::vector<double> breaks{sorted.front()};
        for (double upper : optimalClassUpperBounds(sorted, classes)) {
            breaks.push_back(upper);
        }
        return breaks;
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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int) const override {
        const double n = static_cast<double>(sorted.size());
        const double mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
        double squares = 0.0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        const double sd = std::sqrt(squares / n);
        std::vector<double> breaks{sorted.front()};
        for (int k = -2; k <= 2; ++k) {
            breaks.push_back(mean + k * sd);
        }
        breaks.push_back(sorted.back());
        return breaks;
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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted,
                                        int classes) const override {
        return prettyBreaks(sorted.front(), sorted.back(), classes);
    }
};

// GeoDa's box map with hinge 1.5: lower outliers (at or below Q1 - 1.5 IQR), < 25%, 25-50%,
// 50-75%, > 75%, upper outliers (above Q3 + 1.5 IQR). Quartiles by R's type 7.
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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int) const override {
        const double q1 = interpolatedQuantile(sorted, 0.25);
        const double q2 = interpolatedQuantile(sorted, 0.5);
        const double q3 = interpolatedQuantile(sorted, 0.75);
        const double fence = 1.5 * (q3 - q1);
        return {sorted.front(), q1 - fence, q1, q2, q3, q3 + fence, sorted.back()};
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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int) const override {
        std::vector<double> breaks{sorted.front()};
        for (double p : {0.01, 0.10, 0.50, 0.90, 0.99}) {
            breaks.push_back(interpolatedQuantile(sorted, p));
        }
        breaks.push_back(sorted.back());
        return breaks;
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
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int) const override {
        std::vector<double> breaks{sorted.front()};
        breaks.insert(breaks.end(), m_thresholds.begin(), m_thresholds.end());
        breaks.push_back(sorted.back());
        return breaks;
    }

    std::vector<double> m_thresholds;
};

} // namespace

Classification ClassificationMethod::classify(const std::vector<double>& values,
                                              int requestedClasses) const {
    std::vector<double> sorted;
    sorted.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(sorted),
                 [](double v) { return !std::isnan(v); });
    if (sorted.empty()) {
        return Classification({}, values);
    }
    std::sort(sorted.begin(), sorted.end());
    const int classes = std::clamp(requestedClasses, 1, kMaxClasses);
    const std::vector<double> raw = calculateBreaks(sorted, classes);

    // The first class starts at the method's lower bound (pretty breaks start at a round
    // number below the minimum) but never above the minimum.
    std::vector<double> breaks{std::min(raw.front(), sorted.front())};
    for (std::size_t i = 1; i < raw.size(); ++i) {
        const double upper = std::min(raw[i], sorted.back());
        const bool first = breaks.size() == 1;
        // Upper bounds must rise; the first may equal the lower bound (a class of one value).
        if (upper < sorted.front() || (!first && upper <= breaks.back()) ||
            (first && upper < breaks.back())) {
            continue;
        }
        breaks.push_back(upper);
    }
    // Pretty breaks end on a round number above the maximum; every other method at the maximum.
    const double top = std::max(raw.back(), sorted.back());
    if (breaks.size() == 1) {
        breaks.push_back(top);
    } else if (breaks.back() < top) {
        if (breaks.back() < sorted.back()) {
            breaks.push_back(top);
        } else {
            breaks.back() = top;
        }
    }
    return Classification(std::move(breaks), values);
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
