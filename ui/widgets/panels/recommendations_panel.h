#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace agglomap::widgets {

class RecommendationListModel;
class WorkspaceSelection;

// What the papers recommend for the selected district: its name, cluster stage and innovation
// mode with what they mean for the government (context, not measures), then each measure with
// its priority among the district's peers, reason and source section, most severe first. With
// the province or a city selected and no district: each measure with the districts there that
// need it most, and the region's R&D against the 1 / 1.5 / 2% of GDP benchmarks. Follows the
// workspace's selection and the analysis, so an edit that starts or stops a rule shows at once;
// says what to do when nothing is selected.
class RecommendationsPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(RecommendationsPanel)

public:
    explicit RecommendationsPanel(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis);
    void setLanguage(geo::LabelLanguage language);

    // The text shown (heading and list), as plain text.
    [[nodiscard]] QString text() const;
    [[nodiscard]] RecommendationListModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    [[nodiscard]] QString listHtml() const;
    [[nodiscard]] QString districtHeading(const model::District& district) const;
    [[nodiscard]] QString regionHeading(geo::RegionCode region) const;

    WorkspaceSelection* m_selection;
    QPointer<const model::Plan> m_plan;
    QPointer<const analysis::PlanAnalysis> m_analysis;
    geo::LabelLanguage m_language = geo::LabelLanguage::Chinese;
    RecommendationListModel* m_model;
    QLabel* m_heading;
    QTextBrowser* m_list;
};

} // namespace agglomap::widgets
