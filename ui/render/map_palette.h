#pragma once

#include <QColor>

namespace agglomap::render::palette {

// The colours of the base map, in one place so screen, exports and tests agree.

// ColorBrewer Set3 qualitative fills; neighbours get different slots.
[[nodiscard]] QColor fill(int colourSlot);

inline const QColor kBackground(0xf4, 0xf6, 0xf8);
inline const QColor kContextFill(0xe2, 0xe4, 0xe7); // cities around the one in focus
inline const QColor kHoverOverlay(0, 0, 0, 34); // translucent, over the region under the pointer
inline const QColor kHoverOutline(0x20, 0x20, 0x20);
inline const QColor kCountyBorder(0x80, 0x80, 0x80);
inline const QColor kCityBorder(0x40, 0x40, 0x40);
inline const QColor kProvinceBorder(0x20, 0x20, 0x20);
inline const QColor kNoData(0xe8, 0xe8, 0xe8); // a choropleth region without a value
inline const QColor kNoDataHatch(0xb0, 0xb0, 0xb0);
// The selected district: cyan on a white halo, which stands out on every ramp's colours,
// where the red region outline would vanish on a red choropleth.
inline const QColor kDistrictSelection(0x00, 0xc8, 0xff);
inline const QColor kSelection(0xd7, 0x30, 0x1f);
inline const QColor kLabelText(0x1a, 0x1a, 0x1a);
inline const QColor kContextLabelText(0x70, 0x70, 0x70);  // names of the cities around the focus
inline const QColor kDistrictLabelText(0x3b, 0x1f, 0x5c); // names beside district symbols
inline const QColor kLabelHalo(255, 255, 255, 220);

} // namespace agglomap::render::palette
