#pragma once

#include <QColor>

namespace agglomap::render {

// The colours of the base map, in one place so screen, exports and tests agree.
namespace palette {

// ColorBrewer Pastel1/Set3-like qualitative fills; neighbours get different slots.
[[nodiscard]] QColor fill(int colourSlot);
[[nodiscard]] QColor hoverOverlay(); // translucent, over the region under the pointer
[[nodiscard]] QColor hoverOutline();
[[nodiscard]] QColor background();
[[nodiscard]] QColor contextFill(); // cities around the one in focus
[[nodiscard]] QColor countyBorder();
[[nodiscard]] QColor cityBorder();
[[nodiscard]] QColor provinceBorder();
[[nodiscard]] QColor selection();
[[nodiscard]] QColor labelText();
[[nodiscard]] QColor contextLabelText(); // names of the cities around the one in focus
[[nodiscard]] QColor labelHalo();

} // namespace palette
} // namespace agglomap::render
