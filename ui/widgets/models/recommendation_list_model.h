#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace agglomap::widgets {

// The recommendations for one district, most severe first: priority (from the district's
// percentile among its peers), measure, reason, the paper's section it comes from, and the
// sectors it names, in the label language. Without a district but with a region (the province
// or a city), one row per measure that fires there: how many districts need it and those that
// need it most. Follows the analysis: a rule that starts or stops firing inserts or removes its
// row, a rule whose text changed emits dataChanged for its row. Roles: PriorityRole, RuleIdRole.
class RecommendationListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY(RecommendationListModel)

public:
    enum class Column { Priority, Measure, Reason, Source, Sectors };
    static constexpr int kColumnCount = 5;

    explicit RecommendationListModel(QObject* parent = nullptr);

    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis);
    void setLanguage(geo::LabelLanguage language);
    [[nodiscard]] geo::LabelLanguage language() const { return m_language; }
    void setDistrict(std::optional<model::DistrictId> id);
    [[nodiscard]] std::optional<model::DistrictId> district() const { return m_district; }
    // Shown when no district is set.
    void setRegion(std::optional<geo::RegionCode> code);
    [[nodiscard]] std::optional<geo::RegionCode> region() const { return m_region; }
    // Whether the rows are the region's measures rather than a district's.
    [[nodiscard]] bool showsRegion() const { return !m_district && m_region.has_value(); }

    // The recommendation of a row; nullptr out of range.
    [[nodiscard]] const analysis::Recommendation* recommendation(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] std::vector<analysis::Recommendation> current() const;
    [[nodiscard]] std::vector<analysis::Recommendation> regionRows() const;
    // Brings the rows to the current recommendations with inserts, removes, moves and
    // dataChanged, never a reset: selections and scroll positions survive an edit.
    void update();
    [[nodiscard]] QString text(const analysis::Recommendation& r, Column column) const;

    QPointer<const model::Plan> m_plan;
    QPointer<const analysis::PlanAnalysis> m_analysis;
    std::optional<model::DistrictId> m_district;
    std::optional<geo::RegionCode> m_region;
    geo::LabelLanguage m_language = geo::LabelLanguage::Chinese;
    std::vector<analysis::Recommendation> m_rows;
};

} // namespace agglomap::widgets
