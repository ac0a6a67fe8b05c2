#include "widgets/models/recommendation_list_model.h"

#include "widgets/models/display_names.h"
#include "widgets/models/item_roles.h"

#include <QColor>
#include <QFont>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace agglomap::widgets {

using analysis::Recommendation;

namespace {

bool sameContent(const Recommendation& a, const Recommendation& b) {
    const bool samePercentile =
        (std::isnan(a.percentile) && std::isnan(b.percentile)) || a.percentile == b.percentile;
    return a.ruleId == b.ruleId && a.priority == b.priority && samePercentile &&
           a.measureZh == b.measureZh && a.measureEn == b.measureEn && a.reasonZh == b.reasonZh &&
           a.reasonEn == b.reasonEn && a.source == b.source && a.sectors == b.sectors;
}

} // namespace

RecommendationListModel::RecommendationListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RecommendationListModel::setPlan(const model::Plan* plan,
                                      const analysis::PlanAnalysis* analysis) {
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
        connect(m_plan, &QObject::destroyed, this, [this] { setPlan(nullptr, nullptr); });
    }
    if (m_analysis) {
        connect(m_analysis, &analysis::PlanAnalysis::analysisChanged, this,
                [this](const QList<model::DistrictId>& ids) {
                    if ((m_district && ids.contains(*m_district)) || showsRegion()) {
                        update();
                    }
                });
        connect(m_analysis, &QObject::destroyed, this, [this] { setPlan(m_plan, nullptr); });
    }
    if (m_plan) {
        // A removed district is not in analysisChanged's list any more.
        connect(m_plan, &model::Plan::districtRemoved, this, [this](model::DistrictId id) {
            if (m_district == id || showsRegion()) {
                update();
            }
        });
    }
    m_rows = current();
    endResetModel();
}

void RecommendationListModel::setLanguage(geo::LabelLanguage language) {
    if (language != m_language) {
        m_language = language;
        if (!m_rows.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
        }
    }
}

void RecommendationListModel::setDistrict(std::optional<model::DistrictId> id) {
    if (id != m_district) {
        m_district = id;
        update();
    }
}

void RecommendationListModel::setRegion(std::optional<geo::RegionCode> code) {
    if (code != m_region) {
        m_region = code;
        update();
    }
}

const Recommendation* RecommendationListModel::recommendation(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

std::vector<Recommendation> RecommendationListModel::regionRows() const {
    std::vector<Recommendation> rows;
    const int total = static_cast<int>(m_plan->districtsIn(*m_region).size());
    for (const analysis::RegionMeasure& measure : m_analysis->measuresIn(*m_region)) {
        Recommendation row;
        row.ruleId = measure.ruleId;
        row.priority = measure.mostInNeed.front().priority;
        row.need = measure.districts;
        row.percentile = measure.mostInNeed.front().percentile;
        row.measureZh = analysis::measureTitle(measure.ruleId, true);
        row.measureEn = analysis::measureTitle(measure.ruleId, false);
        QStringList zh, en;
        for (const analysis::RegionMeasure::Need& need : measure.mostInNeed) {
            const model::District* d = m_plan->district(need.id);
            const int percent = static_cast<int>(std::lround(need.percentile * 100.0));
            zh << QStringLiteral("%1（高于%2%的同类）")
                      .arg(districtName(*d, geo::LabelLanguage::Chinese))
                      .arg(percent);
            en << QStringLiteral("%1 (above %2% of peers)")
                      .arg(districtName(*d, geo::LabelLanguage::English))
                      .arg(percent);
        }
        row.reasonZh = QStringLiteral("%1个集聚区中%2个需要，其中%3个为高优先级。最需要：%4")
                           .arg(total)
                           .arg(measure.districts)
                           .arg(measure.high)
                           .arg(zh.join(QStringLiteral("、")));
        row.reasonEn = QStringLiteral("Needed by %1 of %2 districts, %3 at high priority. "
                                      "Most in need: %4")
                           .arg(measure.districts)
                           .arg(total)
                           .arg(measure.high)
                           .arg(en.join(QStringLiteral(", ")));
        rows.push_back(std::move(row));
    }
    // Measures most pressing somewhere in the region first.
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const Recommendation& a, const Recommendation& b) { return a.priority < b.priority; });
    return rows;
}

