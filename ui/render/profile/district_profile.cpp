#include "render/profile/district_profile.h"

#include "model/plan.h"
#include "render/district_symbols.h"
#include "render/profile/profile_charts.h"
#include "render/profile/profile_content.h"
#include "render/profile/profile_facts.h"
#include "render/profile/profile_locator.h"
#include "render/profile/profile_recommendations.h"
#include "render/profile/profile_style.h"
#include "render/profile/profile_text.h"
#include "render/profile/sector_network_painter.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace agglomap::render {

using profile::ProfileContent;
using profile::Units;

namespace {

constexpr int kWrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

// Widths from which two sections sit side by side rather than one above the other.
constexpr double kSideBySideMm = 140.0;

double wrappedHeight(const QFont& font, const QPaintDevice& device, double width,
                     const QString& text) {
    if (text.isEmpty()) {
        return 0.0;
    }
    return QFontMetricsF(font, &device)
        .boundingRect(QRectF(0.0, 0.0, width, 1.0e6), kWrapFlags, text)
        .height();
}

// The heading's lines, measured once for laying out and once for painting.
struct HeadingLines {
    double primary = 0.0;
    double secondary = 0.0;
    double note = 0.0;
    double meta = 0.0;
    bool metaOnTwoLines = false;
    double total = 0.0;
};

QString headingSeparator() {
    return QStringLiteral("  |  ");
}

HeadingLines measureHeading(const ProfileContent& c, const QPaintDevice& device, double width) {
    const Units units(device);
    const QFontMetricsF meta(profile::font(profile::kMetaPt), &device);
    HeadingLines h;
    // Room for the illustrative mark after the name.
    const double nameWidth = width - units.mm(4.0);
    h.primary =
        wrappedHeight(profile::font(profile::kTitlePt, true), device, nameWidth, c.primaryName);
    h.secondary =
        wrappedHeight(profile::font(profile::kSubtitlePt), device, nameWidth, c.secondaryName);
    h.note = wrappedHeight(profile::font(profile::kSmallPt), device, width, c.nameNote);
    h.metaOnTwoLines =
        meta.horizontalAdvance(c.place + headingSeparator() + c.classification) + units.mm(6.0) >
        width;
    h.meta = meta.height() * (h.metaOnTwoLines ? 2.0 : 1.0);
    h.total = h.primary + units.mm(0.8) + h.secondary + (h.note > 0.0 ? h.note : 0.0) +
              units.mm(1.5) + h.meta + units.mm(2.0);
    return h;
}

// Between blocks.
constexpr double kSpacingMm = 4.5;

// The key facts' share of a wide page; the locator maps take the rest but a gutter.
constexpr double kFactsShare = 0.58;
constexpr double kGutterMm = 6.0;

// The network drawing gets this much height when the page has it, and at least the minimum.
constexpr double kNetworkPreferredMm = 100.0;
constexpr double kNetworkMinimumMm = 52.0;

} // namespace

struct DistrictProfile::Block {
    enum class Kind { Heading, Notice, Maps, Facts, Sectors, Provisions, Network, Recommendations };
    Kind kind = Kind::Heading;
    QRectF rect; // relative to the content rectangle's top left
    // Recommendations: the rows [firstRow, endRow) this block shows, and whether the table
    // began on an earlier page.
    int firstRow = 0;
    int endRow = 0;
    bool continued = false;
};

struct DistrictProfile::Layout {
    int dpiX = 0;
    int dpiY = 0;
    QSizeF size;
    std::vector<std::vector<Block>> pages;
    SectorNetworkPainter network;
    QRectF networkDrawing;
    std::vector<double> recommendationRows;
};

DistrictProfile::DistrictProfile(const ProfileSources& sources, model::DistrictId id)
    : m_sources(sources)
    , m_id(id)
    , m_content(std::make_unique<const ProfileContent>(profile::buildProfileContent(sources, id))) {
    if (!m_sources.districts && m_sources.plan && m_sources.analysis && m_sources.scene) {
        m_sources.districts = std::make_shared<const DistrictSymbolLayer>(
            DistrictSymbolLayer::fromPlan(*m_sources.plan, *m_sources.analysis, *m_sources.scene));
    }
}

DistrictProfile::~DistrictProfile() = default;

