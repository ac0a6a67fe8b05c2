#include "widgets/panels/indicator_table_panel.h"

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

namespace agglomap::widgets {

IndicatorTablePanel::IndicatorTablePanel(WorkspaceSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new IndicatorTableModel(this))
    , m_proxy(new ItemFilterProxyModel(this))
    , m_guard(new ModelChangeGuard(m_proxy, this))
    , m_levelBox(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_legend(new QLabel(this)) {
    setObjectName(QStringLiteral("indicatorTablePanel"));
    m_levelBox->setObjectName(QStringLiteral("indicatorLevel"));
    m_filter->setObjectName(QStringLiteral("indicatorFilter"));
    m_view->setObjectName(QStringLiteral("indicatorTableView"));
    m_legend->setObjectName(QStringLiteral("indicatorLegend"));

    m_proxy->setSourceModel(m_model);
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QFont italic = m_legend->font();
    italic.setItalic(true);
    m_legend->setFont(italic);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_levelBox);
    controls->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    retranslate();

    connect(m_levelBox, &QComboBox::currentIndexChanged, this,
            [this] { setLevel(static_cast<IndicatorLevel>(m_levelBox->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        showSelection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_view, &QTableView::doubleClicked, m_selection, &WorkspaceSelection::requestZoom);
    connect(m_selection, &WorkspaceSelection::districtSelected, this, [this] { showSelection(); });
    connect(m_selection, &WorkspaceSelection::regionSelected, this, [this] { showSelection(); });
}

void IndicatorTablePanel::setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis) {
    m_model->setPlan(plan, analysis);
    m_view->resizeColumnsToContents();
    showSelection();
}

void IndicatorTablePanel::setLanguage(geo::LabelLanguage language) {
    m_model->setLanguage(language);
}

void IndicatorTablePanel::setLevel(IndicatorLevel level) {
    if (level == m_model->level()) {
        return;
    }
    m_model->setLevel(level);
    {
        const QSignalBlocker blocker(m_levelBox);
        m_levelBox->setCurrentIndex(m_levelBox->findData(static_cast<int>(level)));
    }
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    showSelection();
}

IndicatorLevel IndicatorTablePanel::level() const {
    return m_model->level();
}

void IndicatorTablePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IndicatorTablePanel::retranslate() {
    {
        const QSignalBlocker blocker(m_levelBox);
        m_levelBox->clear();
        m_levelBox->addItem(tr("Districts"), static_cast<int>(IndicatorLevel::Districts));
        m_levelBox->addItem(tr("Counties"), static_cast<int>(IndicatorLevel::Counties));
        m_levelBox->addItem(tr("Cities"), static_cast<int>(IndicatorLevel::Cities));
        m_levelBox->setCurrentIndex(m_levelBox->findData(static_cast<int>(m_model->level())));
    }
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_legend->setText(tr("Italic: illustrative values"));
}

void IndicatorTablePanel::onCurrentChanged(const QModelIndex& current) {
    if (m_following || m_guard->changing() || !current.isValid()) {
        return;
    }
    if (m_model->level() == IndicatorLevel::Districts) {
        m_selection->setDistrict(model::DistrictId{current.data(DistrictIdRole).toInt()});
        m_selection->setRegion(current.data(HostCountyRole).toInt());
    } else {
        m_selection->setRegion(current.data(RegionCodeRole).toInt());
    }
}

void IndicatorTablePanel::showSelection() {
    QModelIndex source;
    if (m_model->level() == IndicatorLevel::Districts) {
        if (const auto id = m_selection->district()) {
            source = m_model->indexOfDistrict(*id);
        }
    } else if (const auto code = m_selection->region()) {
        source = m_model->indexOfRegion(*code);
        const geo::Region* region =
            m_model->plan() ? m_model->plan()->regions().find(*code) : nullptr;
        if (!source.isValid() && region && region->level == geo::RegionLevel::County) {
            // A county is selected and the table shows cities: show the county's city.
            source = m_model->indexOfRegion(region->parentCode);
        }
    }
    select(source);
}

void IndicatorTablePanel::select(const QModelIndex& sourceIndex) {
    const QModelIndex row = m_proxy->mapFromSource(sourceIndex);
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
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_following = false;
}

} // namespace agglomap::widgets
