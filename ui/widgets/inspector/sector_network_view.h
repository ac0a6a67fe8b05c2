#pragma once

#include "render/profile/sector_network_painter.h"

#include <QWidget>

#include <optional>

namespace agglomap::widgets {

// The network the view draws; built by render::buildSectorNetwork, tooltips added by the tab.
using SectorNetwork = render::SectorNetwork;

// The district's sector network (see render::SectorNetworkPainter, which lays it out and paints
// it, also onto profile pages), with a tooltip for the node under the pointer.
class SectorNetworkView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(SectorNetworkView)

public:
    explicit SectorNetworkView(QWidget* parent = nullptr);

    void setNetwork(SectorNetwork network);
    [[nodiscard]] const SectorNetwork& network() const { return m_painter.network(); }
    [[nodiscard]] int activeNodeCount() const { return network().activeNodeCount(); }
    [[nodiscard]] int gapNodeCount() const { return network().gapNodeCount(); }
    [[nodiscard]] int linkCount() const { return static_cast<int>(network().links.size()); }
    // Where a node is drawn, in widget coordinates; nullopt for an unknown index.
    [[nodiscard]] std::optional<QPointF> nodeCentre(int node) const {
        return m_painter.nodeCentre(node);
    }
    // The node under a point, or -1.
    [[nodiscard]] int nodeAt(QPointF point) const { return m_painter.nodeAt(point); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    // Font, palette and the words of the UI language, then a fresh layout.
    void restyle();

    render::SectorNetworkPainter m_painter;
};

} // namespace agglomap::widgets