QString DistrictProfile::title() const {
    const model::District* d = m_sources.plan ? m_sources.plan->district(m_id) : nullptr;
    if (!d) {
        return m_content->primaryName;
    }
    QStringList names;
    for (const QString& name : {d->nameZh, d->nameEn}) {
        if (!name.isEmpty()) {
            names << name;
        }
    }
    return names.join(QLatin1Char(' '));
}

bool DistrictProfile::illustrative() const {
    return m_content->illustrative;
}

int DistrictProfile::pageCount(const QPaintDevice& device, const QSizeF& contentSize) const {
    return static_cast<int>(layout(device, contentSize).pages.size());
}

const DistrictProfile::Layout& DistrictProfile::layout(const QPaintDevice& device,
                                                       const QSizeF& size) const {
    if (m_layout && m_layout->dpiX == device.logicalDpiX() &&
        m_layout->dpiY == device.logicalDpiY() && m_layout->size == size) {
        return *m_layout;
    }
    auto l = std::make_unique<Layout>();
    l->dpiX = device.logicalDpiX();
    l->dpiY = device.logicalDpiY();
    l->size = size;
    const ProfileContent& c = *m_content;
    const Units units(device);
    const double width = size.width();
    const double pageHeight = size.height();
    const double spacing = units.mm(kSpacingMm);
    const bool sideBySide = width >= units.mm(kSideBySideMm);

    double y = 0.0;
    l->pages.emplace_back();
    const auto newPage = [&] {
        l->pages.emplace_back();
        y = 0.0;
    };
    // A block goes on the current page if it fits there, else at the top of the next one.
    const auto place = [&](Block::Kind kind, double height) -> Block& {
        if (y > 0.0 && y + height > pageHeight) {
            newPage();
        }
        l->pages.back().push_back({kind, QRectF(0.0, y, width, height)});
        y += height + spacing;
        return l->pages.back().back();
    };

    place(Block::Kind::Heading, measureHeading(c, device, width).total);
    if (const QString notice = profile::profileNotice(c); !notice.isEmpty()) {
        place(Block::Kind::Notice, wrappedHeight(profile::font(profile::kSmallPt + 0.5), device,
                                                 width - units.mm(6.0), notice) +
                                       units.mm(3.6));
    }

    // Two blocks side by side on a wide page, sharing the row's height; one after the other
    // on a narrow one.
    const auto placeRow = [&](Block::Kind left, double leftHeight, double leftWidth,
                              Block::Kind right, double rightHeight) {
        const double height = std::max(leftHeight, rightHeight);
        Block& first = place(left, height);
        first.rect.setWidth(leftWidth);
        const double rightLeft = leftWidth + units.mm(kGutterMm);
        l->pages.back().push_back(
            {right, QRectF(rightLeft, first.rect.top(), width - rightLeft, height)});
    };
    const profile::FactsTable facts(c);
    if (sideBySide) {
        const double factsWidth = width * kFactsShare;
        const double mapsWidth = width - factsWidth - units.mm(kGutterMm);
        // Two maps side by side in a wide column (landscape, A3), one above the other else.
        const double mapsHeight = profile::sectionHeadingHeight(device) +
                                  units.mm(mapsWidth >= units.mm(100.0) ? 62.0 : 100.0);
        placeRow(Block::Kind::Maps, mapsHeight, mapsWidth, Block::Kind::Facts,
                 facts.height(device, factsWidth));
    } else {
        place(Block::Kind::Maps, profile::sectionHeadingHeight(device) + units.mm(50.0));
        place(Block::Kind::Facts, facts.height(device, width));
    }

    const profile::SectorChart sectors(c);
    const profile::ProvisionChart provisions(c);
    if (sideBySide) {
        const double column = (width - units.mm(kGutterMm)) / 2.0;
        placeRow(Block::Kind::Sectors, sectors.height(device, column), column,
                 Block::Kind::Provisions, provisions.height(device, column));
    } else {
        place(Block::Kind::Sectors, sectors.height(device, width));
        place(Block::Kind::Provisions, provisions.height(device, width));
    }

    // The recommendations' rows, measured now: the network gives up height to keep them on
    // its page.
    const profile::RecommendationTable table(c);
    l->recommendationRows = table.rowHeights(device, width);
    const double header = table.headerHeight(device);
    double recommendationsHeight = header;
    for (const double row : l->recommendationRows) {
        recommendationsHeight += row;
    }

    // The network takes what is left of the page down to its minimum, else a new page; less
    // than it would like if that keeps the recommendations on the same page.
    const double networkText =
        profile::sectionHeadingHeight(device) + units.mm(0.8) +
        wrappedHeight(profile::font(profile::kSmallPt + 0.5), device, width, c.networkNote) +
        units.mm(1.5);
    const double networkPreferred =
        std::min(networkText + units.mm(kNetworkPreferredMm), pageHeight);
    const double networkMinimum = networkText + units.mm(kNetworkMinimumMm);
    if (y > 0.0 && pageHeight - y < networkMinimum) {
        newPage();
    }
    double networkHeight = std::min(networkPreferred, std::max(0.0, pageHeight - y));
    const double besideRecommendations = pageHeight - y - spacing - recommendationsHeight;
    if (networkHeight > besideRecommendations && besideRecommendations >= networkMinimum) {
        networkHeight = besideRecommendations;
    }
    const Block& network = place(Block::Kind::Network, networkHeight);
    l->networkDrawing = QRectF(network.rect.left(), network.rect.top() + networkText,
                               network.rect.width(), network.rect.height() - networkText);
    // The drawing sits on the network block's page; its rectangle is relative to the content.
    SectorNetworkStyle style;
    style.font = profile::font(profile::kSmallPt);
    style.text = profile::colour::kInk;
    style.placeholder = profile::colour::kMuted;
    style.rule = profile::colour::kRule;
    l->network = SectorNetworkPainter(c.network, SectorNetworkTexts::forLanguage(c.language),
                                      std::move(style));
    l->network.layout(device, l->networkDrawing);

    // The recommendations, broken between rows onto as many pages as they need.
    const auto& rows = l->recommendationRows;
    std::size_t next = 0;
    bool continued = false;
    while (next < rows.size()) {
        if (y > 0.0 && y + header + rows[next] > pageHeight) {
            newPage();
        }
        double height = header;
        std::size_t end = next;
        // At least one row per page, even one taller than the page.
        while (end < rows.size() && (end == next || y + height + rows[end] <= pageHeight)) {
            height += rows[end];
            ++end;
        }
        Block& block = place(Block::Kind::Recommendations, height);
        block.firstRow = static_cast<int>(next);
        block.endRow = static_cast<int>(end);
        block.continued = continued;
        continued = true;
        next = end;
    }
    m_layout = std::move(l);
    return *m_layout;
}

