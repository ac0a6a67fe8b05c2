#include "widgets/inspector/district_inspector.h"

#include "widgets/inspector/industries_tab.h"
#include "widgets/inspector/infrastructure_tab.h"
#include "widgets/inspector/innovation_finance_tab.h"
#include "widgets/inspector/inspector_format.h"
#include "widgets/inspector/linkages_tab.h"
#include "widgets/inspector/overview_tab.h"
#include "widgets/models/display_names.h"

#include <QFont>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace agglomap::widgets {

DistrictInspector::DistrictInspector(QWidget* parent)
    : QWidget(parent) {
    m_pages = new QStackedWidget(this);

    m_emptyLabel = new QLabel(tr("No district selected"), m_pages);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_emptyLabel);

    auto* districtPage = new QWidget(m_pages);
    auto* districtLayout = new QVBoxLayout(districtPage);
    districtLayout->setContentsMargins(0, 0, 0, 0);
    // Names run long ("... Industrial Agglomeration District"): they may be cut at the panel's
    // edge rather than widen it; the tooltip has them whole.
    m_title = new QLabel(districtPage);
    m_title->setObjectName(QStringLiteral("districtTitle"));
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(districtPage);
    m_subtitle->setObjectName(QStringLiteral("districtSubtitle"));
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    districtLayout->addWidget(m_title);
    districtLayout->addWidget(m_subtitle);

    m_tabs = new QTabWidget(districtPage);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setUsesScrollButtons(true);
    const auto addTab = [this](InspectorTab* tab, const QString& objectName, const QString& title,
                               const QString& tooltip) {
        tab->setObjectName(objectName);
        const int index = m_tabs->addTab(tab, title);
        m_tabs->setTabToolTip(index, tooltip);
        m_tabPages.push_back(tab);
        connect(tab, &InspectorTab::editRefused, this, &DistrictInspector::showStatus);
        connect(tab, &InspectorTab::editAccepted, this, [this] { showStatus({}); });
    };
    addTab(new OverviewTab(m_context, m_tabs), QStringLiteral("overviewTab"), tr("Overview"),
           tr("Names, profile and key indicators"));
    addTab(new IndustriesTab(m_context, m_tabs), QStringLiteral("industriesTab"), tr("Industries"),
           tr("Sector activities and leading industries"));
    addTab(new InfrastructureTab(m_context, m_tabs), QStringLiteral("infrastructureTab"),
           tr("Infrastructure"), tr("Infrastructure and services: provision against requirement"));
    addTab(new InnovationFinanceTab(m_context, m_tabs), QStringLiteral("innovationFinanceTab"),
           tr("Innovation && finance"), tr("R&D, patents, investment and income"));
    addTab(new LinkagesTab(m_context, m_tabs), QStringLiteral("linkagesTab"), tr("Linkages"),
           tr("Links between sectors and with other districts"));
    districtLayout->addWidget(m_tabs, 1);

    m_status = new QLabel(districtPage);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, QColor(190, 20, 20));
    m_status->setPalette(statusPalette);
    m_status->hide();
    districtLayout->addWidget(m_status);
    m_pages->addWidget(districtPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages);
    refresh();
}

DistrictInspector::~DistrictInspector() {
    // The tabs hold a reference to m_context: they go first, with nothing left to call them.
    for (const QMetaObject::Connection& connection : m_connections) {
        disconnect(connection);
    }
    delete m_pages;
}

void DistrictInspector::setContext(model::Plan* plan, analysis::PlanAnalysis* analysis,
                                   QUndoStack* stack) {
    m_context.plan = plan;
    m_context.analysis = analysis;
    m_context.stack = stack;
    if (m_context.districtId && !m_context.district()) {
        m_context.districtId.reset();
    }
    connectContext();
    showStatus({});
    refresh();
}

