#include "widgets/layer_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace agglomap::widgets {

namespace {
constexpr int kLayerRole = Qt::UserRole + 1;
} // namespace

LayerPanel::LayerPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("layerPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("layerList"));
    layout->addWidget(m_list, 1);

    auto* row = new QHBoxLayout;
    m_up = new QToolButton(this);
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Draw the layer above the next one"));
    m_down = new QToolButton(this);
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Draw the layer below the next one"));
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Opacity"), this));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("layerOpacity"));
    m_opacity->setRange(0, 100);
    row->addWidget(m_opacity, 1);
    m_opacityValue = new QLabel(this);
    m_opacityValue->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("100%")));
    row->addWidget(m_opacityValue);
    layout->addLayout(row);

    m_provenanceLabel = new QLabel(this);
    m_provenanceLabel->setObjectName(QStringLiteral("layerProvenance"));
    m_provenanceLabel->setWordWrap(true);
    m_provenanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenanceLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_provenanceLabel);

    connect(m_list, &QListWidget::currentRowChanged, this, &LayerPanel::showCurrent);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const auto id = static_cast<render::MapLayerId>(item->data(kLayerRole).toInt());
        const bool visible = item->checkState() == Qt::Checked;
        if (m_layers.style(id).visible != visible) {
            m_layers.setVisible(id, visible);
            emit layersChanged(m_layers);
        }
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        m_opacityValue->setText(QStringLiteral("%1%").arg(value));
        const auto id = currentLayer();
        if (id && std::abs(m_layers.style(*id).opacity * 100.0 - value) > 0.5) {
            m_layers.setOpacity(*id, value / 100.0);
            emit layersChanged(m_layers);
        }
    });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    showLayers();
}

QString LayerPanel::layerName(render::MapLayerId id) {
    switch (id) {
    case render::MapLayerId::Regions:
        return tr("Boundaries and choropleth");
    case render::MapLayerId::Rivers:
        return tr("Rivers");
    case render::MapLayerId::Linkages:
        return tr("Linkages between districts");
    case render::MapLayerId::Districts:
        return tr("Districts and parks");
    case render::MapLayerId::Towns:
        return tr("Towns");
    }
    return {};
}

void LayerPanel::setLayers(const render::MapLayerStack& layers) {
    m_layers = layers;
    showLayers();
}

void LayerPanel::setProvenance(render::MapLayerId id, const QString& text) {
    m_provenance.insert(static_cast<int>(id), text);
    showLayers();
}

std::optional<render::MapLayerId> LayerPanel::currentLayer() const {
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return std::nullopt;
    }
    return static_cast<render::MapLayerId>(item->data(kLayerRole).toInt());
}

void LayerPanel::moveCurrent(int steps) {
    const auto id = currentLayer();
    if (!id) {
        return;
    }
    m_layers.move(*id, m_layers.position(*id) + steps);
    showLayers();
    emit layersChanged(m_layers);
}

void LayerPanel::showLayers() {
    const auto current = currentLayer();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const auto& bottomToTop = m_layers.bottomToTop();
    // Topmost first, as in QGIS.
    for (auto it = bottomToTop.rbegin(); it != bottomToTop.rend(); ++it) {
        auto* item = new QListWidgetItem(layerName(it->id), m_list);
        item->setData(kLayerRole, static_cast<int>(it->id));
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(it->visible ? Qt::Checked : Qt::Unchecked);
        const QString provenance = m_provenance.value(static_cast<int>(it->id));
        item->setToolTip(provenance);
        if (m_provenance.contains(static_cast<int>(it->id)) && provenance.isEmpty()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("No data for this province."));
        }
        if (current && *current == it->id) {
            m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    showCurrent();
}

void LayerPanel::showCurrent() {
    const auto id = currentLayer();
    m_up->setEnabled(id &&
                     m_layers.position(*id) + 1 < static_cast<int>(m_layers.bottomToTop().size()));
    m_down->setEnabled(id && m_layers.position(*id) > 0);
    m_opacity->setEnabled(id.has_value());
    if (!id) {
        m_provenanceLabel->clear();
        return;
    }
    const QSignalBlocker blocker(m_opacity);
    const int percent = static_cast<int>(std::lround(m_layers.style(*id).opacity * 100.0));
    m_opacity->setValue(percent);
    m_opacityValue->setText(QStringLiteral("%1%").arg(percent));
    const QString provenance = m_provenance.value(static_cast<int>(*id));
    m_provenanceLabel->setText(provenance.isEmpty() ? QString() : tr("Source: %1").arg(provenance));
}

} // namespace agglomap::widgets
