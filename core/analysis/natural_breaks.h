#pragma once

#include <vector>

namespace agglomap::analysis {

// Fisher's exact optimal partition of sorted values into at most `classes` groups of
// consecutive values, minimising the total within-group sum of squared deviations (what
// Jenks' natural breaks approximate). Tied values always fall in one group. Returns the
// largest value of each group, ascending. Dynamic programming over distinct values with the
// divide-and-conquer optimisation (split points are monotone): O(k m log m) for m distinct
// values, so a national plan of thousands of districts classifies in well under a millisecond.
[[nodiscard]] std::vector<double> optimalClassUpperBounds(const std::vector<double>& sorted,
                                                          int classes);

// The total within-group sum of squared deviations for groups ending at the given upper
// bounds; what optimalClassUpperBounds minimises (exposed for tests).
[[nodiscard]] double withinGroupSquares(const std::vector<double>& sorted,
                                        const std::vector<double>& upperBounds);

} // namespace agglomap::analysis
