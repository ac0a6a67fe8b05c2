#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <vector>

namespace agglomap::model {

// Direct input coefficients a_ij between the catalogue's sectors: the value sector i supplies
// per unit of sector j's output. A plan records whether its table is from statistics or
// illustrative.
class InputOutputTable {
public:
    InputOutputTable() = default;
    explicit InputOutputTable(int sectorCount);

    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] double coefficient(SectorIndex supplier, SectorIndex buyer) const {
        return m_a[index(supplier, buyer)];
    }
    // Coefficients lie in [0, 1) and each column sums below 1 (a productive economy).
    [[nodiscard]] Result<bool> setCoefficient(SectorIndex supplier, SectorIndex buyer,
                                              double value);

    // Leontief inverse B = (I - A)^-1 by Gauss-Jordan elimination with partial pivoting.
    [[nodiscard]] std::vector<std::vector<double>> leontiefInverse() const;
    // Rasmussen's indices from B: backward BL_j = n sum_i b_ij / sum_ij b_ij (how strongly j
    // pulls its suppliers), forward FL_i = n sum_j b_ij / sum_ij b_ij (how widely i supplies).
    // Above 1: stronger than the average sector.
    struct Linkages {
        std::vector<double> backward;
        std::vector<double> forward;
    };
    // Both indices from one inversion.
    [[nodiscard]] Linkages rasmussenLinkages() const;

    // Sectors whose coefficient with `sector` reaches the threshold: its key suppliers
    // (a_i,sector) or its key buyers (a_sector,j), excluding itself.
    [[nodiscard]] std::vector<SectorIndex> keySuppliers(SectorIndex sector, double threshold) const;
    [[nodiscard]] std::vector<SectorIndex> keyBuyers(SectorIndex sector, double threshold) const;

private:
    [[nodiscard]] std::size_t index(SectorIndex row, SectorIndex column) const {
        return static_cast<std::size_t>(row) * static_cast<std::size_t>(m_size) +
               static_cast<std::size_t>(column);
    }

    int m_size = 0;
    std::vector<double> m_a;
};

} // namespace agglomap::model
