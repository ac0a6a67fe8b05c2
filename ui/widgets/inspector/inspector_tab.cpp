#include "widgets/inspector/inspector_tab.h"

namespace agglomap::widgets {

InspectorTab::InspectorTab(const InspectorContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {}

bool InspectorTab::canEdit() const {
    return m_context.stack && district() != nullptr;
}

bool InspectorTab::report(const Status& status) {
    if (status.ok()) {
        emit editAccepted();
        return true;
    }
    refresh();
    emit editRefused(status.error().message);
    return false;
}

bool InspectorTab::refuseReadOnly() {
    refresh();
    emit editRefused(tr("This plan is shown read-only: there is no undo stack to edit it with."));
    return false;
}

} // namespace agglomap::widgets
