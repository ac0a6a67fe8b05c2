#include "shot_session.h"

#include "widgets/map_canvas.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QTimer>
#include <QWindow>

#include <optional>

namespace agglomap::docshots {

namespace {

constexpr int kSettleMilliseconds = 250;
constexpr int kDialogTimeoutMilliseconds = 20000;

bool anyMapRenderPending() {
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible()) {
            continue;
        }
        for (const widgets::MapCanvas* canvas : top->findChildren<widgets::MapCanvas*>()) {
            if (canvas->isVisible() && canvas->isRenderPending()) {
                return true;
            }
        }
    }
    return false;
}

QString describeDialog(const QWidget& widget) {
    if (const auto* box = qobject_cast<const QMessageBox*>(&widget)) {
        return box->text() + QLatin1Char(' ') + box->informativeText();
    }
    return widget.windowTitle();
}

} // namespace

void settle(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    QApplication::processEvents();
}

bool waitForMaps(int timeoutMilliseconds) {
    QElapsedTimer clock;
    clock.start();
    // Idle twice in a row: a finished render can queue the next (a resize, a new overlay).
    int idleChecks = 0;
    while (idleChecks < 2) {
        settle(50);
        idleChecks = anyMapRenderPending() ? 0 : idleChecks + 1;
        if (clock.elapsed() > timeoutMilliseconds) {
            return false;
        }
    }
    settle(kSettleMilliseconds);
    return !anyMapRenderPending();
}

Result<QImage> grabWhenDrawn(QWidget& widget) {
    if (!waitForMaps()) {
        return Error{QStringLiteral("the map did not finish drawing")};
    }
    QImage image = widget.grab().toImage();
    if (image.isNull()) {
        return Error{QStringLiteral("the window could not be grabbed")};
    }
    return image;
}

Result<QImage> grabModalDialog(const std::function<void()>& open, const char* dialogClass,
                               const std::function<void(QWidget&)>& prepare) {
    std::optional<Result<QImage>> outcome;
    QElapsedTimer clock;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (clock.elapsed() > kDialogTimeoutMilliseconds) {
                poll.stop();
                outcome = Error{QStringLiteral("no dialog opened")};
            }
            return;
        }
        poll.stop();
        if (!dialog->inherits(dialogClass)) {
            outcome = Error{QStringLiteral("a %1 opened instead of a %2: %3")
                                .arg(QLatin1String(dialog->metaObject()->className()),
                                     QLatin1String(dialogClass), describeDialog(*dialog))};
        } else {
            if (prepare) {
                prepare(*dialog);
            }
            outcome = grabWhenDrawn(*dialog);
        }
        dialog->reject();
    });
    clock.start();
    poll.start();
    open();
    poll.stop();
    if (!outcome) {
        return Error{QStringLiteral("no %1 opened").arg(QLatin1String(dialogClass))};
    }
    return *std::move(outcome);
}

Result<QImage> grabWithMenuOpen(QWidget& window, QMenu& menu) {
    auto* bar = window.findChild<QMenuBar*>();
    if (!bar || !bar->actions().contains(menu.menuAction())) {
        return Error{QStringLiteral("the menu is not in the window's menu bar")};
    }
    const QRect entry = bar->actionGeometry(menu.menuAction());
    bar->setActiveAction(menu.menuAction());
    settle(kSettleMilliseconds);
    if (!menu.isVisible()) {
        menu.popup(bar->mapToGlobal(entry.bottomLeft()));
        settle(kSettleMilliseconds);
    }
    if (!menu.isVisible()) {
        return Error{QStringLiteral("the menu did not open")};
    }
    auto windowImage = grabWhenDrawn(window);
    if (!windowImage) {
        return windowImage;
    }
    QImage composed = windowImage.value();
    const QPoint menuOrigin = menu.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0));
    {
        QPainter painter(&composed);
        painter.drawPixmap(menuOrigin, menu.grab());
    }
    menu.close();
    bar->setActiveAction(nullptr);
    // The menu with a margin of the window around it: the rest would only shrink the menu
    // in the guide.
    constexpr int kMargin = 120;
    const QRect area = QRect(QPoint(0, 0), menuOrigin + QPoint(menu.width(), menu.height()))
                           .adjusted(0, 0, 2 * kMargin, kMargin)
                           .intersected(composed.rect());
    return composed.copy(area);
}

} // namespace agglomap::docshots
