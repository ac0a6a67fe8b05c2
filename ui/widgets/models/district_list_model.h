#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"
#include "widgets/models/cached_table_model.h"

#include <QPointer>

namespace agglomap::widgets {

// One row per district of the plan, ordered by id: what a planner scans a list for. Rows follow
// the plan's edits (insert, remove, precise dataChanged) and the analysis (cluster stage).
// Roles: DistrictIdRole (Qt::UserRole), HostCityRole, HostCountyRole, DistrictTypeRole,
// ClusterStageRole, SearchTextRole (both names), IllustrativeRole per cell.
class DistrictListModel : public CachedTableModel {
    Q_OBJECT
    Q_DISABLE_COPY(DistrictListModel)

public:
    enum class Column {
        Name,
        City,
        County,
        Type,
        ZoneLevel,
        LeadingIndustry,
        BusinessIncome,
        ClusterStage,
    };
    static constexpr int kColumnCount = 8;

    explicit DistrictListModel(QObject* parent = nullptr);

    // Either may be nullptr: no plan gives an empty model, no analysis empty stage cells.
    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis);
    void setLanguage(geo::LabelLanguage language);
    [[nodiscard]] geo::LabelLanguage language() const { return m_language; }
    [[nodiscard]] const model::Plan* plan() const { return m_plan; }

    // The first cell of the district's row; invalid when it has none.
    [[nodiscard]] QModelIndex indexOf(model::DistrictId id) const;

    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] TableRow buildRow(int key) const override;

private:
    void refreshIds(const QList<model::DistrictId>& ids);

    QPointer<const model::Plan> m_plan;
    QPointer<const analysis::PlanAnalysis> m_analysis;
    geo::LabelLanguage m_language = geo::LabelLanguage::Chinese;
};

} // namespace agglomap::widgets
