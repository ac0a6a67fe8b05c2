#pragma once

#include "util/result.h"

#include <QImage>

#include <functional>

class QMenu;
class QWidget;

namespace agglomap::docshots {

// Runs the event loop for a while, so timers fire, layouts settle and queued paints happen.
void settle(int milliseconds);

// Waits until every map canvas in every window has painted its latest base map (they render
// on worker threads), then lets the window settle. False if a render is still pending at the
// timeout.
[[nodiscard]] bool waitForMaps(int timeoutMilliseconds = 30000);

// A widget's picture once its maps are drawn.
[[nodiscard]] Result<QImage> grabWhenDrawn(QWidget& widget);

// Calls `open`, which shows a modal dialog of the class named and blocks in its exec(); grabs
// the dialog once it is drawn (after `prepare`, if given, put it in the state wanted), then
// closes it. An error when no such dialog opened, or another one (a message box) did instead.
[[nodiscard]] Result<QImage> grabModalDialog(const std::function<void()>& open,
                                             const char* dialogClass,
                                             const std::function<void(QWidget&)>& prepare = {});

// The window with `menu` popped up below its menu bar entry, as one picture cropped to the
// menu and the part of the window around it (a popup is a window of its own, which
// QWidget::grab leaves out).
[[nodiscard]] Result<QImage> grabWithMenuOpen(QWidget& window, QMenu& menu);

} // namespace agglomap::docshots
