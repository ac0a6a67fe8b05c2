#include "widgets/panels/model_change_guard.h"

#include <QAbstractItemModel>

namespace agglomap::widgets {

ModelChangeGuard::ModelChangeGuard(QAbstractItemModel* model, QObject* parent)
    : QObject(parent) {
    const auto begin = [this] {
        ++m_depth;
    };
    const auto end = [this] {
        m_depth = std::max(0, m_depth - 1);
    };
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(model, &QAbstractItemModel::rowsRemoved, this, end);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(model, &QAbstractItemModel::modelReset, this, end);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(model, &QAbstractItemModel::layoutChanged, this, end);
}

} // namespace agglomap::widgets
