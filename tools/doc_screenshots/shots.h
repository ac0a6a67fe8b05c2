#pragma once

#include "window_setup.h"

#include <QImage>

#include <functional>
#include <vector>

namespace agglomap::docshots {

// One picture in the user guide: its file name (without .png) and how to take it. Each starts
// from a fresh window, so a shot shows the same state on every run whatever ran before it.
struct Shot {
    QString name;
    std::function<Result<QImage>(const ShotContext&)> take;
};

// Every picture the user guides reference, in the order they appear.
[[nodiscard]] const std::vector<Shot>& guideShots();

} // namespace agglomap::docshots
