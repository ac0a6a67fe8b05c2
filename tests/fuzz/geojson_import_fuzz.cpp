#include "import_fuzz_target.h"

// GeoJSON: GDAL's GeoJSON driver, points on surfaces, reprojection and UTF-8 decoding.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return agglomap::fuzz::readAsDataFile(data, size, "input.geojson");
}
