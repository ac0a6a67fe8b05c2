#pragma once

#include "render/legend.h"

#include <QWidget>

namespace agglomap::widgets {

// The map's legend in a dock: the same content and painter as the exported briefing.
class LegendWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(LegendWidget)

public:
    explicit LegendWidget(QWidget* parent = nullptr);

    void setContent(render::LegendContent content);
    [[nodiscard]] const render::LegendContent& content() const { return m_content; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    render::LegendContent m_content;
};

} // namespace agglomap::widgets