void DistrictProfile::paintPage(QPainter& painter, const QRectF& contentRect, int page) const {
    const Layout& l = layout(*painter.device(), contentRect.size());
    if (page < 0 || page >= static_cast<int>(l.pages.size())) {
        return;
    }
    painter.save();
    painter.setClipRect(contentRect, Qt::IntersectClip);
    painter.translate(contentRect.topLeft());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const Block& block : l.pages[static_cast<std::size_t>(page)]) {
        paintBlock(painter, l, block);
    }
    painter.restore();
}

void DistrictProfile::paintBlock(QPainter& painter, const Layout& l, const Block& block) const {
    const ProfileContent& c = *m_content;
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const QRectF& r = block.rect;
    switch (block.kind) {
    case Block::Kind::Heading:
        paintHeading(painter, r);
        break;
    case Block::Kind::Notice:
        paintNotice(painter, r);
        break;
    case Block::Kind::Maps:
        profile::LocatorMaps(m_sources, c, m_sources.districts).paint(painter, r);
        break;
    case Block::Kind::Facts:
        profile::FactsTable(c).paint(painter, r);
        break;
    case Block::Kind::Sectors:
        profile::SectorChart(c).paint(painter, r);
        break;
    case Block::Kind::Provisions:
        profile::ProvisionChart(c).paint(painter, r);
        break;
    case Block::Kind::Network: {
        profile::paintSectionHeading(painter, r,
                                     profile::say(c.language, "产业关联与主导产业链缺口",
                                                  "Sector linkages and gaps in the leading chain"),
                                     c.networkIllustrative);
        const double top = r.top() + profile::sectionHeadingHeight(device) + units.mm(0.8);
        painter.save();
        painter.setFont(profile::font(profile::kSmallPt + 0.5));
        painter.setPen(profile::colour::kMuted);
        painter.drawText(QRectF(r.left(), top, r.width(), l.networkDrawing.top() - top), kWrapFlags,
                         c.networkNote);
        painter.restore();
        l.network.paint(painter);
        break;
    }
    case Block::Kind::Recommendations: {
        const profile::RecommendationTable table(c);
        const double header = table.headerHeight(device);
        table.paintHeader(painter, QRectF(r.left(), r.top(), r.width(), header), block.continued);
        double y = r.top() + header;
        for (int row = block.firstRow; row < block.endRow; ++row) {
            const double height = l.recommendationRows[static_cast<std::size_t>(row)];
            table.paintRow(painter, QRectF(r.left(), y, r.width(), height), row);
            y += height;
        }
        break;
    }
    }
}