void DistrictInspector::connectContext() {
    for (const QMetaObject::Connection& connection : m_connections) {
        disconnect(connection);
    }
    m_connections.clear();
    const auto concernsShown = [this](const QList<model::DistrictId>& ids) {
        return m_context.districtId && ids.contains(*m_context.districtId);
    };
    if (model::Plan* plan = m_context.plan) {
        m_connections.push_back(connect(
            plan, &model::Plan::districtsChanged, this,
            [this, concernsShown](const QList<model::DistrictId>& ids, model::DistrictField field) {
                // Other districts' names appear in the linkages tab.
                if (concernsShown(ids) || field == model::DistrictField::Name) {
                    refresh();
                }
            }));
        m_connections.push_back(
            connect(plan, &model::Plan::districtRemoved, this, [this](model::DistrictId id) {
                if (m_context.districtId == id) {
                    setDistrict(std::nullopt);
                } else {
                    refresh();
                }
            }));
        m_connections.push_back(
            connect(plan, &model::Plan::districtAdded, this, [this] { refresh(); }));
        m_connections.push_back(
            connect(plan, &model::Plan::districtLinksChanged, this, [this] { refresh(); }));
    }
    if (analysis::PlanAnalysis* analysis = m_context.analysis) {
        m_connections.push_back(connect(analysis, &analysis::PlanAnalysis::analysisChanged, this,
                                        [this, concernsShown](const QList<model::DistrictId>& ids) {
                                            if (concernsShown(ids)) {
                                                refresh();
                                            }
                                        }));
    }
}

void DistrictInspector::setDistrict(std::optional<model::DistrictId> id) {
    if (id && !(m_context.plan && m_context.plan->district(*id))) {
        id.reset();
    }
    const bool changed = id != m_context.districtId;
    m_context.districtId = id;
    if (changed) {
        showStatus({});
    }
    refresh();
    if (changed) {
        emit districtChanged(id);
    }
}

void DistrictInspector::setLanguage(geo::LabelLanguage language) {
    if (language == m_context.language) {
        return;
    }
    m_context.language = language;
    refresh();
}

void DistrictInspector::setAreaUnit(AreaUnit unit) {
    if (unit == m_context.areaUnit) {
        return;
    }
    m_context.areaUnit = unit;
    refresh();
}

std::optional<model::DistrictId> DistrictInspector::districtId() const {
    return m_context.districtId;
}

bool DistrictInspector::showsDistrict() const {
    return m_pages->currentIndex() == 1;
}

QString DistrictInspector::statusText() const {
    return m_status->isHidden() ? QString() : m_status->text();
}

void DistrictInspector::showTab(Tab tab) {
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

SectorNetworkView* DistrictInspector::networkView() const {
    for (InspectorTab* tab : m_tabPages) {
        if (auto* linkages = qobject_cast<LinkagesTab*>(tab)) {
            return linkages->networkView();
        }
    }
    return nullptr;
}

void DistrictInspector::refresh() {
    const model::District* district = m_context.district();
    if (!district) {
        m_emptyLabel->setText(m_context.plan ? tr("No district selected")
                                             : tr("No district selected: no plan is open"));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    refreshHeader();
    for (InspectorTab* tab : m_tabPages) {
        tab->refresh();
    }
}

void DistrictInspector::refreshHeader() {
    const model::District* district = m_context.district();
    const bool chineseFirst = m_context.language == geo::LabelLanguage::Chinese;
    const QString first = chineseFirst ? district->nameZh : district->nameEn;
    const QString second = chineseFirst ? district->nameEn : district->nameZh;
    m_title->setText(first);
    m_subtitle->setText(district->placeholderName ? tr("%1 (placeholder name)").arg(second)
                                                  : second);
    const QString both = QStringLiteral("%1\n%2").arg(district->nameZh, district->nameEn);
    m_title->setToolTip(both);
    m_subtitle->setToolTip(both);
}

void DistrictInspector::showStatus(const QString& message) {
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

} // namespace agglomap::widgets
