#pragma once

#include <QWidget>

namespace agglomap::widgets {

// An outline drawn over part of the window to show what a guide step talks about. It lets
// every click through to what is under it.
class GuideHighlight : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(GuideHighlight)

public:
    explicit GuideHighlight(QWidget* window);

    // The area to outline, in the window's coordinates; an empty rectangle hides the outline.
    void setTarget(const QRect& area);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace agglomap::widgets
