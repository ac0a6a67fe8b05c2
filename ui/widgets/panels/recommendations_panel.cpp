#include "widgets/panels/recommendations_panel.h"

#include "widgets/models/display_names.h"
#include "widgets/models/recommendation_list_model.h"
#include "widgets/workspace_selection.h"

#include <QColor>
#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace agglomap::widgets {

using analysis::Priority;

namespace {

QString priorityColour(Priority priority) {
    switch (priority) {
    case Priority::High:
        return QStringLiteral("#c62828");
    case Priority::Medium:
        return QStringLiteral("#ef8f00");
    case Priority::Low:
        return QStringLiteral("#757575");
    }
    return {};
}

} // namespace

RecommendationsPanel::RecommendationsPanel(WorkspaceSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new RecommendationListModel(this))
    , m_heading(new QLabel(this))
    , m_list(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("recommendationsPanel"));
    m_heading->setObjectName(QStringLiteral("recommendationsHeading"));
    m_list->setObjectName(QStringLiteral("recommendationsList"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setOpenLinks(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);

    // The model follows the analysis; everything it reports redraws the panel from it.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { render(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { render(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { render(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { render(); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { render(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { render(); });
    connect(m_selection, &WorkspaceSelection::districtSelected, this,
            [this](std::optional<model::DistrictId> id) {
                m_model->setDistrict(id);
                render();
            });
    m_model->setDistrict(m_selection->district());
    render();
}

void RecommendationsPanel::setPlan(const model::Plan* plan,
                                   const analysis::PlanAnalysis* analysis) {
    if (m_plan) {
        disconnect(m_plan, nullptr, this, nullptr);
    }
    if (m_analysis) {
        disconnect(m_analysis, nullptr, this, nullptr);
    }
    m_plan = plan;
    m_analysis = plan ? analysis : nullptr;
    m_model->setPlan(plan, m_analysis);
    if (m_analysis) {
        // Stage and mode in the heading change with the district's indicators.
        connect(m_analysis, &analysis::PlanAnalysis::analysisChanged, this,
                [this](const QList<model::DistrictId>& ids) {
                    if (m_selection->district() && ids.contains(*m_selection->district())) {
                        render();
                    }
                });
    }
    if (m_plan) {
        connect(m_plan, &model::Plan::districtRemoved, this, [this] { render(); });
    }
    render();
}

void RecommendationsPanel::setLanguage(geo::LabelLanguage language) {
    m_language = language;
    m_model->setLanguage(language);
    render();
}

QString RecommendationsPanel::text() const {
    return m_heading->text().isEmpty()
               ? m_list->toPlainText()
               : QTextDocumentFragment::fromHtml(m_heading->text()).toPlainText() +
                     QLatin1Char('\n') + m_list->toPlainText();
}

void RecommendationsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void RecommendationsPanel::render() {
    const auto id = m_selection->district();
    const model::District* district = m_plan && id ? m_plan->district(*id) : nullptr;
    if (!district) {
        m_heading->clear();
        m_heading->hide();
        m_list->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                            .arg(tr("Select a district on the map or in a list to see what the "
                                    "papers recommend for it.")
                                     .toHtmlEscaped()));
        return;
    }
    QString heading =
        QStringLiteral("<b>%1</b>").arg(districtName(*district, m_language).toHtmlEscaped());
    if (const analysis::DistrictIndicators* indicators =
            m_analysis ? m_analysis->indicators(district->id) : nullptr) {
        heading += QStringLiteral("<br>") + tr("Cluster stage: %1 · Innovation mode: %2")
                                                .arg(clusterStageName(indicators->stage),
                                                     innovationModeName(indicators->mode))
                                                .toHtmlEscaped();
    }
    m_heading->setText(heading);
    m_heading->show();
    m_list->setHtml(listHtml());
}

QString RecommendationsPanel::listHtml() const {
    if (m_model->rowCount() == 0) {
        return QStringLiteral("<p>%1</p>")
            .arg(tr("No recommendations: the district meets every rule's threshold.")
                     .toHtmlEscaped());
    }
    using Column = RecommendationListModel::Column;
    const auto cell = [this](int row, Column column) {
        return m_model->index(row, static_cast<int>(column)).data().toString().toHtmlEscaped();
    };
    QString html;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const analysis::Recommendation* r = m_model->recommendation(row);
        html += QStringLiteral("<p><span style=\"color:%1\">●</span> <small>%2</small><br>"
                               "<b>%3</b><br>%4")
                    .arg(priorityColour(r->priority), cell(row, Column::Priority),
                         cell(row, Column::Measure), cell(row, Column::Reason));
        if (const QString sectors = cell(row, Column::Sectors); !sectors.isEmpty()) {
            html += QStringLiteral("<br>") + tr("Sectors: %1").arg(sectors);
        }
        html += QStringLiteral("<br><small style=\"color:gray\">%1</small></p>")
                    .arg(tr("Source: %1").arg(cell(row, Column::Source)));
    }
    return html;
}

} // namespace agglomap::widgets
