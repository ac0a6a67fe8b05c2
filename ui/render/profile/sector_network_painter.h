#pragma once

#include "geo/region.h"
#include "model/ids.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace agglomap::model {
class Plan;
struct District;
} // namespace agglomap::model
namespace agglomap::analysis {
struct DistrictIndicators;
}

namespace agglomap::render {

// What the network drawing shows: the district's active sectors, its supply links between them,
// and the sectors its leading chain needs but lacks ("gaps").
struct SectorNetwork {
    enum class Role { Active, MissingSupplier, MissingBuyer };
    struct Node {
        model::SectorIndex sector = 0;
        QString code;    // "C39": short enough to sit beside the node
        QString name;    // in the shown language, elided to fit
        QString tooltip; // both names, and what the node is (filled by the widget)
        Role role = Role::Active;
        int leadingRank = 0; // 1-3 for the leading industries, 0 otherwise
    };
    struct Link {
        int from = 0; // indices into nodes
        int to = 0;
        double value = 0.0; // 100 million yuan
    };
    std::vector<Node> nodes;
    std::vector<Link> links;
    // The node whose chain the gaps belong to (the first leading industry, or the largest sector).
    std::optional<int> chainNode;

    [[nodiscard]] int activeNodeCount() const;
    [[nodiscard]] int gapNodeCount() const {
        return static_cast<int>(nodes.size()) - activeNodeCount();
    }
};

// The district's network, names in the language: its active sectors (with their leading rank),
// the links between them, and, when indicators are given, the missing suppliers and buyers of
// the chain the indicators judge. Tooltips are left empty.
[[nodiscard]] SectorNetwork buildSectorNetwork(const model::Plan& plan,
                                               const model::District& district,
                                               const analysis::DistrictIndicators* indicators,
                                               geo::LabelLanguage language);

// The words the drawing writes: the legend and the gap labels. The widget passes its
// translations; documents choose by their own language.
struct SectorNetworkTexts {
    QString activeSector;
    QString leadingIndustry;
    QString missingLink;
    QString supplyLink;
    QString missingCode; // "%1 missing": %1 is the sector's code
    QString empty;       // shown when the district has no active sector

    [[nodiscard]] static SectorNetworkTexts forLanguage(geo::LabelLanguage language);
};

// How the drawing looks on its surface: the widget passes its font and palette.
struct SectorNetworkStyle {
    QFont font;
    QColor text{0x1a, 0x1a, 0x1a};
    QColor placeholder{0x80, 0x80, 0x80};
    QColor background{Qt::white};
    QColor rule{0xa0, 0xa0, 0xa0}; // the line above the legend
};

// Lays out and paints a sector network into any rectangle of any paint device: active sectors
// as filled nodes on a circle (leading industries larger, ringed and numbered), supply links as
// arrows whose width follows their value, and the missing links of the leading chain as hollow
// dashed nodes joined to the chain's sector by dashed arrows (suppliers into it, buyers out of
// it). A legend along the bottom explains the marks. Node order puts the chain's sector at the
// top with its missing suppliers to its left and buyers to its right, so the gap lines stay
// short and legible with fifteen or so sectors.
//
// Sizes are in 96-dpi pixels scaled by the device's logical dpi, so a 300-dpi page and a
// screen show the same drawing.
class SectorNetworkPainter {
public:
    SectorNetworkPainter() = default;
    SectorNetworkPainter(SectorNetwork network, SectorNetworkTexts texts, SectorNetworkStyle style);

    void setNetwork(SectorNetwork network) { m_network = std::move(network); }
    void setTexts(SectorNetworkTexts texts) { m_texts = std::move(texts); }
    void setStyle(SectorNetworkStyle style) { m_style = std::move(style); }
    [[nodiscard]] const SectorNetwork& network() const { return m_network; }

    // Places the nodes inside rect for the device; paint() and the queries use the last layout.
    void layout(const QPaintDevice& device, const QRectF& rect);
    void paint(QPainter& painter) const;

    // Where a node is drawn; nullopt for an unknown index.
    [[nodiscard]] std::optional<QPointF> nodeCentre(int node) const;
    // The node under a point, or -1.
    [[nodiscard]] int nodeAt(QPointF point) const;
    [[nodiscard]] const QRectF& rect() const { return m_rect; }

private:
    struct Placement {
        QPointF centre;
        double radius = 0.0;
        double angle = 0.0; // radians, 0 to the right, clockwise on screen
    };
    [[nodiscard]] std::vector<int> circleOrder() const;
    [[nodiscard]] QRectF legendRect() const;
    void paintLinks(QPainter& painter) const;
    void paintGapLinks(QPainter& painter) const;
    void paintNodes(QPainter& painter) const;
    void paintLabels(QPainter& painter) const;
    [[nodiscard]] double centredLabelWidth(std::size_t node) const;
    void paintLegend(QPainter& painter) const;

    SectorNetwork m_network;
    SectorNetworkTexts m_texts = SectorNetworkTexts::forLanguage(geo::LabelLanguage::English);
    SectorNetworkStyle m_style;
    QRectF m_rect;
    double m_scale = 1.0;        // device pixels per 96-dpi pixel
    double m_legendHeight = 0.0; // in device pixels
    int m_legendRows = 2;
    // Where each node went (indexed like nodes).
    std::vector<Placement> m_placements;
    QPointF m_centre;
    double m_circleRadius = 0.0;
    double m_labelChord = 0.0; // room between neighbouring labels at the top and bottom
};

} // namespace agglomap::render
