#include "widgets/models/item_filter_proxy_model.h"

#include "widgets/models/item_roles.h"

#include <cmath>

namespace agglomap::widgets {

ItemFilterProxyModel::ItemFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows edited while sorted or filtered move or disappear as their values change.
    setDynamicSortFilter(true);
}

void ItemFilterProxyModel::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed != m_searchText) {
        m_searchText = trimmed;
        invalidateFilter();
    }
}

void ItemFilterProxyModel::setCity(std::optional<geo::RegionCode> city) {
    if (city != m_city) {
        m_city = city;
        invalidateFilter();
    }
}

void ItemFilterProxyModel::setDistrictType(std::optional<model::DistrictType> type) {
    if (type != m_type) {
        m_type = type;
        invalidateFilter();
    }
}

void ItemFilterProxyModel::setStage(std::optional<analysis::ClusterStage> stage) {
    if (stage != m_stage) {
        m_stage = stage;
        invalidateFilter();
    }
}

bool ItemFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&index](int role, int wanted) {
        const QVariant value = index.data(role);
        return value.isValid() && value.toInt() == wanted;
    };
    if (m_city && !matches(HostCityRole, *m_city)) {
        return false;
    }
    if (m_type && !matches(DistrictTypeRole, static_cast<int>(*m_type))) {
        return false;
    }
    if (m_stage && !matches(ClusterStageRole, static_cast<int>(*m_stage))) {
        return false;
    }
    return m_searchText.isEmpty() ||
           index.data(SearchTextRole).toString().contains(m_searchText, Qt::CaseInsensitive);
}

bool ItemFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (std::isnan(x) || std::isnan(y)) {
            // Undefined values go last whichever way the column is sorted; the view reverses
            // the comparison for a descending sort, so answer the reverse then.
            const bool xLast = std::isnan(x) && !std::isnan(y);
            const bool yLast = std::isnan(y) && !std::isnan(x);
            return sortOrder() == Qt::AscendingOrder ? yLast : xLast;
        }
        return x < y;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace agglomap::widgets
