#include "widgets/models/indicator_table_model.h"

#include "analysis/district_metric.h"
#include "widgets/models/display_names.h"
#include "widgets/models/item_roles.h"

#include <algorithm>
#include <limits>

namespace agglomap::widgets {

using analysis::DistrictIndicators;
using analysis::RegionSummary;
using model::District;
using model::DistrictField;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The district level shows every metric of the catalogue, then its classes; a region level the
// number of districts, then every metric at its default aggregation: the numbers of the map.
int metricColumnCount() {
    return static_cast<int>(analysis::districtMetrics().size());
}

int categoryColumnCount() {
    return static_cast<int>(analysis::districtCategories().size());
}

// Name and city come before the indicators: counties and districts show their city, cities
// only their name.
int leadingColumns(IndicatorLevel level) {
    return level == IndicatorLevel::Cities ? 1 : 2;
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject* parent)
    : CachedTableModel(parent) {}

void IndicatorTableModel::setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis) {
    if (m_plan) {
        disconnect(m_plan, nullptr, this, nullptr);
    }
    if (m_analysis) {
        disconnect(m_analysis, nullptr, this, nullptr);
    }
    beginResetModel();
    m_plan = plan;
    m_analysis = plan ? analysis : nullptr;
    if (m_plan) {
        connect(m_plan, &model::Plan::districtsChanged, this,
                [this](const QList<model::DistrictId>& ids) {
                    if (m_level == IndicatorLevel::Districts) {
                        QList<int> keys;
                        for (model::DistrictId id : ids) {
                            keys << id.value;
                        }
                        refreshRows(keys);
                    }
                });
        connect(m_plan, &model::Plan::districtAdded, this, [this](model::DistrictId id) {
            if (m_level == IndicatorLevel::Districts) {
                insertKey(id.value);
            } else {
                refreshAllRows();
            }
        });
        connect(m_plan, &model::Plan::districtRemoved, this, [this](model::DistrictId id) {
            if (m_level == IndicatorLevel::Districts) {
                removeKey(id.value);
            } else {
                refreshAllRows();
            }
        });
        connect(m_plan, &QObject::destroyed, this, [this] { setPlan(nullptr, nullptr); });
    }
    if (m_analysis) {
        connect(m_analysis, &analysis::PlanAnalysis::analysisChanged, this,
                &IndicatorTableModel::onAnalysisChanged);
        connect(m_analysis, &QObject::destroyed, this, [this] { setPlan(m_plan, nullptr); });
    }
    replaceRows(rowKeys());
    endResetModel();
}

void IndicatorTableModel::setLanguage(geo::LabelLanguage language) {
    if (language != m_language) {
        m_language = language;
        refreshAllRows();
    }
}

void IndicatorTableModel::setLevel(IndicatorLevel level) {
    if (level != m_level) {
        // The columns change with the level; a reset tells the views about rows and columns.
        beginResetModel();
        m_level = level;
        replaceRows(rowKeys());
        endResetModel();
    }
}

std::vector<int> IndicatorTableModel::rowKeys() const {
    std::vector<int> keys;
    if (m_plan) {
        if (m_level == IndicatorLevel::Districts) {
            for (const District* district : m_plan->districts()) {
                keys.push_back(district->id.value);
            }
        } else {
            const auto level = m_level == IndicatorLevel::Counties ? geo::RegionLevel::County
                                                                   : geo::RegionLevel::City;
            for (const geo::Region* region : m_plan->regions().regionsAt(level)) {
                keys.push_back(region->code);
            }
            std::sort(keys.begin(), keys.end());
        }
    }
    return keys;
}

void IndicatorTableModel::onAnalysisChanged(const QList<model::DistrictId>& ids) {
    if (m_level == IndicatorLevel::Districts) {
        QList<int> keys;
        keys.reserve(ids.size());
        for (model::DistrictId id : ids) {
            keys << id.value;
        }
        refreshRows(keys);
    } else {
        // Only the districts' counties and cities changed; comparing every region row is
        // cheap and tells the views about those alone.
        refreshAllRows();
    }
}

