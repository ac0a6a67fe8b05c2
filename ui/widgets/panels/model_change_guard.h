#pragma once

#include <QObject>

class QAbstractItemModel;

namespace agglomap::widgets {

// Tells whether a model is in the middle of removing rows or resetting. A view's selection
// model moves its current index to a neighbouring row when the current row is filtered out or
// removed; a panel that mirrors the current row into the workspace selection must not take
// that move for the user's choice. Create it before the model is given to the view so that its
// "about to" handlers run before the selection model's.
class ModelChangeGuard : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(ModelChangeGuard)

public:
    explicit ModelChangeGuard(QAbstractItemModel* model, QObject* parent = nullptr);

    [[nodiscard]] bool changing() const { return m_depth > 0; }

private:
    int m_depth = 0;
};

} // namespace agglomap::widgets
