#pragma once

#include <QObject>

namespace agglomap::widgets {

// Shows a long plain-text tooltip (a value's provenance with the rule that generated it) word-
// wrapped, as Qt does for rich text only: without it the tip is one line that runs off the
// screen. Widgets keep their plain toolTip(); only what is shown changes. Also for the cells of
// item views, whose tooltips come from the model.
class LongTooltips : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(LongTooltips)

public:
    explicit LongTooltips(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace agglomap::widgets
