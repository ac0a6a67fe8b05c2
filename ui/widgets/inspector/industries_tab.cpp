#include "widgets/inspector/industries_tab.h"

#include "commands/plan_commands.h"
#include "widgets/inspector/inspector_format.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace agglomap::widgets {

namespace {

constexpr int kSectorRole = Qt::UserRole + 1;
// Whether a number is illustrative, for tests (its font says so to the eye).
constexpr int kIllustrativeRole = Qt::UserRole + 2;

bool isLeading(const model::District& district, model::SectorIndex sector) {
    return std::find(district.leadingIndustries.begin(), district.leadingIndustries.end(),
                     sector) != district.leadingIndustries.end();
}

} // namespace

IndustriesTab::IndustriesTab(const InspectorContext& context, QWidget* parent)
    : InspectorTab(context, parent) {
    auto* layout = new QVBoxLayout(this);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("industriesNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_table = new QTableWidget(0, Quotient + 1, this);
    m_table->setObjectName(QStringLiteral("industriesTable"));
    m_table->setHorizontalHeaderLabels({tr("Sector"), tr("Output\n亿元"), tr("Employ-\nment"),
                                        tr("Enter-\nprises"), tr("SMEs"), tr("High-tech\n亿元"),
                                        tr("LQ")});
    const QStringList headerTips{
        tr("Sector (GB/T 4754-2017); ★ marks a leading industry"),
        tr("Output value, 100 million yuan (亿元)"),
        tr("Employment, persons"),
        tr("Enterprises"),
        tr("Small and medium-sized enterprises"),
        tr("High-tech output, 100 million yuan (亿元); at most the output"),
        tr("Location quotient: the sector's share of the district's output over its share of "
           "the province's (above 1: more concentrated here)")};
    for (int column = 0; column < headerTips.size(); ++column) {
        m_table->horizontalHeaderItem(column)->setToolTip(headerTips[column]);
    }
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(SectorColumn, QHeaderView::Stretch);
    for (int column = Output; column <= Quotient; ++column) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setMinimumSectionSize(40);
    layout->addWidget(m_table, 1);

    auto* sectorRow = new QHBoxLayout;
    m_addSector = new QComboBox(this);
    m_addSector->setObjectName(QStringLiteral("addSectorCombo"));
    m_addSector->setToolTip(tr("Sectors of the catalogue not yet active in the district"));
    m_addSector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addSector->setMinimumContentsLength(8);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setToolTip(tr("Add the chosen sector to the district, with no output yet"));
    m_addButton->setObjectName(QStringLiteral("addSectorButton"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeSectorButton"));
    m_removeButton->setToolTip(tr("Remove the selected sector's activity from the district"));
    m_makeLeadingButton = new QPushButton(tr("Make leading"), this);
    m_makeLeadingButton->setObjectName(QStringLiteral("makeLeadingButton"));
    m_makeLeadingButton->setToolTip(
        tr("Add the selected sector to the leading industries, after those already chosen"));
    sectorRow->addWidget(m_addSector, 1);
    sectorRow->addWidget(m_addButton);
    sectorRow->addWidget(m_removeButton);
    sectorRow->addWidget(m_makeLeadingButton);
    layout->addLayout(sectorRow);

    auto* leadingGroup = new QGroupBox(tr("Leading industries (up to three, in order)"), this);
    auto* leadingLayout = new QHBoxLayout(leadingGroup);
    m_leading = new QListWidget(leadingGroup);
    m_leading->setObjectName(QStringLiteral("leadingList"));
    m_leading->setMaximumHeight(m_leading->fontMetrics().height() * 4 + 10);
    m_raiseButton = new QPushButton(tr("Move up"), leadingGroup);
    m_raiseButton->setObjectName(QStringLiteral("raiseLeadingButton"));
    m_dropButton = new QPushButton(tr("Not leading"), leadingGroup);
    m_dropButton->setObjectName(QStringLiteral("dropLeadingButton"));
    m_dropButton->setToolTip(tr("Remove the selected sector from the leading industries"));
    auto* leadingButtons = new QVBoxLayout;
    leadingButtons->addWidget(m_raiseButton);
    leadingButtons->addWidget(m_dropButton);
    leadingButtons->addStretch(1);
    leadingLayout->addWidget(m_leading, 1);
    leadingLayout->addLayout(leadingButtons);
    layout->addWidget(leadingGroup);

    connect(m_table, &QTableWidget::itemChanged, this, &IndustriesTab::sendCell);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IndustriesTab::updateActions);
    connect(m_leading, &QListWidget::itemSelectionChanged, this, &IndustriesTab::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &IndustriesTab::addSector);
    connect(m_removeButton, &QPushButton::clicked, this, &IndustriesTab::removeSector);
    connect(m_makeLeadingButton, &QPushButton::clicked, this, &IndustriesTab::makeLeading);
    connect(m_raiseButton, &QPushButton::clicked, this, &IndustriesTab::raiseLeading);
    connect(m_dropButton, &QPushButton::clicked, this, &IndustriesTab::dropLeading);
    updateActions();
}

model::SectorIndex IndustriesTab::sectorAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rowSectors.size())
               ? m_rowSectors[static_cast<std::size_t>(row)]
               : -1;
}

