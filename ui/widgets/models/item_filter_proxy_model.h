#pragma once

#include "analysis/district_indicators.h"
#include "geo/region.h"
#include "model/district.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace agglomap::widgets {

// Search and filters over the workspace's table models, and a numeric sort that keeps
// undefined values (NaN) at the bottom in either order. Reads the source's roles: text search
// matches SearchTextRole (both languages' names) case-insensitively, the city filter
// HostCityRole, the type filter DistrictTypeRole, the stage filter ClusterStageRole; a row
// without the role a filter needs does not pass that filter.
class ItemFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY(ItemFilterProxyModel)

public:
    explicit ItemFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    [[nodiscard]] const QString& searchText() const { return m_searchText; }
    void setCity(std::optional<geo::RegionCode> city);
    [[nodiscard]] std::optional<geo::RegionCode> city() const { return m_city; }
    void setDistrictType(std::optional<model::DistrictType> type);
    [[nodiscard]] std::optional<model::DistrictType> districtType() const { return m_type; }
    void setStage(std::optional<analysis::ClusterStage> stage);
    [[nodiscard]] std::optional<analysis::ClusterStage> stage() const { return m_stage; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    std::optional<geo::RegionCode> m_city;
    std::optional<model::DistrictType> m_type;
    std::optional<analysis::ClusterStage> m_stage;
};

} // namespace agglomap::widgets
