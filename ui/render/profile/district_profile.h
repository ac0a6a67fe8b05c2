#pragma once

#include "geo/region.h"
#include "model/ids.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;

namespace agglomap::model {
class Plan;
}
namespace agglomap::analysis {
class PlanAnalysis;
}

namespace agglomap::render {

class MapScene;
class ContextLayers;
class DistrictSymbolLayer;
namespace profile {
struct ProfileContent;
}

// What every profile of one export reads. The exporter owns these (the atlas writer works on a
// snapshot of the plan with its own analysis, so the user can keep editing meanwhile).
struct ProfileSources {
    const model::Plan* plan = nullptr;
    const analysis::PlanAnalysis* analysis = nullptr;
    const MapScene* scene = nullptr;              // the province, for the locator maps
    std::shared_ptr<const ContextLayers> context; // rivers for the city map; may be null
    // The document's language: headings, units, categories and recommendation texts. The
    // district's own name is always given in both.
    geo::LabelLanguage language = geo::LabelLanguage::Chinese;
    // The plan's district symbols for the locator maps, as DistrictSymbolLayer::fromPlan builds
    // them. Optional: a profile builds its own when this is null, so an atlas should build the
    // layer once and share it with every profile.
    std::shared_ptr<const DistrictSymbolLayer> districts;
};

// A district's briefing profile: its names, a locator map (the district in its city, the city
// in the province), key facts, the sector structure chart (output by sector, leading industries
// highlighted), infrastructure and service provision as bars against requirements, the linkage
// diagram with the leading chain's missing links, cluster stage and suggested innovation mode,
// and the recommendations with their reasons and sources. Illustrative values are marked, and a
// notice says so. Text is drawn as text (never as paths), so PDFs are searchable.
//
// Layout works in the device's own units: sizes in points and millimetres are converted with
// the device's logical dpi, so the same profile draws alike into a 300-dpi PDF and an image.
class DistrictProfile {
public:
    DistrictProfile(const ProfileSources& sources, model::DistrictId id);
    ~DistrictProfile();
    DistrictProfile(const DistrictProfile&) = delete;
    DistrictProfile& operator=(const DistrictProfile&) = delete;

    // Pages the profile needs in content rectangles of this size (device pixels) on this
    // device: 1 or 2 usually, more only if the recommendations run long.
    [[nodiscard]] int pageCount(const QPaintDevice& device, const QSizeF& contentSize) const;
    // Paints page `page` (0-based, < pageCount) inside contentRect. Page margins, running
    // header and footer (page numbers, source, date) are the caller's.
    void paintPage(QPainter& painter, const QRectF& contentRect, int page) const;

    // "洛阳产业集聚区 Luoyang Industrial Agglomeration District": headings, contents, bookmarks.
    [[nodiscard]] QString title() const;
    [[nodiscard]] bool illustrative() const; // any value shown is illustrative

private:
    struct Layout;
    struct Block;
    [[nodiscard]] const Layout& layout(const QPaintDevice& device, const QSizeF& size) const;
    void paintBlock(QPainter& painter, const Layout& layout, const Block& block) const;
    void paintHeading(QPainter& painter, const QRectF& rect) const;
    void paintNotice(QPainter& painter, const QRectF& rect) const;

    ProfileSources m_sources;
    model::DistrictId m_id;
    std::unique_ptr<const profile::ProfileContent> m_content; // what the pages say
    mutable std::unique_ptr<Layout> m_layout; // for the last device resolution and size
};

} // namespace agglomap::render
