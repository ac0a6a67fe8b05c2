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

QColor hoverOverlay() {
    return QColor(0, 0, 0, 34);
}
QColor hoverOutline() {
    return QColor(0x20, 0x20, 0x20);
}
QColor background() {
    return QColor(0xf4, 0xf6, 0xf8);
}
QColor contextFill() {
    return QColor(0xe2, 0xe4, 0xe7);
}
QColor countyBorder() {
    return QColor(0x80, 0x80, 0x80);
}
QColor cityBorder() {
    return QColor(0x40, 0x40, 0x40);
}
QColor provinceBorder() {
    return QColor(0x20, 0x20, 0x20);
}
QColor selection() {
    return QColor(0xd7, 0x30, 0x1f);
}
QColor labelText() {
    return QColor(0x1a, 0x1a, 0x1a);
}
QColor contextLabelText() {
    return QColor(0x70, 0x70, 0x70);
}
QColor labelHalo() {
    return QColor(255, 255, 255, 220);
}

} // namespace agglomap::render::palette
