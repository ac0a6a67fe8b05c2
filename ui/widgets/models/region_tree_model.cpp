#include "widgets/models/region_tree_model.h"

#include "widgets/models/item_roles.h"

#include <QHash>

#include <algorithm>

namespace agglomap::widgets {

RegionTreeModel::RegionTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void RegionTreeModel::setPlan(const model::Plan* plan, const analysis::PlanAnalysis*) {
    if (m_plan) {
        disconnect(m_plan, nullptr, this, nullptr);
    }
    beginResetModel();
    m_plan = plan;
    m_nodes.clear();
    if (m_plan) {
        const geo::RegionHierarchy& regions = m_plan->regions();
        const auto sortedChildren = [&regions](geo::RegionCode code) {
            auto children = regions.children(code);
            std::sort(children.begin(), children.end(),
                      [](const geo::Region* a, const geo::Region* b) { return a->code < b->code; });
            return children;
        };
        m_nodes.push_back(Node{regions.province().code, -1, 0, {}, 0});
        for (const geo::Region* city : sortedChildren(regions.province().code)) {
            const int cityNode = static_cast<int>(m_nodes.size());
            m_nodes[0].children.push_back(cityNode);
            m_nodes.push_back(
                Node{city->code, 0, static_cast<int>(m_nodes[0].children.size()) - 1, {}, 0});
            for (const geo::Region* county : sortedChildren(city->code)) {
                auto& siblings = m_nodes[static_cast<std::size_t>(cityNode)].children;
                siblings.push_back(static_cast<int>(m_nodes.size()));
                m_nodes.push_back(
                    Node{county->code, cityNode, static_cast<int>(siblings.size()) - 1, {}, 0});
            }
        }
        const std::vector<int> counts = countDistricts();
        for (std::size_t n = 0; n < m_nodes.size(); ++n) {
            m_nodes[n].districts = counts[n];
        }
        connect(m_plan, &model::Plan::districtAdded, this, &RegionTreeModel::updateCounts);
        connect(m_plan, &model::Plan::districtRemoved, this, &RegionTreeModel::updateCounts);
        connect(m_plan, &model::Plan::districtsChanged, this,
                [this](const QList<model::DistrictId>&, model::DistrictField field) {
                    if (field == model::DistrictField::Location) {
                        updateCounts();
                    }
                });
        connect(m_plan, &QObject::destroyed, this, [this] { setPlan(nullptr); });
    }
    endResetModel();
}

void RegionTreeModel::setLanguage(geo::LabelLanguage language) {
    if (language != m_language) {
        m_language = language;
        announceColumn(Column::Name);
    }
}

std::vector<int> RegionTreeModel::countDistricts() const {
    QHash<geo::RegionCode, int> byCode;
    for (const model::District* district : m_plan->districts()) {
        ++byCode[district->hostCounty];
        ++byCode[district->hostCity];
    }
    std::vector<int> counts;
    counts.reserve(m_nodes.size());
    for (const Node& node : m_nodes) {
        counts.push_back(node.parent < 0 ? static_cast<int>(m_plan->districts().size())
                                         : byCode.value(node.code));
    }
    return counts;
}

void RegionTreeModel::updateCounts() {
    const std::vector<int> counts = countDistricts();
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes[n].districts != counts[n]) {
            m_nodes[n].districts = counts[n];
            const QModelIndex cell =
                indexOfNode(static_cast<int>(n), static_cast<int>(Column::Districts));
            emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::EditRole});
        }
    }
}

void RegionTreeModel::announceColumn(Column column) {
    const int c = static_cast<int>(column);
    if (m_nodes.empty()) {
        return;
    }
    const QModelIndex province = indexOfNode(0, c);
    emit dataChanged(province, province);
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        const Node& node = m_nodes[n];
        if (!node.children.empty()) {
            emit dataChanged(indexOfNode(node.children.front(), c),
                             indexOfNode(node.children.back(), c));
        }
    }
}

QModelIndex RegionTreeModel::indexOf(geo::RegionCode code) const {
    const auto it = std::find_if(m_nodes.begin(), m_nodes.end(),
                                 [code](const Node& node) { return node.code == code; });
    return it == m_nodes.end() ? QModelIndex()
                               : indexOfNode(static_cast<int>(it - m_nodes.begin()), 0);
}

QModelIndex RegionTreeModel::indexOfNode(int node, int column) const {
    return createIndex(m_nodes[static_cast<std::size_t>(node)].row, column,
                       static_cast<quintptr>(node));
}

const RegionTreeModel::Node* RegionTreeModel::nodeOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size()) {
        return nullptr;
    }
    return &m_nodes[index.internalId()];
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= kColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row == 0 && !m_nodes.empty() ? indexOfNode(0, column) : QModelIndex();
    }
    const Node* node = nodeOf(parent);
    if (!node || parent.column() != 0 || row >= static_cast<int>(node->children.size())) {
        return {};
    }
    return indexOfNode(node->children[static_cast<std::size_t>(row)], column);
}

QModelIndex RegionTreeModel::parent(const QModelIndex& child) const {
    const Node* node = nodeOf(child);
    return node && node->parent >= 0 ? indexOfNode(node->parent, 0) : QModelIndex();
}

int RegionTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return m_nodes.empty() ? 0 : 1;
    }
    const Node* node = nodeOf(parent);
    return node && parent.column() == 0 ? static_cast<int>(node->children.size()) : 0;
}

int RegionTreeModel::columnCount(const QModelIndex&) const {
    return kColumnCount;
}

QVariant RegionTreeModel::data(const QModelIndex& index, int role) const {
    const Node* node = nodeOf(index);
    if (!node || !m_plan) {
        return {};
    }
    const geo::Region* region = m_plan->regions().find(node->code);
    if (!region) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column == Column::Name ? QVariant(region->name(m_language))
                                      : QVariant(node->districts);
    case Qt::EditRole:
    case SortRole:
        return column == Column::Name ? QVariant(region->name(m_language))
                                      : QVariant(static_cast<double>(node->districts));
    case Qt::ToolTipRole:
        // Both names, whatever the label language, and the code planners look regions up by.
        return QStringLiteral("%1 / %2 (%3)").arg(region->nameZh, region->nameEn).arg(region->code);
    case Qt::TextAlignmentRole:
        return column == Column::Name ? QVariant(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter))
                                      : QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case RegionCodeRole:
        return region->code;
    case SearchTextRole:
        return region->nameZh + QLatin1Char('\n') + region->nameEn;
    default:
        return {};
    }
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    return static_cast<Column>(section) == Column::Name ? tr("Region") : tr("Districts");
}

} // namespace agglomap::widgets
