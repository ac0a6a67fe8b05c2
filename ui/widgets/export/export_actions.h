#pragma once

#include "render/briefing/map_briefing.h"

#include <QObject>

class QAction;

namespace agglomap::widgets {

class MainWindow;

// The window's File › Export commands: the briefing map (dialog and clipboard) and district
// profiles. Kept apart from MainWindow, which only places the actions in its menus.
class ExportActions : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(ExportActions)

public:
    explicit ExportActions(MainWindow& window);

    [[nodiscard]] QAction* exportMapAction() const { return m_exportMap; }
    [[nodiscard]] QAction* copyMapAction() const { return m_copyMap; }
    [[nodiscard]] QAction* exportProfilesAction() const { return m_exportProfiles; }

    // The map as it is on screen now, composed as a briefing with its default texts.
    [[nodiscard]] render::MapBriefing currentBriefing() const;

private:
    void exportMap();
    void copyMap();
    void exportProfiles();

    MainWindow& m_window;
    QAction* m_exportMap = nullptr;
    QAction* m_copyMap = nullptr;
    QAction* m_exportProfiles = nullptr;
};

} // namespace agglomap::widgets