int IndustriesTab::rowOf(model::SectorIndex sector) const {
    const auto it = std::find(m_rowSectors.begin(), m_rowSectors.end(), sector);
    return it == m_rowSectors.end() ? -1 : static_cast<int>(it - m_rowSectors.begin());
}

void IndustriesTab::refresh() {
    const model::District* d = district();
    if (!d) {
        return;
    }
    const QSignalBlocker blocker(m_table);
    std::vector<model::SectorIndex> sectors;
    for (const model::SectorActivity& activity : d->industries) {
        sectors.push_back(activity.sector);
    }
    // Rows are only rebuilt when sectors come or go, so an edit of a cell (which arrives here
    // from inside the table's own itemChanged) updates items in place.
    if (sectors != m_rowSectors) {
        rebuildRows(*d);
    }
    for (std::size_t row = 0; row < d->industries.size(); ++row) {
        fillRow(static_cast<int>(row), d->industries[row], *d);
    }
    const bool illustrative = d->provenance.anyIllustrative(model::DistrictField::Industries);
    m_note->setText(illustrative ? tr("<i>Figures in italics are %1.</i> Double-click a number to "
                                      "edit it; money in 100 million yuan (亿元).")
                                       .arg(inspector::illustrativeTag())
                                 : tr("Double-click a number to edit it; money in 100 million "
                                      "yuan (亿元)."));
    m_note->setToolTip(illustrative ? inspector::illustrativeExplanation() : QString());
    refreshAddableSectors(*d);
    refreshLeading(*d);
    updateActions();
}

