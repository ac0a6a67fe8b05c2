#pragma once

#include "geo/geometry.h"
#include "geo/region.h"

#include <boost/geometry/geometries/linestring.hpp>

#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace agglomap::geo {

// An open polyline, in longitude/latitude or projected metres like the other geometry types.
using LineString = bg::model::linestring<Point>;

// Context layers orient a reader (rivers, towns); they carry no plan data.
enum class ContextLayerKind { Lines, Points };

// One river (or one part of it) in WGS84 longitude/latitude.
struct ContextLine {
    LineString lonLat;
    // WDBII river level: 1 permanent major river ... 4 minor river; 0 if the file gives none.
    int level = 0;
    QString nameZh;
    QString nameEn;
};

// One town in WGS84 longitude/latitude.
struct ContextPlace {
    Point lonLat;
    QString nameZh;
    QString nameEn;
    // 1 provincial capital, 2 seat of a prefecture-level city, 3 seat of a county-level unit,
    // 4 any other town; 0 if the file gives none (ordered after every ranked town).
    int rank = 0;
    std::optional<qint64> population;

    // The name in the language asked for, or in the other one where the data has only that.
    [[nodiscard]] const QString& name(LabelLanguage language) const {
        const QString& wanted = language == LabelLanguage::Chinese ? nameZh : nameEn;
        return wanted.isEmpty() ? (language == LabelLanguage::Chinese ? nameEn : nameZh) : wanted;
    }
};

// A layer read from one file: lines or points, never both.
struct ContextLayer {
    ContextLayerKind kind = ContextLayerKind::Lines;
    std::vector<ContextLine> lines;   // when kind == Lines
    std::vector<ContextPlace> places; // when kind == Points
    // Where the data comes from and under which licence, for the map's credits.
    QString provenance;
};

} // namespace agglomap::geo
