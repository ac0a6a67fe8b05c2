#pragma once

#include <QList>
#include <QString>

namespace agglomap::widgets {

// Where one bundled layer comes from, as the layer file itself says.
struct LayerProvenance {
    QString layer;       // "Counties", translated
    QString fileName;    // "counties.geojson"
    QString description; // the file's own provenance; empty if it carries none
};

// Where a bundled province's boundaries, context layers and sample plan come from.
struct ProvinceProvenance {
    QString key;          // "henan"
    QString planTitle;    // in the interface's language where the plan gives one
    QString planSource;   // plan.json "source"
    QString illustrative; // plan.json "illustrative": which values were generated
    QList<LayerProvenance> layers;
};

// Reads the provenance of every bundled province under `mapsDirectory`, in the order of
// io::bundledProvinceKeys(). Missing files give empty texts, never an error: the About box
// shows what is there.
[[nodiscard]] QList<ProvinceProvenance> bundledProvenance(const QString& mapsDirectory);

} // namespace agglomap::widgets
