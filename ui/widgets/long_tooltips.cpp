#include "widgets/long_tooltips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

namespace agglomap::widgets {

namespace {
// Longer than this, a line is wrapped: about what a tip shows comfortably on one line.
constexpr qsizetype kLongestLine = 100;

bool hasLongLine(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(),
                       [](const QString& line) { return line.size() > kLongestLine; });
}
} // namespace

LongTooltips::LongTooltips(QObject* parent)
    : QObject(parent) {}

bool LongTooltips::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType()) {
        return false;
    }
    auto* widget = static_cast<QWidget*>(watched);
    const auto* help = static_cast<QHelpEvent*>(event);
    QString text = widget->toolTip();
    QRect area = widget->rect();
    if (auto* view = qobject_cast<QAbstractItemView*>(widget->parentWidget());
        view && view->viewport() == widget) {
        const QModelIndex index = view->indexAt(help->pos());
        text = index.data(Qt::ToolTipRole).toString();
        area = view->visualRect(index);
    }
    if (text.isEmpty() || Qt::mightBeRichText(text) || !hasLongLine(text)) {
        return false;
    }
    QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal),
                       widget, area);
    return true;
}

} // namespace agglomap::widgets