void IndustriesTab::rebuildRows(const model::District& district) {
    const model::SectorIndex selected = sectorAt(m_table->currentRow());
    m_rowSectors.clear();
    m_table->setRowCount(static_cast<int>(district.industries.size()));
    for (std::size_t i = 0; i < district.industries.size(); ++i) {
        const int row = static_cast<int>(i);
        m_rowSectors.push_back(district.industries[i].sector);
        for (int column = SectorColumn; column <= Quotient; ++column) {
            auto* item = new QTableWidgetItem;
            const bool editable = column != SectorColumn && column != Quotient;
            item->setFlags(editable ? item->flags() | Qt::ItemIsEditable
                                    : item->flags() & ~Qt::ItemIsEditable);
            if (column != SectorColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            item->setData(kSectorRole, district.industries[i].sector);
            m_table->setItem(row, column, item);
        }
    }
    if (const int row = rowOf(selected); row >= 0) {
        m_table->selectRow(row);
    }
}

void IndustriesTab::fillRow(int row, const model::SectorActivity& activity,
                            const model::District& district) {
    const model::SectorCatalogue& sectors = context().plan->sectors();
    const geo::LabelLanguage language = context().language;
    const auto rank = std::find(district.leadingIndustries.begin(),
                                district.leadingIndustries.end(), activity.sector);
    const bool leading = rank != district.leadingIndustries.end();

    QTableWidgetItem* name = m_table->item(row, SectorColumn);
    const QString sectorText = inspector::sectorName(sectors, activity.sector, language);
    name->setText(leading ? QStringLiteral("★%1 %2")
                                .arg(rank - district.leadingIndustries.begin() + 1)
                                .arg(sectorText)
                          : sectorText);
    name->setToolTip(
        inspector::sectorTooltip(sectors, activity.sector) +
        (leading
             ? tr("\nLeading industry no. %1").arg(rank - district.leadingIndustries.begin() + 1)
             : QString()));
    QFont nameFont = name->font();
    nameFont.setBold(leading);
    name->setFont(nameFont);

    // Each number in italics when it is illustrative, and its provenance in its tooltip.
    const auto setNumber = [&](int column, const QVariant& value, model::ValueField field) {
        QTableWidgetItem* item = m_table->item(row, column);
        item->setData(Qt::EditRole, value);
        const model::Provenance& provenance = district.provenance.of({field, activity.sector});
        QFont font = item->font();
        font.setItalic(provenance.isIllustrative());
        item->setFont(font);
        item->setData(kIllustrativeRole, provenance.isIllustrative());
        const QString origin = inspector::provenanceTooltip(provenance);
        item->setToolTip(provenance.isIllustrative() ? origin + QStringLiteral("\n\n") +
                                                           inspector::illustrativeExplanation()
                                                     : origin);
    };
    using model::ValueField;
    setNumber(Output, activity.outputValue, ValueField::SectorOutput);
    setNumber(Employment, activity.employment, ValueField::SectorEmployment);
    setNumber(Enterprises, activity.enterprises, ValueField::SectorEnterprises);
    setNumber(Smes, activity.smallAndMediumEnterprises, ValueField::SectorSmes);
    setNumber(HighTechOutput, activity.highTechOutput, ValueField::SectorHighTechOutput);

    const analysis::DistrictIndicators* indicators = context().indicators();
    const auto sector = static_cast<std::size_t>(activity.sector);
    const double quotient = indicators && sector < indicators->locationQuotients.size()
                                ? indicators->locationQuotients[sector]
                                : std::numeric_limits<double>::quiet_NaN();
    QTableWidgetItem* lq = m_table->item(row, Quotient);
    lq->setText(inspector::formatNumber(quotient));
    lq->setForeground(quotient >= 1.0 ? QColor(20, 110, 50) : palette().color(QPalette::Text));
}

void IndustriesTab::refreshAddableSectors(const model::District& district) {
    const model::SectorCatalogue& sectors = context().plan->sectors();
    const QVariant previous = m_addSector->currentData();
    const QSignalBlocker blocker(m_addSector);
    m_addSector->clear();
    for (model::SectorIndex sector = 0; sector < sectors.size(); ++sector) {
        if (district.activity(sector)) {
            continue;
        }
        m_addSector->addItem(
            QStringLiteral("%1 %2").arg(sectors.at(sector).code,
                                        inspector::sectorName(sectors, sector, context().language)),
            sector);
        m_addSector->setItemData(m_addSector->count() - 1,
                                 inspector::sectorTooltip(sectors, sector), Qt::ToolTipRole);
    }
    if (const int index = m_addSector->findData(previous); index >= 0) {
        m_addSector->setCurrentIndex(index);
    }
}

void IndustriesTab::refreshLeading(const model::District& district) {
    const model::SectorCatalogue& sectors = context().plan->sectors();
    const model::SectorIndex selected =
        m_leading->currentItem() ? m_leading->currentItem()->data(kSectorRole).toInt() : -1;
    const QSignalBlocker blocker(m_leading);
    m_leading->clear();
    for (std::size_t i = 0; i < district.leadingIndustries.size(); ++i) {
        const model::SectorIndex sector = district.leadingIndustries[i];
        auto* item =
            new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(
                                    inspector::sectorName(sectors, sector, context().language)),
                                m_leading);
        item->setData(kSectorRole, sector);
        item->setToolTip(inspector::sectorTooltip(sectors, sector));
        if (sector == selected) {
            m_leading->setCurrentItem(item);
        }
    }
    if (district.leadingIndustries.empty()) {
        auto* item =
            new QListWidgetItem(tr("None designated: the largest sector stands in."), m_leading);
        item->setFlags(Qt::NoItemFlags);
    }
}

