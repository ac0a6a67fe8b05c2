#include "import_fuzz_target.h"

// CSV: the strict CSV reader (CsvRecordReader), then the encoding detection and decoding of every
// cell.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return agglomap::fuzz::readAsDataFile(data, size, "input.csv");
}
