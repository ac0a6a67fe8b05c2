#pragma once

#include "geo/region.h"

#include <QLabel>

namespace agglomap::widgets {

// "Henan › Luoyang": where the user is; clicking the province returns to it.
class BreadcrumbBar : public QLabel {
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget* parent = nullptr);

    void setTrail(const QString& provinceName, const QString& cityName);

signals:
    void provinceActivated();
};

} // namespace agglomap::widgets
