#pragma once

#include "model/infrastructure.h"

#include <QWidget>

namespace agglomap::widgets {

// A provision on its 0-100 scale: the current level filled, the requirement as a tick, and what
// is missing between them in red, with the gap as a percentage of the requirement.
class GapBar : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(GapBar)

public:
    explicit GapBar(QWidget* parent = nullptr);

    void setProvision(model::Provision provision);
    [[nodiscard]] model::Provision provision() const { return m_provision; }
    // The gap shown, 0-1 (Provision::gap()).
    [[nodiscard]] double gap() const { return m_provision.gap(); }
    // What the bar writes beside it, e.g. "gap 18%".
    [[nodiscard]] QString text() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    model::Provision m_provision;
};

} // namespace agglomap::widgets
