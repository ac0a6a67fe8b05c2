#pragma once

#include "analysis/plan_analysis.h"
#include "geo/region.h"
#include "model/plan.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

namespace agglomap::widgets {

// The plan's province › cities › counties, each with its name in the label language and the
// number of districts in it. Every index answers RegionCodeRole; counts follow added, removed
// and moved districts with dataChanged for the regions whose count changed.
class RegionTreeModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY(RegionTreeModel)

public:
    enum class Column { Name, Districts };
    static constexpr int kColumnCount = 2;

    explicit RegionTreeModel(QObject* parent = nullptr);

    // The counts come from the plan alone; the analysis is taken for a uniform API.
    void setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis = nullptr);
    void setLanguage(geo::LabelLanguage language);
    [[nodiscard]] geo::LabelLanguage language() const { return m_language; }

    // The name cell of the region; invalid for a code the plan's hierarchy does not have.
    [[nodiscard]] QModelIndex indexOf(geo::RegionCode code) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Node {
        geo::RegionCode code = 0;
        int parent = -1; // index into m_nodes; -1 for the province
        int row = 0;     // among its parent's children
        std::vector<int> children;
        int districts = 0;
    };

    [[nodiscard]] QModelIndex indexOfNode(int node, int column) const;
    [[nodiscard]] const Node* nodeOf(const QModelIndex& index) const;
    [[nodiscard]] std::vector<int> countDistricts() const;
    void updateCounts();
    // Emits dataChanged for the column over every node, one range per parent.
    void announceColumn(Column column);

    QPointer<const model::Plan> m_plan;
    std::vector<Node> m_nodes; // m_nodes[0] is the province when a plan is set
    geo::LabelLanguage m_language = geo::LabelLanguage::Chinese;
};

} // namespace agglomap::widgets