void IndustriesTab::updateActions() {
    const model::District* d = district();
    const model::SectorIndex sector = sectorAt(m_table->currentRow());
    m_addButton->setEnabled(d && m_addSector->count() > 0);
    m_removeButton->setEnabled(d && sector >= 0);
    // A sector already leading cannot be chosen twice; choosing a fourth is left to the plan to
    // refuse with its reason.
    m_makeLeadingButton->setEnabled(d && sector >= 0 && !isLeading(*d, sector));
    const QListWidgetItem* current = m_leading->currentItem();
    const bool leadingSelected = current && (current->flags() & Qt::ItemIsSelectable);
    m_raiseButton->setEnabled(leadingSelected && m_leading->row(current) > 0);
    m_dropButton->setEnabled(leadingSelected);
}

void IndustriesTab::sendCell(QTableWidgetItem* item) {
    const model::District* d = district();
    if (!d) {
        return;
    }
    const model::SectorIndex sector = item->data(kSectorRole).toInt();
    const model::SectorActivity* old = d->activity(sector);
    if (!old) {
        return;
    }
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    model::SectorActivity activity = *old;
    bool valid = true;
    const QVariant value = item->data(Qt::EditRole);
    switch (item->column()) {
    case Output:
        activity.outputValue = value.toDouble(&valid);
        break;
    case Employment:
        activity.employment = value.toDouble(&valid);
        break;
    case Enterprises:
        activity.enterprises = value.toInt(&valid);
        break;
    case Smes:
        activity.smallAndMediumEnterprises = value.toInt(&valid);
        break;
    case HighTechOutput:
        activity.highTechOutput = value.toDouble(&valid);
        break;
    default:
        return;
    }
    if (!valid) {
        report(Error{tr("\"%1\" is not a number.").arg(value.toString())});
        return;
    }
    if (activity == *old) {
        return;
    }
    report(commands::setSectorActivity(*context().stack, *context().plan, d->id, activity));
}

void IndustriesTab::addSector() {
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    if (m_addSector->currentIndex() < 0) {
        return;
    }
    model::SectorActivity activity;
    activity.sector = m_addSector->currentData().toInt();
    if (report(commands::setSectorActivity(*context().stack, *context().plan, district()->id,
                                           activity))) {
        if (const int row = rowOf(activity.sector); row >= 0) {
            m_table->setCurrentCell(row, Output);
        }
    }
}

void IndustriesTab::removeSector() {
    const model::SectorIndex sector = sectorAt(m_table->currentRow());
    if (sector < 0) {
        return;
    }
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    report(
        commands::removeSectorActivity(*context().stack, *context().plan, district()->id, sector));
}

void IndustriesTab::makeLeading() {
    const model::SectorIndex sector = sectorAt(m_table->currentRow());
    const model::District* d = district();
    if (sector < 0 || !d) {
        return;
    }
    std::vector<model::SectorIndex> leading = d->leadingIndustries;
    leading.push_back(sector);
    sendLeading(leading);
}

void IndustriesTab::raiseLeading() {
    const model::District* d = district();
    const int row = m_leading->currentRow();
    if (!d || row <= 0 || row >= static_cast<int>(d->leadingIndustries.size())) {
        return;
    }
    std::vector<model::SectorIndex> leading = d->leadingIndustries;
    std::swap(leading[static_cast<std::size_t>(row)], leading[static_cast<std::size_t>(row - 1)]);
    sendLeading(leading);
}

void IndustriesTab::dropLeading() {
    const model::District* d = district();
    const int row = m_leading->currentRow();
    if (!d || row < 0 || row >= static_cast<int>(d->leadingIndustries.size())) {
        return;
    }
    std::vector<model::SectorIndex> leading = d->leadingIndustries;
    leading.erase(leading.begin() + row);
    sendLeading(leading);
}

void IndustriesTab::sendLeading(const std::vector<model::SectorIndex>& sectors) {
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    report(
        commands::setLeadingIndustries(*context().stack, *context().plan, district()->id, sectors));
}

} // namespace agglomap::widgets
