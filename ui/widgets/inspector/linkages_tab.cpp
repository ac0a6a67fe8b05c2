#include "widgets/inspector/linkages_tab.h"

#include "model/value_limits.h"

#include "analysis/indicator_inputs.h"
#include "commands/plan_commands.h"
#include "widgets/inspector/inspector_format.h"
#include "widgets/inspector/sector_network_view.h"
#include "widgets/models/display_names.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace agglomap::widgets {

namespace {

constexpr int kFromRole = Qt::UserRole + 1;
constexpr int kToRole = Qt::UserRole + 2;
constexpr int kSectorRole = Qt::UserRole + 3;

enum class Direction { SellsTo, BuysFrom };

QDoubleSpinBox* valueBox(QWidget* parent, const QString& objectName) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0.0, model::maximumOf(model::ValueField::Link));
    box->setDecimals(2);
    box->setValue(1.0);
    box->setSuffix(LinkagesTab::tr(" 亿元"));
    box->setToolTip(LinkagesTab::tr("Value of the supply, 100 million yuan (亿元) a year"));
    return box;
}

// Keeps the chosen sector when a combo is refilled.
void fillSectors(QComboBox* combo, const model::SectorCatalogue& sectors,
                 const std::vector<model::SectorIndex>& choices, geo::LabelLanguage language) {
    const QVariant previous = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (model::SectorIndex sector : choices) {
        combo->addItem(
            QStringLiteral("%1 %2").arg(sectors.at(sector).code,
                                        inspector::sectorName(sectors, sector, language)),
            sector);
        combo->setItemData(combo->count() - 1, inspector::sectorTooltip(sectors, sector),
                           Qt::ToolTipRole);
    }
    if (const int index = combo->findData(previous); index >= 0) {
        combo->setCurrentIndex(index);
    }
}

} // namespace

