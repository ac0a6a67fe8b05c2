#include "widgets/models/district_list_model.h"

#include "analysis/district_metric.h"
#include "widgets/models/display_names.h"
#include "widgets/models/item_roles.h"

#include <algorithm>

namespace agglomap::widgets {

using model::DistrictField;
using model::ValueField;

namespace {

const analysis::DistrictMetric& businessIncome() {
    return *analysis::findDistrictMetric(QStringLiteral("business-income"));
}

} // namespace

DistrictListModel::DistrictListModel(QObject* parent)
    : CachedTableModel(parent) {}

void DistrictListModel::setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis) {
    if (m_plan) {
        disconnect(m_plan, nullptr, this, nullptr);
    }
    if (m_analysis) {
        disconnect(m_analysis, nullptr, this, nullptr);
    }
    beginResetModel();
    m_plan = plan;
    m_analysis = plan ? analysis : nullptr;
    std::vector<int> keys;
    if (m_plan) {
        for (const model::District* district : m_plan->districts()) {
            keys.push_back(district->id.value);
        }
        connect(m_plan, &model::Plan::districtsChanged, this,
                [this](const QList<model::DistrictId>& ids) { refreshIds(ids); });
        connect(m_plan, &model::Plan::districtAdded, this,
                [this](model::DistrictId id) { insertKey(id.value); });
        connect(m_plan, &model::Plan::districtRemoved, this,
                [this](model::DistrictId id) { removeKey(id.value); });
        connect(m_plan, &model::Plan::districtLinksChanged, this, [this] { refreshAllRows(); });
        connect(m_plan, &QObject::destroyed, this, [this] { setPlan(nullptr, nullptr); });
    }
    if (m_analysis) {
        connect(m_analysis, &analysis::PlanAnalysis::analysisChanged, this,
                &DistrictListModel::refreshIds);
        connect(m_analysis, &QObject::destroyed, this, [this] { setPlan(m_plan, nullptr); });
    }
    replaceRows(keys);
    endResetModel();
}

void DistrictListModel::setLanguage(geo::LabelLanguage language) {
    if (language != m_language) {
        m_language = language;
        refreshAllRows();
    }
}

QModelIndex DistrictListModel::indexOf(model::DistrictId id) const {
    const int row = rowOfKey(id.value);
    return row < 0 ? QModelIndex() : index(row, 0);
}

int DistrictListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant DistrictListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::City:
        return tr("City");
    case Column::County:
        return tr("County");
    case Column::Type:
        return tr("Type");
    case Column::ZoneLevel:
        return tr("Zone level");
    case Column::LeadingIndustry:
        return tr("Leading industry");
    case Column::BusinessIncome:
        return businessIncome().title(interfaceIsChinese());
    case Column::ClusterStage:
        return analysis::clusterStageCategory().name(interfaceIsChinese());
    }
    return {};
}

void DistrictListModel::refreshIds(const QList<model::DistrictId>& ids) {
    QList<int> keys;
    keys.reserve(ids.size());
    for (model::DistrictId id : ids) {
        keys << id.value;
    }
    refreshRows(keys);
}

TableRow DistrictListModel::buildRow(int key) const {
    TableRow row;
    row.key = key;
    const model::District* district = m_plan ? m_plan->district(model::DistrictId{key}) : nullptr;
    if (!district) {
        // Removed from the plan; districtRemoved is about to remove the row.
        row.cells.resize(kColumnCount);
        row.roles.insert(DistrictIdRole, key);
        return row;
    }
    const model::District& d = *district;
    const analysis::DistrictIndicators* indicators =
        m_analysis ? m_analysis->indicators(d.id) : nullptr;

    const geo::LabelLanguage other = m_language == geo::LabelLanguage::Chinese
                                         ? geo::LabelLanguage::English
                                         : geo::LabelLanguage::Chinese;
    TableCell name =
        textCell(districtName(d, m_language), d.provenance.anyIllustrative(DistrictField::Name));
    name.toolTip = districtName(d, other);
    row.cells.push_back(std::move(name));
    const bool located = d.provenance.anyIllustrative(DistrictField::Location);
    row.cells.push_back(textCell(regionName(*m_plan, d.hostCity, m_language), located));
    row.cells.push_back(textCell(regionName(*m_plan, d.hostCounty, m_language), located));
    row.cells.push_back(textCell(districtTypeName(d.type),
                                 d.provenance.isIllustrative({ValueField::DistrictType})));
    row.cells.push_back(
        textCell(zoneLevelName(d.zoneLevel), d.provenance.isIllustrative({ValueField::ZoneLevel})));
    row.cells.push_back(textCell(leadingIndustryNames(*m_plan, d, m_language),
                                 d.provenance.isIllustrative({ValueField::LeadingIndustries})));
    const analysis::DistrictMetric& income = businessIncome();
    const double incomeValue = indicators ? income.value(d, *indicators) : d.finance.businessIncome;
    row.cells.push_back(numberCell(incomeValue, income.format(incomeValue),
                                   income.restsOnIllustrative(d, *m_plan)));
    const bool stageIllustrative = analysis::clusterStageCategory().restsOnIllustrative(d, *m_plan);
    row.cells.push_back(textCell(indicators ? clusterStageName(indicators->stage) : QString(),
                                 indicators && stageIllustrative));

    row.roles.insert(DistrictIdRole, d.id.value);
    row.roles.insert(HostCityRole, d.hostCity);
    row.roles.insert(HostCountyRole, d.hostCounty);
    row.roles.insert(DistrictTypeRole, static_cast<int>(d.type));
    if (indicators) {
        row.roles.insert(ClusterStageRole, static_cast<int>(indicators->stage));
    }
    row.roles.insert(SearchTextRole, d.nameZh + QLatin1Char('\n') + d.nameEn);
    return row;
}

} // namespace agglomap::widgets
