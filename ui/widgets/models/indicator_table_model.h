#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"
#include "widgets/models/cached_table_model.h"

#include <QPointer>

namespace agglomap::widgets {

enum class IndicatorLevel { Districts, Counties, Cities };

// The indicators of every district, or the summaries of every county or city, one row each.
// Cells show formatted values ("45.2%", "—" for undefined) and give the raw double under
// Qt::EditRole and SortRole so a sort is numeric; values resting on illustrative fields are
// marked (IllustrativeRole, italic font, tool tip). District rows answer DistrictIdRole,
// HostCityRole and HostCountyRole; region rows RegionCodeRole and HostCityRole.
class IndicatorTableModel : public CachedTableModel {
    Q_OBJECT
    Q_DISABLE_COPY(IndicatorTableModel)

public:
    explicit IndicatorTableModel(QObject* parent = nullptr);

    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis);
    void setLanguage(geo::LabelLanguage language);
    // A level has its own columns: the model resets.
    void setLevel(IndicatorLevel level);
    [[nodiscard]] IndicatorLevel level() const { return m_level; }
    [[nodiscard]] geo::LabelLanguage language() const { return m_language; }
    [[nodiscard]] const model::Plan* plan() const { return m_plan; }

    // The first cell of the district's row (district level) or the region's row (its level);
    // invalid otherwise.
    [[nodiscard]] QModelIndex indexOfDistrict(model::DistrictId id) const;
    [[nodiscard]] QModelIndex indexOfRegion(geo::RegionCode code) const;

    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] TableRow buildRow(int key) const override;

private:
    void onAnalysisChanged(const QList<model::DistrictId>& ids);
    [[nodiscard]] std::vector<int> rowKeys() const;
    [[nodiscard]] TableRow districtRow(int key) const;
    [[nodiscard]] TableRow regionRow(int key) const;

    QPointer<const model::Plan> m_plan;
    QPointer<const analysis::PlanAnalysis> m_analysis;
    geo::LabelLanguage m_language = geo::LabelLanguage::Chinese;
    IndicatorLevel m_level = IndicatorLevel::Districts;
};

} // namespace agglomap::widgets
