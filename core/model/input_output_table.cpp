#include "model/input_output_table.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

namespace agglomap::model {

InputOutputTable::InputOutputTable(int sectorCount)
    : m_size(sectorCount)
    , m_a(static_cast<std::size_t>(sectorCount) * static_cast<std::size_t>(sectorCount), 0.0) {}

Result<bool> InputOutputTable::setCoefficient(SectorIndex supplier, SectorIndex buyer,
                                              double value) {
    if (supplier < 0 || buyer < 0 || supplier >= m_size || buyer >= m_size) {
        return Error{
            //: %1 and %2 are sector numbers
            QCoreApplication::translate("agglomap::model::InputOutputTable",
                                        "Sector %1 or %2 is outside the input-output table.")
                .arg(supplier)
                .arg(buyer)};
    }
    if (!std::isfinite(value) || value < 0.0 || value >= 1.0) {
        return Error{QCoreApplication::translate(
                         "agglomap::model::InputOutputTable",
                         "An input coefficient lies from 0 up to (not including) 1, not %1.")
                         .arg(value)};
    }
    double column = value;
    for (SectorIndex i = 0; i < m_size; ++i) {
        column += i == supplier ? 0.0 : coefficient(i, buyer);
    }
    if (column >= 1.0) {
        return Error{QCoreApplication::translate(
                         "agglomap::model::InputOutputTable",
                         "Sector %1's inputs would add up to %2 per unit of output; they must stay "
                         "below 1.")
                         .arg(buyer)
                         .arg(column)};
    }
    m_a[index(supplier, buyer)] = value;
    return true;
}

std::vector<std::vector<double>> InputOutputTable::leontiefInverse() const {
    const auto n = static_cast<std::size_t>(m_size);
    // Augmented [I - A | I], reduced to [I | B].
    std::vector<std::vector<double>> m(n, std::vector<double>(2 * n, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            m[i][j] = (i == j ? 1.0 : 0.0) - m_a[i * n + j];
        }
        m[i][n + i] = 1.0;
    }
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r) {
            if (std::abs(m[r][col]) > std::abs(m[pivot][col])) {
                pivot = r;
            }
        }
        std::swap(m[col], m[pivot]);
        const double p = m[col][col]; // never 0: columns of A sum below 1, so I - A is invertible
        for (double& v : m[col]) {
            v /= p;
        }
        for (std::size_t r = 0; r < n; ++r) {
            if (r == col || m[r][col] == 0.0) {
                continue;
            }
            const double factor = m[r][col];
            for (std::size_t c = 0; c < 2 * n; ++c) {
                m[r][c] -= factor * m[col][c];
            }
        }
    }
    std::vector<std::vector<double>> inverse(n, std::vector<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            inverse[i][j] = m[i][n + j];
        }
    }
    return inverse;
}

InputOutputTable::Linkages InputOutputTable::rasmussenLinkages() const {
    const auto b = leontiefInverse();
    const auto n = b.size();
    Linkages result{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            result.backward[j] += b[i][j];
            result.forward[i] += b[i][j];
            total += b[i][j];
        }
    }
    for (std::size_t k = 0; k < n; ++k) {
        result.backward[k] = static_cast<double>(n) * result.backward[k] / total;
        result.forward[k] = static_cast<double>(n) * result.forward[k] / total;
    }
    return result;
}

std::vector<SectorIndex> InputOutputTable::keySuppliers(SectorIndex sector,
                                                        double threshold) const {
    std::vector<SectorIndex> result;
    for (SectorIndex i = 0; i < m_size; ++i) {
        if (i != sector && coefficient(i, sector) >= threshold) {
            result.push_back(i);
        }
    }
    return result;
}

std::vector<SectorIndex> InputOutputTable::keyBuyers(SectorIndex sector, double threshold) const {
    std::vector<SectorIndex> result;
    for (SectorIndex j = 0; j < m_size; ++j) {
        if (j != sector && coefficient(sector, j) >= threshold) {
            result.push_back(j);
        }
    }
    return result;
}

} // namespace agglomap::model
