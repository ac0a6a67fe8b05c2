#pragma once

#include "render/map_overlays.h"

class QJsonObject;
class QSettings;

namespace agglomap::widgets {

// The map's symbology in the user's settings; unknown or missing values fall back to the
// defaults, so an old or hand-edited settings file never breaks the map.
[[nodiscard]] render::MapSymbology readSymbology(const QSettings& settings);
void writeSymbology(QSettings& settings, const render::MapSymbology& symbology);
// The same keys in a project file's settings.
[[nodiscard]] render::MapSymbology symbologyFromJson(const QJsonObject& object);
[[nodiscard]] QJsonObject symbologyToJson(const render::MapSymbology& symbology);

} // namespace agglomap::widgets
