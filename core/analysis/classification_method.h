#pragma once

#include "analysis/classification.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace agglomap::analysis {

// How a set of indicator values is cut into classes. As in QGIS, the public, non-virtual
// classify() handles what every method shares (missing values, ties, fewer distinct values
// than classes, degenerate ranges); each method only computes its break values.
class ClassificationMethod {
public:
    virtual ~ClassificationMethod() = default;

    // NaN values count as missing. At most 32 classes, never more than asked (for methods that
    // use a count) nor than distinct values; values equal within a relative 1e-9 count as one
    // value and always share a class.
    [[nodiscard]] Classification classify(const std::vector<double>& values,
                                          int requestedClasses) const;

    [[nodiscard]] virtual QString id() const = 0;   // stable: "natural-breaks"
    [[nodiscard]] virtual QString name() const = 0; // English: "Natural breaks (Fisher–Jenks)"
    [[nodiscard]] virtual std::unique_ptr<ClassificationMethod> clone() const = 0;
    // Box map, percentile and standard deviation maps have a fixed set of classes.
    [[nodiscard]] virtual bool usesClassCount() const { return true; }

protected:
    ClassificationMethod() = default;
    ClassificationMethod(const ClassificationMethod&) = default;
    ClassificationMethod& operator=(const ClassificationMethod&) = default;

private:
    // sorted: ascending, no NaN, not empty; values tied within a relative 1e-9 are made equal.
    // classes: for methods that use a count, at most the number of distinct values. Returns
    // adjacent classes from the minimum up; classify() keeps tied values together, drops
    // classes that cannot hold a value or lie beyond the data, and makes the first class start
    // at the minimum and the last end at the maximum.
    [[nodiscard]] virtual std::vector<ClassInterval>
    calculateClasses(const std::vector<double>& sorted, int classes) const = 0;
    // Pretty breaks start and end on round numbers beyond the data; the others at the data.
    [[nodiscard]] virtual bool endsOnRoundNumbers() const { return false; }
};

// Methods by id: equal-interval, quantile, natural-breaks, std-dev, pretty, box-map,
// percentile. Manual breaks are made with manualClassification(). nullptr for an unknown id.
[[nodiscard]] std::unique_ptr<ClassificationMethod> makeClassificationMethod(const QString& id);
[[nodiscard]] QStringList classificationMethodIds();
// Fixed thresholds: each is the upper bound of a class; values above the last form a class.
[[nodiscard]] std::unique_ptr<ClassificationMethod>
manualClassification(std::vector<double> thresholds);

// Quantile of sorted values by linear interpolation between order statistics (R's type 7,
// the default of R and NumPy): p = 0 gives the minimum, p = 1 the maximum.
[[nodiscard]] double interpolatedQuantile(const std::vector<double>& sorted, double p);
// R's pretty(): about `intervals` equally spaced round numbers (1, 2 or 5 times a power of
// ten) covering [low, high]. Returns the breaks, first <= low, last >= high.
[[nodiscard]] std::vector<double> prettyBreaks(double low, double high, int intervals);

} // namespace agglomap::analysis