LinkagesTab::LinkagesTab(const InspectorContext& context, QWidget* parent)
    : InspectorTab(context, parent) {
    m_network = new SectorNetworkView(this);
    m_network->setObjectName(QStringLiteral("sectorNetworkView"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("linkagesNote"));
    m_note->setWordWrap(true);

    auto* lists = new QTabWidget(this);
    lists->setObjectName(QStringLiteral("linkLists"));
    lists->setDocumentMode(true);
    lists->addTab(createSectorLinksPage(), tr("Between sectors"));
    lists->addTab(createDistrictLinksPage(), tr("With other districts"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_network, 1);
    topLayout->addWidget(m_note);
    splitter->addWidget(top);
    splitter->addWidget(lists);
    // The network needs the room; the lists scroll.
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateActions();
}

QWidget* LinkagesTab::createSectorLinksPage() {
    auto* page = new QWidget;
    auto* layout = new QGridLayout(page);
    m_sectorLinks = new QListWidget(page);
    m_sectorLinks->setObjectName(QStringLiteral("sectorLinkList"));
    layout->addWidget(m_sectorLinks, 0, 0, 1, 3);
    m_linkFrom = new QComboBox(page);
    m_linkFrom->setObjectName(QStringLiteral("sectorLinkFrom"));
    m_linkFrom->setToolTip(tr("The supplying sector"));
    m_linkTo = new QComboBox(page);
    m_linkTo->setObjectName(QStringLiteral("sectorLinkTo"));
    m_linkTo->setToolTip(tr("The buying sector"));
    for (QComboBox* combo : {m_linkFrom, m_linkTo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    m_linkValue = valueBox(page, QStringLiteral("sectorLinkValue"));
    m_addSectorLink = new QPushButton(tr("Add"), page);
    m_addSectorLink->setObjectName(QStringLiteral("addSectorLinkButton"));
    m_removeSectorLink = new QPushButton(tr("Remove"), page);
    m_removeSectorLink->setObjectName(QStringLiteral("removeSectorLinkButton"));
    layout->addWidget(m_linkFrom, 1, 0);
    layout->addWidget(new QLabel(QStringLiteral("→"), page), 1, 1);
    layout->addWidget(m_linkTo, 1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_linkValue);
    buttons->addStretch(1);
    buttons->addWidget(m_addSectorLink);
    buttons->addWidget(m_removeSectorLink);
    layout->addLayout(buttons, 2, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);

    connect(m_sectorLinks, &QListWidget::itemSelectionChanged, this, &LinkagesTab::updateActions);
    connect(m_addSectorLink, &QPushButton::clicked, this, &LinkagesTab::addSectorLink);
    connect(m_removeSectorLink, &QPushButton::clicked, this, &LinkagesTab::removeSectorLink);
    return page;
}

QWidget* LinkagesTab::createDistrictLinksPage() {
    auto* page = new QWidget;
    auto* layout = new QGridLayout(page);
    m_districtLinks = new QListWidget(page);
    m_districtLinks->setObjectName(QStringLiteral("districtLinkList"));
    layout->addWidget(m_districtLinks, 0, 0, 1, 4);
    m_direction = new QComboBox(page);
    m_direction->setObjectName(QStringLiteral("districtLinkDirection"));
    m_direction->addItem(tr("sells to"), static_cast<int>(Direction::SellsTo));
    m_direction->addItem(tr("buys from"), static_cast<int>(Direction::BuysFrom));
    m_otherDistrict = new QComboBox(page);
    m_otherDistrict->setObjectName(QStringLiteral("districtLinkDistrict"));
    m_otherDistrict->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_otherDistrict->setMinimumContentsLength(10);
    m_linkSector = new QComboBox(page);
    m_linkSector->setObjectName(QStringLiteral("districtLinkSector"));
    m_linkSector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_linkSector->setMinimumContentsLength(10);
    m_linkSector->setToolTip(tr("The sector whose products are supplied"));
    m_districtLinkValue = valueBox(page, QStringLiteral("districtLinkValue"));
    m_addDistrictLink = new QPushButton(tr("Add"), page);
    m_addDistrictLink->setObjectName(QStringLiteral("addDistrictLinkButton"));
    m_removeDistrictLink = new QPushButton(tr("Remove"), page);
    m_removeDistrictLink->setObjectName(QStringLiteral("removeDistrictLinkButton"));
    layout->addWidget(m_direction, 1, 0);
    layout->addWidget(m_otherDistrict, 1, 1, 1, 3);
    layout->addWidget(m_linkSector, 2, 0, 1, 2);
    layout->addWidget(m_districtLinkValue, 2, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addDistrictLink);
    buttons->addWidget(m_removeDistrictLink);
    layout->addLayout(buttons, 2, 3);
    layout->setColumnStretch(1, 1);

    connect(m_districtLinks, &QListWidget::itemSelectionChanged, this, &LinkagesTab::updateActions);
    connect(m_addDistrictLink, &QPushButton::clicked, this, &LinkagesTab::addDistrictLink);
    connect(m_removeDistrictLink, &QPushButton::clicked, this, &LinkagesTab::removeDistrictLink);
    return page;
}

void LinkagesTab::refresh() {
    const model::District* d = district();
    if (!d) {
        return;
    }
    refreshNetwork(*d);
    refreshSectorLinks(*d);
    refreshDistrictLinks(*d);
    updateActions();
}

void LinkagesTab::refreshNetwork(const model::District& d) {
    const model::SectorCatalogue& sectors = context().plan->sectors();
    const geo::LabelLanguage language = context().language;
    const analysis::DistrictIndicators* indicators = context().indicators();
    SectorNetwork network = render::buildSectorNetwork(*context().plan, d, indicators, language);
    // The chain's sector names the gaps in their tooltips.
    const QString chainName = network.chainNode
                                  ? network.nodes[static_cast<std::size_t>(*network.chainNode)].name
                                  : QString();
    for (SectorNetwork::Node& node : network.nodes) {
        node.tooltip = inspector::sectorTooltip(sectors, node.sector) + QLatin1Char('\n');
        switch (node.role) {
        case SectorNetwork::Role::Active: {
            const model::SectorActivity* activity = d.activity(node.sector);
            node.tooltip +=
                tr("Output %1").arg(inspector::formatMoney(activity ? activity->outputValue : 0.0));
            if (node.leadingRank > 0) {
                node.tooltip +=
                    QLatin1Char('\n') + tr("Leading industry no. %1").arg(node.leadingRank);
            }
            break;
        }
        case SectorNetwork::Role::MissingSupplier:
            node.tooltip += tr("A key supplier of %1 missing from the district").arg(chainName);
            break;
        case SectorNetwork::Role::MissingBuyer:
            node.tooltip += tr("A key buyer of %1 missing from the district").arg(chainName);
            break;
        }
    }
    const int gaps = network.gapNodeCount();
    m_network->setNetwork(std::move(network));

    QString note = indicators
                       ? tr("Linkage density %1; chain completeness %2 (%n gap(s) in the leading "
                            "chain).",
                            nullptr, gaps)
                             .arg(inspector::formatPercent(indicators->linkageDensity),
                                  inspector::formatPercent(indicators->chainCompleteness))
                       : QString();
    const bool illustrative = analysis::restsOnIllustrative(
        d, {model::ValueField::Link, analysis::IndicatorInput::inputOutputTable()},
        *context().plan);
    if (illustrative) {
        note += QLatin1Char(' ') + tr("<i>Links or input-output coefficients are %1.</i>")
                                       .arg(inspector::illustrativeTag());
    }
    m_note->setText(note);
    m_note->setToolTip(illustrative ? inspector::illustrativeExplanation() : QString());
}

void LinkagesTab::refreshSectorLinks(const model::District& d) {
    const model::SectorCatalogue& sectors = context().plan->sectors();
    const geo::LabelLanguage language = context().language;
    {
        const QSignalBlocker blocker(m_sectorLinks);
        const int selectedRow = m_sectorLinks->currentRow();
        m_sectorLinks->clear();
        for (const model::SectorLink& link : d.links) {
            auto* item =
                new QListWidgetItem(tr("%1 → %2: %3")
                                        .arg(inspector::sectorName(sectors, link.from, language),
                                             inspector::sectorName(sectors, link.to, language),
                                             inspector::formatMoney(link.value)),
                                    m_sectorLinks);
            item->setData(kFromRole, link.from);
            item->setData(kToRole, link.to);
            const model::Provenance& provenance =
                d.provenance.of({model::ValueField::Link, link.from, link.to});
            const bool illustrative = provenance.isIllustrative();
            item->setToolTip(QStringLiteral("%1\n→ %2\n%3")
                                 .arg(inspector::sectorTooltip(sectors, link.from),
                                      inspector::sectorTooltip(sectors, link.to),
                                      inspector::provenanceTooltip(provenance)) +
                             (illustrative
                                  ? QStringLiteral("\n\n") + inspector::illustrativeExplanation()
                                  : QString()));
            QFont font = item->font();
            font.setItalic(illustrative);
            item->setFont(font);
        }
        if (selectedRow >= 0 && selectedRow < m_sectorLinks->count()) {
            m_sectorLinks->setCurrentRow(selectedRow);
        }
    }
    std::vector<model::SectorIndex> active;
    for (const model::SectorActivity& activity : d.industries) {
        active.push_back(activity.sector);
    }
    fillSectors(m_linkFrom, sectors, active, language);
    fillSectors(m_linkTo, sectors, active, language);
    if (m_linkTo->count() > 1 && m_linkTo->currentIndex() == m_linkFrom->currentIndex()) {
        const QSignalBlocker blocker(m_linkTo);
        m_linkTo->setCurrentIndex((m_linkFrom->currentIndex() + 1) % m_linkTo->count());
    }
}

void LinkagesTab::refreshDistrictLinks(const model::District& d) {
    const model::Plan& plan = *context().plan;
    const model::SectorCatalogue& sectors = plan.sectors();
    const geo::LabelLanguage language = context().language;
    const auto nameOf = [&](model::DistrictId id) {
        const model::District* other = plan.district(id);
        return other ? districtName(*other, language) : QStringLiteral("#%1").arg(id.value);
    };
    {
        const QSignalBlocker blocker(m_districtLinks);
        const int selectedRow = m_districtLinks->currentRow();
        m_districtLinks->clear();
        for (const model::DistrictLink& link : plan.districtLinks()) {
            if (link.from != d.id && link.to != d.id) {
                continue;
            }
            const bool sells = link.from == d.id;
            const QString sector = inspector::sectorName(sectors, link.sector, language);
            auto* item = new QListWidgetItem(
                sells ? tr("sells %1 to %2: %3")
                            .arg(sector, nameOf(link.to), inspector::formatMoney(link.value))
                      : tr("buys %1 from %2: %3")
                            .arg(sector, nameOf(link.from), inspector::formatMoney(link.value)),
                m_districtLinks);
            item->setData(kFromRole, link.from.value);
            item->setData(kToRole, link.to.value);
            item->setData(kSectorRole, link.sector);
            item->setToolTip(inspector::sectorTooltip(sectors, link.sector));
        }
        if (m_districtLinks->count() == 0) {
            auto* item =
                new QListWidgetItem(tr("No links with other districts yet."), m_districtLinks);
            item->setFlags(Qt::NoItemFlags);
        } else if (selectedRow >= 0 && selectedRow < m_districtLinks->count()) {
            m_districtLinks->setCurrentRow(selectedRow);
        }
    }
    {
        const QVariant previous = m_otherDistrict->currentData();
        const QSignalBlocker blocker(m_otherDistrict);
        m_otherDistrict->clear();
        for (const model::District* other : plan.districts()) {
            if (other->id != d.id) {
                m_otherDistrict->addItem(districtName(*other, language), other->id.value);
            }
        }
        if (const int index = m_otherDistrict->findData(previous); index >= 0) {
            m_otherDistrict->setCurrentIndex(index);
        }
    }
    std::vector<model::SectorIndex> all(static_cast<std::size_t>(sectors.size()));
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = static_cast<model::SectorIndex>(i);
    }
    // The district's own sectors first: what it most likely trades in.
    std::stable_partition(all.begin(), all.end(),
                          [&d](model::SectorIndex s) { return d.activity(s) != nullptr; });
    fillSectors(m_linkSector, sectors, all, language);
}

void LinkagesTab::updateActions() {
    const bool hasDistrict = district() != nullptr;
    m_addSectorLink->setEnabled(hasDistrict && m_linkFrom->count() > 1);
    m_removeSectorLink->setEnabled(hasDistrict && m_sectorLinks->currentItem() != nullptr);
    m_addDistrictLink->setEnabled(hasDistrict && m_otherDistrict->count() > 0);
    const QListWidgetItem* current = m_districtLinks->currentItem();
    m_removeDistrictLink->setEnabled(hasDistrict && current &&
                                     (current->flags() & Qt::ItemIsSelectable));
}

void LinkagesTab::addSectorLink() {
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    const model::SectorLink link{m_linkFrom->currentData().toInt(), m_linkTo->currentData().toInt(),
                                 m_linkValue->value()};
    report(commands::addLink(*context().stack, *context().plan, district()->id, link));
}

void LinkagesTab::removeSectorLink() {
    const QListWidgetItem* item = m_sectorLinks->currentItem();
    if (!item) {
        return;
    }
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    report(commands::removeLink(*context().stack, *context().plan, district()->id,
                                item->data(kFromRole).toInt(), item->data(kToRole).toInt()));
}

void LinkagesTab::addDistrictLink() {
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    const model::DistrictId self = district()->id;
    const model::DistrictId other{m_otherDistrict->currentData().toInt()};
    const bool sells = m_direction->currentData().toInt() == static_cast<int>(Direction::SellsTo);
    const model::DistrictLink link{sells ? self : other, sells ? other : self,
                                   m_linkSector->currentData().toInt(),
                                   m_districtLinkValue->value()};
    report(commands::addDistrictLink(*context().stack, *context().plan, link));
}

void LinkagesTab::removeDistrictLink() {
    const QListWidgetItem* item = m_districtLinks->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable)) {
        return;
    }
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    report(commands::removeDistrictLink(
        *context().stack, *context().plan, model::DistrictId{item->data(kFromRole).toInt()},
        model::DistrictId{item->data(kToRole).toInt()}, item->data(kSectorRole).toInt()));
}

} // namespace agglomap::widgets
