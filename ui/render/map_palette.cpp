#include "render/map_palette.h"

#include <array>

namespace agglomap::render::palette {

namespace {

// ColorBrewer Set3 (12 classes) minus its grey, which reads as "no data".
constexpr std::array<QRgb, 11> kQualitative{0xff8dd3c7, 0xffffffb3, 0xffbebada, 0xfffb8072,
                                            0xff80b1d3, 0xfffdb462, 0xffb3de69, 0xfffccde5,
                                            0xffbc80bd, 0xffccebc5, 0xffffed6f};

} // namespace

QColor fill(int colourSlot) {
    const auto index = static_cast<std::size_t>(colourSlot) % kQualitative.size();
    return QColor::fromRgb(kQualitative[index]);
}

} // namespace agglomap::render::palette
