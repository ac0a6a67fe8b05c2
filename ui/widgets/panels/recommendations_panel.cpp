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

#include <cmath>

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
    connect(m_selection, &WorkspaceSelection::regionSelected, this,
            [this](std::optional<geo::RegionCode> code) {
                m_model->setRegion(code);
                render();
            });
    m_model->setDistrict(m_selection->district());
    m_model->setRegion(m_selection->region());
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
                    if ((m_selection->district() && ids.contains(*m_selection->district())) ||
                        m_model->showsRegion()) {
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
    const auto region = m_selection->region();
    if (district) {
        m_heading->setText(districtHeading(*district));
    } else if (m_plan && m_analysis && region && m_analysis->summary(*region)) {
        m_heading->setText(regionHeading(*region));
    } else {
        m_heading->clear();
        m_heading->hide();
        m_list->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                            .arg(tr("Select a district to see what the papers recommend for it, "
                                    "or the province or a city to see which districts need each "
                                    "measure most.")
                                     .toHtmlEscaped()));
        return;
    }
    m_heading->show();
    m_list->setHtml(listHtml());
}

QString RecommendationsPanel::districtHeading(const model::District& district) const {
    QString heading =
        QStringLiteral("<b>%1</b>").arg(districtName(district, m_language).toHtmlEscaped());
    if (const analysis::DistrictIndicators* indicators =
            m_analysis ? m_analysis->indicators(district.id) : nullptr) {
        // The context reads as the rest of the heading: in the interface's language.
        const bool chinese = interfaceIsChinese();
        heading += QStringLiteral("<br>") + tr("Cluster stage: %1 · Innovation mode: %2")
                                                .arg(clusterStageName(indicators->stage),
                                                     innovationModeName(indicators->mode))
                                                .toHtmlEscaped();
        // What stage and mode mean for the government: context for the measures below.
        heading += QStringLiteral("<br><small style=\"color:gray\">%1<br>%2</small>")
                       .arg(tr("Context: %1")
                                .arg(analysis::stageRole(indicators->stage, chinese))
                                .toHtmlEscaped(),
                            tr("Context: %1")
                                .arg(analysis::innovationModeNote(indicators->mode, chinese))
                                .toHtmlEscaped());
    }
    return heading;
}

QString RecommendationsPanel::regionHeading(geo::RegionCode region) const {
    QString heading =
        QStringLiteral("<b>%1</b>").arg(regionName(*m_plan, region, m_language).toHtmlEscaped());
    heading += QStringLiteral("<br>") +
               tr("Each measure with the districts that need it most, ranked among the "
                  "province's districts")
                   .toHtmlEscaped();
    const analysis::RegionSummary* summary = m_analysis->summary(region);
    if (summary && !std::isnan(summary->rdShareOfGdp)) {
        const auto& benchmarks = m_analysis->context().thresholds.rdBenchmarks;
        const auto percent = [](double fraction, int decimals) {
            return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', decimals);
        };
        QString text = tr("R&D %1 of GDP, against the benchmarks of %2 / %3 / %4 (Ningxia "
                          "paper §4.2.5)")
                           .arg(percent(summary->rdShareOfGdp, 2), percent(benchmarks[0], 0),
                                percent(benchmarks[1], 1), percent(benchmarks[2], 0));
        if (summary->referenceIllustrative) {
            text += QLatin1Char(' ') + tr("[illustrative reference figures]");
        }
        heading += QStringLiteral("<br>") + text.toHtmlEscaped();
    }
    return heading;
}

QString RecommendationsPanel::listHtml() const {
    if (m_model->rowCount() == 0) {
        return QStringLiteral("<p>%1</p>")
            .arg((m_model->showsRegion()
                      ? tr("No recommendations: every district here meets every rule's threshold.")
                      : tr("No recommendations: the district meets every rule's threshold."))
                     .toHtmlEscaped());
    }
    using Column = RecommendationListModel::Column;
    const auto cell = [this](int row, Column column) {
        return m_model->index(row, static_cast<int>(column)).data().toString().toHtmlEscaped();
    };
    QString html;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const analysis::Recommendation* r = m_model->recommendation(row);
        QString priority = cell(row, Column::Priority);
        if (!m_model->showsRegion() && !std::isnan(r->percentile)) {
            // The priority is the district's standing among its peers: say so.
            priority += QStringLiteral(" · ") +
                        tr("needs it more than %1% of peer districts")
                            .arg(static_cast<int>(std::lround(r->percentile * 100.0)))
                            .toHtmlEscaped();
        }
        html += QStringLiteral("<p><span style=\"color:%1\">●</span> <small>%2</small><br>"
                               "<b>%3</b><br>%4")
                    .arg(priorityColour(r->priority), priority, cell(row, Column::Measure),
                         cell(row, Column::Reason));
        if (const QString sectors = cell(row, Column::Sectors); !sectors.isEmpty()) {
            html += QStringLiteral("<br>") + tr("Sectors: %1").arg(sectors);
        }
        if (const QString source = cell(row, Column::Source); !source.isEmpty()) {
            html += QStringLiteral("<br><small style=\"color:gray\">%1</small>")
                        .arg(tr("Source: %1").arg(source));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace agglomap::widgets
