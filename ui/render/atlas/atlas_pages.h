#pragma once

#include "model/district.h"
#include "render/profile/district_profile.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;
class QPaintDevice;

namespace agglomap::render {

// The districts of one city, in the order they are printed.
struct AtlasCity {
    geo::RegionCode code = 0;
    std::vector<const model::District*> districts;
};

// One profile in a document: where it starts and how many pages it takes.
struct AtlasEntry {
    const model::District* district = nullptr;
    QString title;
    QString cityName;
    int pages = 1;
    int firstPage = 0; // 0-based page index in the document
    bool firstOfCity = false;
};

// A document's pages: contents first (if any), then the profiles.
struct AtlasPlan {
    std::vector<AtlasEntry> entries;
    int contentsPages = 0;
    int rowsPerContentsPage = 0;
    int totalPages = 0;
};

// Page margins and the running footer shared by every page of an atlas.
class AtlasPageFrame {
public:
    AtlasPageFrame(const QPaintDevice& device, QDate date, const ProfileSources& sources);

    [[nodiscard]] QRectF contentRect() const { return m_content; }
    // The document's own language, whatever the window's: "目录" or "Contents".
    [[nodiscard]] QString text(const char* chinese, const char* english) const {
        return QString::fromUtf8(m_chinese ? chinese : english);
    }
    // "洛阳产业集聚区 …" on the left, "page 3 of 180" on the right, the plan and date below.
    void paintFooter(QPainter& painter, const QString& heading, int pageNumber,
                     int pageCount) const;

private:
    QRectF m_page;
    QRectF m_content;
    QRectF m_footer;
    QString m_credit;
    bool m_chinese = true;
};

[[nodiscard]] AtlasPlan layOutAtlas(const QPaintDevice& device, const AtlasPageFrame& frame,
                                    std::vector<AtlasEntry> entries, bool withContents);
// A contents page: each city with the page of its first district, then its districts (both
// names) with their pages.
void paintContentsPage(QPainter& painter, const AtlasPageFrame& frame, const AtlasPlan& plan,
                       const QString& title, int contentsPage);

} // namespace agglomap::render
