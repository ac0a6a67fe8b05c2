#pragma once

#include "analysis/choropleth.h"
#include "render/legend.h"
#include "util/status.h"

#include <QJsonObject>
#include <QString>

namespace agglomap::render {

// The legend of an exported map as data, for the sidecar file beside it: what the indicator
// is, how it was classified, each class's numeric bounds, colour, label and count, the no-data
// count, the district symbol categories and the illustrative flag. Written from the same
// LegendContent the legend dock and the exported page show, so all three agree.
[[nodiscard]] QJsonObject legendJson(const LegendContent& legend,
                                     const analysis::Choropleth* choropleth);

// "map.png" -> "map.legend.json", in the same folder.
[[nodiscard]] QString legendSidecarPath(const QString& mapPath);

// Writes the sidecar atomically; the error names the file.
[[nodiscard]] Status writeLegendJson(const QJsonObject& legend, const QString& path);

} // namespace agglomap::render
