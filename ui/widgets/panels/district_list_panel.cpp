#include "widgets/panels/district_list_panel.h"

#include "widgets/models/display_names.h"
#include "widgets/models/district_list_model.h"
#include "widgets/models/item_filter_proxy_model.h"
#include "widgets/models/item_roles.h"
#include "widgets/panels/model_change_guard.h"
#include "widgets/workspace_selection.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace agglomap::widgets {

namespace {

// Puts back the entry with the data the box showed before it was refilled.
void restoreChoice(QComboBox* box, const QVariant& data) {
    const int index = data.isValid() ? box->findData(data) : 0;
    box->setCurrentIndex(std::max(0, index));
}

} // namespace

DistrictListPanel::DistrictListPanel(WorkspaceSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new DistrictListModel(this))
    , m_proxy(new ItemFilterProxyModel(this))
    , m_guard(new ModelChangeGuard(m_proxy, this))
    , m_search(new QLineEdit(this))
    , m_cityBox(new QComboBox(this))
    , m_typeBox(new QComboBox(this))
    , m_stageBox(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("districtListPanel"));
    m_search->setObjectName(QStringLiteral("districtSearch"));
    m_cityBox->setObjectName(QStringLiteral("districtCityFilter"));
    m_typeBox->setObjectName(QStringLiteral("districtTypeFilter"));
    m_stageBox->setObjectName(QStringLiteral("districtStageFilter"));
    m_view->setObjectName(QStringLiteral("districtListView"));
    m_countLabel->setObjectName(QStringLiteral("districtCount"));

    m_proxy->setSourceModel(m_model);
    m_search->setClearButtonEnabled(true);
    for (QComboBox* box : {m_cityBox, m_typeBox, m_stageBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }

    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Plan order (by id) until the planner clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_cityBox);
    filters->addWidget(m_typeBox);
    filters->addWidget(m_stageBox);
    filters->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilters(); });
    for (QComboBox* box : {m_cityBox, m_typeBox, m_stageBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    }
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateCount(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_view, &QTableView::doubleClicked, m_selection, &WorkspaceSelection::requestZoom);
    connect(m_selection, &WorkspaceSelection::districtSelected, this,
            [this](std::optional<model::DistrictId> id) { showDistrict(id); });

    retranslate();
    updateCount();
}

void DistrictListPanel::setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis) {
    m_model->setPlan(plan, analysis);
    fillCityFilter();
    m_view->resizeColumnsToContents();
    showDistrict(m_selection->district());
}

void DistrictListPanel::setLanguage(geo::LabelLanguage language) {
    m_model->setLanguage(language);
    fillCityFilter();
}

void DistrictListPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DistrictListPanel::retranslate() {
    m_search->setPlaceholderText(tr("Search districts by Chinese or English name"));
    fillCityFilter();
    fillTypeAndStageFilters();
    updateCount();
}

void DistrictListPanel::fillCityFilter() {
    const QVariant chosen = m_cityBox->currentData();
    const QSignalBlocker blocker(m_cityBox);
    m_cityBox->clear();
    m_cityBox->addItem(tr("All cities"));
    if (const model::Plan* plan = m_model->plan()) {
        auto cities = plan->regions().regionsAt(geo::RegionLevel::City);
        std::sort(cities.begin(), cities.end(),
                  [](const geo::Region* a, const geo::Region* b) { return a->code < b->code; });
        for (const geo::Region* city : cities) {
            m_cityBox->addItem(city->name(m_model->language()), city->code);
        }
    }
    restoreChoice(m_cityBox, chosen);
    // A city of another plan is gone: the filter must say so.
    applyFilters();
}

void DistrictListPanel::fillTypeAndStageFilters() {
    const QVariant type = m_typeBox->currentData();
    const QVariant stage = m_stageBox->currentData();
    {
        const QSignalBlocker blockType(m_typeBox);
        const QSignalBlocker blockStage(m_stageBox);
        m_typeBox->clear();
        m_typeBox->addItem(tr("All types"));
        for (model::DistrictType t : kDistrictTypes) {
            m_typeBox->addItem(districtTypeName(t), static_cast<int>(t));
        }
        m_stageBox->clear();
        m_stageBox->addItem(tr("All stages"));
        for (analysis::ClusterStage s : kClusterStages) {
            m_stageBox->addItem(clusterStageName(s), static_cast<int>(s));
        }
        restoreChoice(m_typeBox, type);
        restoreChoice(m_stageBox, stage);
    }
    applyFilters();
}

void DistrictListPanel::applyFilters() {
    const QVariant city = m_cityBox->currentData();
    const QVariant type = m_typeBox->currentData();
    const QVariant stage = m_stageBox->currentData();
    m_proxy->setSearchText(m_search->text());
    m_proxy->setCity(city.isValid() ? std::optional<geo::RegionCode>(city.toInt()) : std::nullopt);
    m_proxy->setDistrictType(type.isValid()
                                 ? std::optional(static_cast<model::DistrictType>(type.toInt()))
                                 : std::nullopt);
    m_proxy->setStage(stage.isValid()
                          ? std::optional(static_cast<analysis::ClusterStage>(stage.toInt()))
                          : std::nullopt);
    updateCount();
    // The selected district may have come back into view.
    showDistrict(m_selection->district());
}

void DistrictListPanel::updateCount() {
    m_countLabel->setText(
        tr("%1 of %2 districts").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void DistrictListPanel::onCurrentChanged(const QModelIndex& current) {
    if (m_following || m_guard->changing() || !current.isValid()) {
        return;
    }
    const model::DistrictId id{current.data(DistrictIdRole).toInt()};
    const geo::RegionCode county = current.data(HostCountyRole).toInt();
    m_selection->setDistrict(id);
    m_selection->setRegion(county);
}

void DistrictListPanel::showDistrict(std::optional<model::DistrictId> id) {
    const QModelIndex source = id ? m_model->indexOf(*id) : QModelIndex();
    const QModelIndex row = m_proxy->mapFromSource(source);
    if (row.isValid() && m_view->currentIndex().row() == row.row() &&
        m_view->selectionModel()->isRowSelected(row.row(), QModelIndex())) {
        return;
    }
    m_following = true;
    if (row.isValid()) {
        m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        m_view->scrollTo(row);
    } else {
        // Without a current row, clicking the row that was current selects it again.
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_following = false;
}

} // namespace agglomap::widgets
