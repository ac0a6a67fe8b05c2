#pragma once

#include "io/boundaries/boundary_replacement.h"
#include "util/status.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace agglomap::widgets {

class MainWindow;
class PlanWorkspace;

// File › Replace Boundaries: official boundaries from any GDAL vector file, matched to the
// plan's regions by administrative code. The dialog reads the file as soon as it is chosen and
// says what would change; OK puts the boundaries in place as one undo step.
class BoundaryReplacementDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(BoundaryReplacementDialog)

public:
    BoundaryReplacementDialog(MainWindow& window, PlanWorkspace& workspace);

    void setFile(const QString& path);
    void setOptions(const io::BoundaryReplacementOptions& options);
    [[nodiscard]] io::BoundaryReplacementOptions options() const;
    // The replacement the file gives, or why not (also shown in the dialog).
    [[nodiscard]] const std::optional<io::BoundaryReplacement>& replacement() const {
        return m_replacement;
    }
    [[nodiscard]] QString reportText() const;
    // Puts the previewed boundaries in place, as one step on the undo stack of the version shown.
    Status apply();

private:
    void browse();
    void preview();

    MainWindow& m_window;
    PlanWorkspace& m_workspace;
    QLineEdit* m_file = nullptr;
    QComboBox* m_codeField = nullptr;
    QLineEdit* m_assumedCrs = nullptr;
    QComboBox* m_datum = nullptr;
    QCheckBox* m_rebuild = nullptr;
    QLabel* m_report = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::optional<io::BoundaryReplacement> m_replacement;
};

} // namespace agglomap::widgets
