#pragma once

#include "render/profile/profile_content.h"

#include <QRectF>

#include <memory>

class QPainter;

namespace agglomap::render {
class DistrictSymbolLayer;
struct ProfileSources;
} // namespace agglomap::render

namespace agglomap::render::profile {

// Two small maps drawn by the screen's map painter: the district's city highlighted among the
// province's cities, and the city's counties with the district's symbol ringed among the
// others. Stacked when the rectangle is tall, side by side when it is wide; each has a caption.
class LocatorMaps {
public:
    LocatorMaps(const ProfileSources& sources, const ProfileContent& content,
                std::shared_ptr<const DistrictSymbolLayer> districts)
        : m_sources(sources)
        , m_content(content)
        , m_districts(std::move(districts)) {}

    void paint(QPainter& painter, const QRectF& rect) const;

private:
    void paintProvince(QPainter& painter, const QRectF& panel) const;
    void paintCity(QPainter& painter, const QRectF& panel) const;

    const ProfileSources& m_sources;
    const ProfileContent& m_content;
    std::shared_ptr<const DistrictSymbolLayer> m_districts;
};

} // namespace agglomap::render::profile
