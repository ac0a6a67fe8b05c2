#include "widgets/breadcrumb_bar.h"

namespace agglomap::widgets {

BreadcrumbBar::BreadcrumbBar(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setContentsMargins(8, 0, 8, 0);
    connect(this, &QLabel::linkActivated, this, [this] { emit provinceActivated(); });
}

void BreadcrumbBar::setTrail(const QString& provinceName, const QString& cityName) {
    if (cityName.isEmpty()) {
        setText(QStringLiteral("<b>%1</b>").arg(provinceName.toHtmlEscaped()));
        return;
    }
    setText(QStringLiteral("<a href=\"province\">%1</a> &rsaquo; <b>%2</b>")
                .arg(provinceName.toHtmlEscaped(), cityName.toHtmlEscaped()));
}

} // namespace agglomap::widgets
