#include "analysis/natural_breaks.h"

#include <algorithm>
#include <limits>

namespace agglomap::analysis {

namespace {

// Prefix sums over distinct values weighted by their multiplicity.
class WeightedPrefix {
public:
    explicit WeightedPrefix(const std::vector<double>& sorted) {
        m_weight.push_back(0);
        m_sum.push_back(0);
        m_squares.push_back(0);
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                m_weight.back() += 1;
                m_sum.back() += sorted[i];
                m_squares.back() += static_cast<long double>(sorted[i]) * sorted[i];
                continue;
            }
            m_values.push_back(sorted[i]);
            m_weight.push_back(m_weight.back() + 1);
            m_sum.push_back(m_sum.back() + sorted[i]);
            m_squares.push_back(m_squares.back() + static_cast<long double>(sorted[i]) * sorted[i]);
        }
    }

    [[nodiscard]] std::size_t size() const { return m_values.size(); }
    [[nodiscard]] double value(std::size_t i) const { return m_values[i]; }

    // Sum of squared deviations of distinct values first..last (inclusive), with multiplicity.
    [[nodiscard]] long double cost(std::size_t first, std::size_t last) const {
        const long double w = m_weight[last + 1] - m_weight[first];
        const long double s = m_sum[last + 1] - m_sum[first];
        const long double q = m_squares[last + 1] - m_squares[first];
        return std::max<long double>(0, q - s * s / w);
    }

private:
    std::vector<double> m_values;
    std::vector<long double> m_weight;
    std::vector<long double> m_sum;
    std::vector<long double> m_squares;
};

struct Tables {
    std::vector<std::vector<long double>> cost;  // cost[c][j]: best for values 0..j in c+1 groups
    std::vector<std::vector<std::size_t>> start; // start[c][j]: first value of the last group
};

// Fills row c for columns lo..hi knowing the optimal start lies in startLo..startHi.
void fillRow(const WeightedPrefix& prefix, Tables& t, std::size_t c, std::size_t lo, std::size_t hi,
             std::size_t startLo, std::size_t startHi) {
    if (lo > hi) {
        return;
    }
    const std::size_t mid = lo + (hi - lo) / 2;
    long double best = std::numeric_limits<long double>::infinity();
    std::size_t bestStart = std::max(startLo, c);
    for (std::size_t i = std::max(startLo, c); i <= std::min(mid, startHi); ++i) {
        const long double candidate = t.cost[c - 1][i - 1] + prefix.cost(i, mid);
        if (candidate < best) {
            best = candidate;
            bestStart = i;
        }
    }
    t.cost[c][mid] = best;
    t.start[c][mid] = bestStart;
    if (mid > lo) {
        fillRow(prefix, t, c, lo, mid - 1, startLo, bestStart);
    }
    fillRow(prefix, t, c, mid + 1, hi, bestStart, startHi);
}

} // namespace

std::vector<double> optimalClassUpperBounds(const std::vector<double>& sorted, int classes) {
    if (sorted.empty() || classes < 1) {
        return {};
    }
    const WeightedPrefix prefix(sorted);
    const std::size_t m = prefix.size();
    const std::size_t groups = std::min<std::size_t>(static_cast<std::size_t>(classes), m);

    Tables t;
    t.cost.assign(groups, std::vector<long double>(m, 0));
    t.start.assign(groups, std::vector<std::size_t>(m, 0));
    for (std::size_t j = 0; j < m; ++j) {
        t.cost[0][j] = prefix.cost(0, j);
    }
    for (std::size_t c = 1; c < groups; ++c) {
        fillRow(prefix, t, c, c, m - 1, c, m - 1);
    }

    std::vector<double> uppers(groups);
    std::size_t last = m - 1;
    for (std::size_t c = groups; c-- > 0;) {
        uppers[c] = prefix.value(last);
        if (c > 0) {
            last = t.start[c][last] - 1;
        }
    }
    return uppers;
}

double withinGroupSquares(const std::vector<double>& sorted,
                          const std::vector<double>& upperBounds) {
    double total = 0.0;
    std::size_t begin = 0;
    for (double upper : upperBounds) {
        std::size_t end = begin;
        double sum = 0.0;
        while (end < sorted.size() && sorted[end] <= upper) {
            sum += sorted[end++];
        }
        if (end == begin) {
            continue;
        }
        const double mean = sum / static_cast<double>(end - begin);
        for (std::size_t i = begin; i < end; ++i) {
            total += (sorted[i] - mean) * (sorted[i] - mean);
        }
        begin = end;
    }
    return total;
}

} // namespace agglomap::analysis