void DistrictProfile::paintHeading(QPainter& painter, const QRectF& rect) const {
    const ProfileContent& c = *m_content;
    const QPaintDevice& device = *painter.device();
    const Units units(device);
    const HeadingLines h = measureHeading(c, device, rect.width());
    const QFont titleFont = profile::font(profile::kTitlePt, true);
    const QFont subtitleFont = profile::font(profile::kSubtitlePt);
    const QFont metaFont = profile::font(profile::kMetaPt);
    painter.save();
    double y = rect.top();
    const double nameWidth = rect.width() - units.mm(4.0);
    painter.setFont(titleFont);
    painter.setPen(profile::colour::kHeading);
    QRectF drawn;
    painter.drawText(QRectF(rect.left(), y, nameWidth, h.primary), kWrapFlags, c.primaryName,
                     &drawn);
    if (c.nameIllustrative) {
        profile::drawLine(painter,
                          QRectF(drawn.right() + units.mm(0.5), drawn.top(), units.mm(3.5),
                                 QFontMetricsF(titleFont, &device).height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QString(), titleFont,
                          profile::colour::kHeading, true);
    }
    y += h.primary + units.mm(0.8);
    painter.setFont(subtitleFont);
    painter.setPen(profile::colour::kInk);
    painter.drawText(QRectF(rect.left(), y, nameWidth, h.secondary), kWrapFlags, c.secondaryName);
    y += h.secondary;
    if (h.note > 0.0) {
        painter.setFont(profile::font(profile::kSmallPt));
        painter.setPen(profile::colour::kIllustrative);
        painter.drawText(QRectF(rect.left(), y, rect.width(), h.note), kWrapFlags, c.nameNote);
        y += h.note;
    }
    y += units.mm(1.5);
    // Where and what: the place, then the zone level, type and year, each with its mark.
    const QFontMetricsF meta(metaFont, &device);
    const double line = meta.height();
    // Room for the place and its mark.
    const double placeWidth = std::min(
        meta.horizontalAdvance(c.place) +
            (c.placeIllustrative ? meta.horizontalAdvance(profile::illustrativeMark()) + 2.0
                                 : 0.0) +
            2.0,
        rect.width());
    profile::drawLine(painter, QRectF(rect.left(), y, placeWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter, c.place, metaFont, profile::colour::kMuted,
                      c.placeIllustrative);
    QRectF classification(rect.left(), y + line, rect.width(), line);
    if (!h.metaOnTwoLines) {
        const double left = rect.left() + placeWidth;
        profile::drawLine(
            painter, QRectF(left, y, meta.horizontalAdvance(headingSeparator()), line),
            Qt::AlignLeft | Qt::AlignVCenter, headingSeparator(), metaFont, profile::colour::kRule);
        const double after = left + meta.horizontalAdvance(headingSeparator());
        classification = QRectF(after, y, rect.right() - after, line);
    }
    profile::drawLine(painter, classification, Qt::AlignLeft | Qt::AlignVCenter, c.classification,
                      metaFont, profile::colour::kMuted, c.classificationIllustrative);
    // A strong rule closes the heading.
    const double ruleY = rect.bottom() - units.mm(0.6);
    painter.setPen(QPen(profile::colour::kHeading, units.pt(1.6)));
    painter.drawLine(QPointF(rect.left(), ruleY), QPointF(rect.right(), ruleY));
    painter.restore();
}

void DistrictProfile::paintNotice(QPainter& painter, const QRectF& rect) const {
    const Units units(*painter.device());
    painter.save();
    painter.fillRect(rect, profile::colour::kNoticeFill);
    painter.fillRect(QRectF(rect.left(), rect.top(), units.mm(1.0), rect.height()),
                     profile::colour::kIllustrative);
    painter.setFont(profile::font(profile::kSmallPt + 0.5));
    painter.setPen(profile::colour::kInk);
    painter.drawText(rect.adjusted(units.mm(4.0), units.mm(1.8), -units.mm(2.0), -units.mm(1.8)),
                     kWrapFlags, profile::profileNotice(*m_content));
    painter.restore();
}

} // namespace agglomap::render
