#pragma once

#include "geo/region.h"
#include "util/result.h"

#include <QString>

#include <vector>

class OGRLayer;

namespace agglomap::io {

// The administrative code of every feature of a layer, in the layer's order.
struct FeatureCodes {
    struct Entry {
        long long fid = 0;
        geo::RegionCode code = 0;
    };
    // The code field as the file spells it ("ADCODE").
    QString field;
    std::vector<Entry> features;
};

// Reads the six-digit GB/T 2260 code of each feature from `requestedField`, or, when it is empty,
// from the first field named like a code field whose values are all six-digit codes. Geometry
// is not read. Errors start with `where` (the file, and the layer if it has several).
[[nodiscard]] Result<FeatureCodes> readFeatureCodes(OGRLayer& layer, const QString& where,
                                                    const QString& requestedField);

} // namespace agglomap::io
