#pragma once

#include "model/ids.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace agglomap::widgets {

// What the network view draws: the district's active sectors, its supply links between them,
// and the sectors its leading chain needs but lacks ("gaps").
struct SectorNetwork {
    enum class Role { Active, MissingSupplier, MissingBuyer };
    struct Node {
        model::SectorIndex sector = 0;
        QString code;    // "C39": short enough to sit beside the node
        QString name;    // in the shown language, elided to fit
        QString tooltip; // both names, and what the node is
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
};

// The district's sector network on a circle: active sectors as filled nodes (leading industries
// larger, ringed and numbered), supply links as arrows whose width follows their value, and the
// missing links of the leading chain as hollow dashed nodes joined to the chain's sector by dashed
// arrows (suppliers into it, buyers out of it). A legend explains the marks. Node order puts the
// chain's sector at the top with its missing suppliers to its left and buyers to its right, so
// the gap lines stay short and legible with fifteen or so sectors.
class SectorNetworkView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(SectorNetworkView)

public:
    explicit SectorNetworkView(QWidget* parent = nullptr);

    void setNetwork(SectorNetwork network);
    [[nodiscard]] const SectorNetwork& network() const { return m_network; }
    [[nodiscard]] int activeNodeCount() const;
    [[nodiscard]] int gapNodeCount() const;
    [[nodiscard]] int linkCount() const { return static_cast<int>(m_network.links.size()); }
    // Where a node is drawn, in widget coordinates; nullopt for an unknown index.
    [[nodiscard]] std::optional<QPointF> nodeCentre(int node) const;
    // The node under a point, or -1.
    [[nodiscard]] int nodeAt(QPointF point) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Placement {
        QPointF centre;
        double radius = 0.0;
        double angle = 0.0; // radians, 0 to the right, clockwise on screen
    };
    void layoutNodes();
    [[nodiscard]] QRectF legendRect() const;
    void paintLinks(QPainter& painter) const;
    void paintGapLinks(QPainter& painter) const;
    void paintNodes(QPainter& painter) const;
    void paintLabels(QPainter& painter) const;
    [[nodiscard]] double centredLabelWidth(std::size_t node) const;
    void paintLegend(QPainter& painter) const;

    SectorNetwork m_network;
    // Drawing order around the circle (indices into nodes) and where each node went.
    std::vector<Placement> m_placements;
    QPointF m_centre;
    double m_circleRadius = 0.0;
    double m_labelChord = 0.0; // room between neighbouring labels at the top and bottom
};

} // namespace agglomap::widgets
