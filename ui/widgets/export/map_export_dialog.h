#pragma once

#include "render/briefing/briefing_export.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace agglomap::widgets {

// Exports the map as the user sees it as a briefing page: title and subtitle (editable), page
// size, PNG resolution, a live preview, then PNG, SVG or PDF (with the legend's JSON beside it)
// or a copy to the clipboard. Page size and resolution start from the preferences.
class MapExportDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(MapExportDialog)

public:
    MapExportDialog(render::MapBriefing briefing, QWidget* parent = nullptr);

    // The briefing with the texts and page chosen in the dialog.
    [[nodiscard]] render::MapBriefing briefing() const;
    [[nodiscard]] render::BriefingPage page() const;

    // Where the dialog and Copy Map start: the preferred paper in landscape at the preferred
    // PNG resolution (A4 landscape, 300 dpi by default).
    [[nodiscard]] static render::BriefingPage savedPage();

    // Writes the map and its legend sidecar; shows a message and returns false on failure.
    bool exportTo(const QString& path);
    void copyToClipboard();

private:
    void chooseFileAndExport();
    void schedulePreview();
    void updatePreview();

    render::MapBriefing m_briefing;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_subtitle = nullptr;
    QComboBox* m_pageBox = nullptr;
    QSpinBox* m_dpiBox = nullptr;
    QLabel* m_preview = nullptr;
    QTimer m_previewTimer;
};

} // namespace agglomap::widgets
