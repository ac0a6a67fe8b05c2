#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

// The look of a district profile: a restrained palette (the inspector's network colours for
// leading industries and gaps), a few text sizes, and the pieces every section shares.
namespace agglomap::render::profile {

namespace colour {
inline const QColor kInk(0x1a, 0x1a, 0x1a);
inline const QColor kMuted(0x5b, 0x63, 0x6e);
inline const QColor kRule(0xc9, 0xcd, 0xd3);
inline const QColor kHairline(0xe3, 0xe6, 0xea);
inline const QColor kHeading(0x1f, 0x3a, 0x5f);
inline const QColor kLeading(35, 85, 150);           // as the network's leading nodes
inline const QColor kSector(150, 185, 220);          // as the network's active nodes
inline const QColor kRest(0xc4, 0xc8, 0xce);         // the summed remaining sectors
inline const QColor kTrack(0xee, 0xf0, 0xf3);        // the 0-100 scale behind a provision bar
inline const QColor kCurrent(0x5f, 0x7d, 0x9e);      // what is provided
inline const QColor kGap(205, 105, 15);              // as the network's gaps
inline const QColor kGapFill(0xf6, 0xd9, 0xbb);      // the shortfall between provided and required
inline const QColor kIllustrative(0xb3, 0x59, 0x00); // as the inspector's tag
inline const QColor kNoticeFill(0xfd, 0xf4, 0xe8);
inline const QColor kHigh(0xb0, 0x2a, 0x1e);
inline const QColor kMedium(0xb3, 0x6b, 0x00);
inline const QColor kLow(0x6b, 0x73, 0x7d);
} // namespace colour

// Text sizes, points.
inline constexpr double kTitlePt = 16.0;
inline constexpr double kSubtitlePt = 10.5;
inline constexpr double kMetaPt = 8.5;
inline constexpr double kHeadingPt = 10.0;
inline constexpr double kBodyPt = 8.0;
inline constexpr double kSmallPt = 7.0;

// A section's heading: its text, an illustrative mark when the section's values are, and a
// rule below. Height for the device, and painting at the top of rect.
[[nodiscard]] double sectionHeadingHeight(const QPaintDevice& device);
void paintSectionHeading(QPainter& painter, const QRectF& rect, const QString& text,
                         bool illustrative);

// One line of text elided into box, with the illustrative mark right after it when asked.
void drawLine(QPainter& painter, const QRectF& box, Qt::Alignment alignment, const QString& text,
              const QFont& font, const QColor& colour, bool illustrative = false);

// A leading industry's rank: a small dark disc with its number, as in the network drawing.
void drawRankBadge(QPainter& painter, QPointF centre, double radius, int rank);

} // namespace agglomap::render::profile
