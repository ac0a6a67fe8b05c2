#pragma once

#include "analysis/plan_analysis.h"
#include "io/plan_source.h"
#include "render/context_layers.h"
#include "render/district_symbols.h"
#include "render/map_scene.h"
#include "render/profile/district_profile.h"
#include "support/pdf_tools.h"
#include "support/test_data.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace agglomap::test {

// The bundled Henan plan with its map, rivers and analysis, loaded once per process.
struct HenanProfiles {
    std::shared_ptr<const render::MapScene> scene;
    std::shared_ptr<const render::ContextLayers> context;
    io::OpenedPlan opened;
    std::unique_ptr<analysis::PlanAnalysis> analysis;
    std::shared_ptr<const render::DistrictSymbolLayer> districts;

    [[nodiscard]] render::ProfileSources sources(geo::LabelLanguage language) const {
        render::ProfileSources s;
        s.plan = opened.plan.get();
        s.analysis = analysis.get();
        s.scene = scene.get();
        s.context = context;
        s.language = language;
        s.districts = districts;
        return s;
    }
};

inline HenanProfiles& henanProfiles() {
    static HenanProfiles fixture = [] {
        HenanProfiles f;
        const QString directory = provinceDirectory(QStringLiteral("henan"));
        f.scene = render::MapScene::load(directory).value();
        f.context = render::ContextLayers::load(directory, f.scene->projection()).value();
        f.opened = io::openPlan(QStringLiteral("henan"), mapsDirectory()).value();
        f.analysis = std::make_unique<analysis::PlanAnalysis>(*f.opened.plan);
        f.districts = std::make_shared<const render::DistrictSymbolLayer>(
            render::DistrictSymbolLayer::fromPlan(*f.opened.plan, *f.analysis, *f.scene));
        return f;
    }();
    return fixture;
}

// Writes every page of the profiles into one PDF (A4 unless told) at 300 dpi with 15 mm margins,
// the way an atlas does. Returns false if the writer cannot draw.
inline bool writeProfilesPdf(const QString& path,
                             const std::vector<const render::DistrictProfile*>& profiles,
                             const QPageLayout::Orientation orientation = QPageLayout::Portrait,
                             QPageSize::PageSizeId size = QPageSize::A4) {
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(size), orientation, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    const QRectF content(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    bool first = true;
    for (const render::DistrictProfile* profile : profiles) {
        const int pages = profile->pageCount(writer, content.size());
        for (int page = 0; page < pages; ++page) {
            if (!first) {
                writer.newPage();
            }
            first = false;
            profile->paintPage(painter, content, page);
        }
    }
    return painter.end();
}

// The PDF's text layer with every run of white space made one space (lines wrap inside names
// and sources).
inline QString pdfWords(const QString& path) {
    return pdfText(path).simplified();
}

// An image of a physical size at a resolution, filled white.
inline QImage whitePage(QSizeF millimetres, int dpi) {
    const QSize pixels(static_cast<int>(millimetres.width() / 25.4 * dpi + 0.5),
                       static_cast<int>(millimetres.height() / 25.4 * dpi + 0.5));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    return image;
}

} // namespace agglomap::test
