#pragma once

#include <QHashFunctions>

#include <compare>

namespace agglomap::model {

// A district's or park's identity in a plan: stable across edits, renames and moves, and the
// only way commands and views refer to it (never a pointer).
struct DistrictId {
    int value = 0;

    [[nodiscard]] bool isValid() const { return value > 0; }
    friend auto operator<=>(const DistrictId&, const DistrictId&) = default;
};

inline size_t qHash(DistrictId id, size_t seed = 0) noexcept {
    return ::qHash(id.value, seed);
}

// Index of a sector in the plan's sector catalogue.
using SectorIndex = int;

} // namespace agglomap::model