std::vector<Recommendation> RecommendationListModel::current() const {
    if (!m_analysis || !m_plan) {
        return {};
    }
    if (showsRegion()) {
        return regionRows();
    }
    if (!m_district) {
        return {};
    }
    const std::vector<Recommendation>* list = m_analysis->recommendations(*m_district);
    return list ? *list : std::vector<Recommendation>();
}

void RecommendationListModel::update() {
    const std::vector<Recommendation> fresh = current();
    const auto inFresh = [&fresh](const QString& ruleId) {
        return std::any_of(fresh.begin(), fresh.end(),
                           [&](const Recommendation& r) { return r.ruleId == ruleId; });
    };
    // Rules that stopped firing.
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!inFresh(m_rows[static_cast<std::size_t>(row)].ruleId)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    // Position by position: move a surviving rule up into place or insert a new one. Every row
    // before `target` is final, so a surviving rule is always found at or after it.
    for (std::size_t target = 0; target < fresh.size(); ++target) {
        const auto found =
            std::find_if(m_rows.begin() + static_cast<std::ptrdiff_t>(target), m_rows.end(),
                         [&](const Recommendation& r) { return r.ruleId == fresh[target].ruleId; });
        const int to = static_cast<int>(target);
        if (found == m_rows.end()) {
            beginInsertRows(QModelIndex(), to, to);
            m_rows.insert(m_rows.begin() + to, fresh[target]);
            endInsertRows();
        } else if (const int from = static_cast<int>(found - m_rows.begin()); from != to) {
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), to);
            Recommendation moved = std::move(*found);
            m_rows.erase(found);
            m_rows.insert(m_rows.begin() + to, std::move(moved));
            endMoveRows();
        }
    }
    for (std::size_t row = 0; row < fresh.size(); ++row) {
        if (!sameContent(m_rows[row], fresh[row])) {
            m_rows[row] = fresh[row];
            const int r = static_cast<int>(row);
            emit dataChanged(index(r, 0), index(r, kColumnCount - 1));
        }
    }
}

QString RecommendationListModel::text(const Recommendation& r, Column column) const {
    const bool chinese = m_language == geo::LabelLanguage::Chinese;
    switch (column) {
    case Column::Priority:
        return priorityName(r.priority);
    case Column::Measure:
        return chinese ? r.measureZh : r.measureEn;
    case Column::Reason:
        return chinese ? r.reasonZh : r.reasonEn;
    case Column::Source:
        return r.source;
    case Column::Sectors: {
        QStringList names;
        if (m_plan) {
            for (model::SectorIndex s : r.sectors) {
                if (s >= 0 && s < m_plan->sectors().size()) {
                    const model::Sector& sector = m_plan->sectors().at(s);
                    names << (chinese ? sector.nameZh : sector.nameEn);
                }
            }
        }
        return names.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
    }
    }
    return {};
}

int RecommendationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecommendationListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant RecommendationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Recommendation& r = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(r, column);
    case Qt::EditRole:
    case SortRole:
        return column == Column::Priority ? QVariant(static_cast<int>(r.priority))
                                          : QVariant(text(r, column));
    case Qt::DecorationRole:
        if (column == Column::Priority) {
            switch (r.priority) {
            case analysis::Priority::High:
                return QColor(0xc6, 0x28, 0x28);
            case analysis::Priority::Medium:
                return QColor(0xef, 0x8f, 0x00);
            case analysis::Priority::Low:
                return QColor(0x75, 0x75, 0x75);
            }
        }
        return {};
    case Qt::FontRole:
        if (column == Column::Measure) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PriorityRole:
        return static_cast<int>(r.priority);
    case RuleIdRole:
        return r.ruleId;
    default:
        return {};
    }
}

QVariant RecommendationListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::Priority:
        return tr("Priority");
    case Column::Measure:
        return tr("Measure");
    case Column::Reason:
        return tr("Reason");
    case Column::Source:
        return tr("Source");
    case Column::Sectors:
        return tr("Sectors");
    }
    return {};
}

} // namespace agglomap::widgets
