#pragma once

#include "widgets/inspector/inspector_context.h"

#include "util/status.h"

#include <QWidget>

namespace agglomap::widgets {

// One tab of the district inspector. It shows the context's district and sends edits through the
// commands; the inspector calls refresh() whenever the plan or the analysis changed the district,
// so a tab never keeps its own copy of model values.
class InspectorTab : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(InspectorTab)

public:
    explicit InspectorTab(const InspectorContext& context, QWidget* parent = nullptr);

    // Shows the model's current values; editors are updated without sending edits.
    virtual void refresh() = 0;

signals:
    // An edit was refused; the message says why (the tab already shows the model's value again).
    void editRefused(const QString& message);
    // An edit went onto the undo stack.
    void editAccepted();

protected:
    [[nodiscard]] const InspectorContext& context() const { return m_context; }
    [[nodiscard]] const model::District* district() const { return m_context.district(); }
    // Whether edits can be sent: a district of a plan with an undo stack.
    [[nodiscard]] bool canEdit() const;
    // Tells the inspector how an edit went; on refusal re-shows the model's values. Returns ok.
    bool report(const Status& status);
    // For edits attempted without a plan or stack.
    bool refuseReadOnly();

private:
    const InspectorContext& m_context;
};

} // namespace agglomap::widgets