QModelIndex IndicatorTableModel::indexOfDistrict(model::DistrictId id) const {
    if (m_level != IndicatorLevel::Districts) {
        return {};
    }
    const int row = rowOfKey(id.value);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex IndicatorTableModel::indexOfRegion(geo::RegionCode code) const {
    if (m_level == IndicatorLevel::Districts) {
        return {};
    }
    const int row = rowOfKey(code);
    return row < 0 ? QModelIndex() : index(row, 0);
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    return leadingColumns(m_level) + metricColumnCount() +
           (m_level == IndicatorLevel::Districts ? categoryColumnCount() : 1);
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == 0) {
        return tr("Name");
    }
    const int lead = leadingColumns(m_level);
    if (section < lead) {
        return tr("City");
    }
    int column = section - lead;
    if (m_level != IndicatorLevel::Districts) {
        if (column == 0) {
            return tr("Districts");
        }
        --column;
    }
    const bool chinese = interfaceIsChinese();
    if (column < metricColumnCount()) {
        return analysis::districtMetrics()[static_cast<std::size_t>(column)].title(chinese);
    }
    return analysis::districtCategories()[static_cast<std::size_t>(column - metricColumnCount())]
        .name(chinese);
}

TableRow IndicatorTableModel::buildRow(int key) const {
    return m_level == IndicatorLevel::Districts ? districtRow(key) : regionRow(key);
}

TableRow IndicatorTableModel::districtRow(int key) const {
    TableRow row;
    row.key = key;
    row.roles.insert(DistrictIdRole, key);
    const District* district = m_plan ? m_plan->district(model::DistrictId{key}) : nullptr;
    if (!district) {
        // Removed from the plan; districtRemoved is about to remove the row.
        row.cells.resize(static_cast<std::size_t>(columnCount()));
        return row;
    }
    const District& d = *district;
    row.cells.push_back(
        textCell(districtName(d, m_language), d.provenance.anyIllustrative(DistrictField::Name)));
    row.cells.push_back(textCell(regionName(*m_plan, d.hostCity, m_language),
                                 d.provenance.anyIllustrative(DistrictField::Location)));

    const DistrictIndicators* indicators = m_analysis ? m_analysis->indicators(d.id) : nullptr;
    for (const analysis::DistrictMetric& metric : analysis::districtMetrics()) {
        if (!indicators) {
            row.cells.push_back(numberCell(kNaN, QString(), false));
            continue;
        }
        const double value = metric.value(d, *indicators);
        row.cells.push_back(
            numberCell(value, metric.format(value), m_analysis->restsOnIllustrative(d.id, metric)));
    }
    const bool chinese = interfaceIsChinese();
    for (const analysis::DistrictCategory& category : analysis::districtCategories()) {
        if (!indicators) {
            row.cells.push_back(numberCell(kNaN, QString(), false));
            continue;
        }
        const int ordinal = category.value(*indicators);
        row.cells.push_back(numberCell(ordinal, category.categoryName(ordinal, chinese),
                                       category.restsOnIllustrative(d, *m_plan)));
    }
    row.roles.insert(HostCityRole, d.hostCity);
    row.roles.insert(HostCountyRole, d.hostCounty);
    row.roles.insert(DistrictTypeRole, static_cast<int>(d.type));
    if (indicators) {
        row.roles.insert(ClusterStageRole, static_cast<int>(indicators->stage));
    }
    row.roles.insert(SearchTextRole, d.nameZh + QLatin1Char('\n') + d.nameEn);
    return row;
}

TableRow IndicatorTableModel::regionRow(int key) const {
    TableRow row;
    row.key = key;
    row.roles.insert(RegionCodeRole, key);
    const geo::Region* region = m_plan ? m_plan->regions().find(key) : nullptr;
    if (!region) {
        row.cells.resize(static_cast<std::size_t>(columnCount()));
        return row;
    }
    row.cells.push_back(textCell(region->name(m_language), false));
    if (m_level == IndicatorLevel::Counties) {
        row.cells.push_back(textCell(regionName(*m_plan, region->parentCode, m_language), false));
    }
    const RegionSummary* summary = m_analysis ? m_analysis->summary(key) : nullptr;
    // How many districts a region has is what the plan states for certain.
    row.cells.push_back(
        summary ? numberCell(summary->districts, QString::number(summary->districts), false)
                : numberCell(kNaN, QString(), false));
    for (const analysis::DistrictMetric& metric : analysis::districtMetrics()) {
        if (!summary) {
            row.cells.push_back(numberCell(kNaN, QString(), false));
            continue;
        }
        const analysis::RegionValue& value = summary->metric(metric);
        row.cells.push_back(
            numberCell(value.value, metric.format(value.value), value.illustrative));
    }
    row.roles.insert(HostCityRole,
                     m_level == IndicatorLevel::Cities ? region->code : region->parentCode);
    row.roles.insert(SearchTextRole, region->nameZh + QLatin1Char('\n') + region->nameEn);
    return row;
}

} // namespace agglomap::widgets
