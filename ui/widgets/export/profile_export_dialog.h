#pragma once

#include "analysis/plan_analysis.h"
#include "model/plan.h"
#include "render/atlas/atlas_writer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QRadioButton;

namespace agglomap::widgets {

class MainWindow;

// Exports district profiles to PDF: the selected district, a city's, the province's, or those
// the district list shows; as one atlas, one file per district or one per city; in Chinese or
// English. Runs on a worker thread from a snapshot of the plan, with a progress dialog that
// can cancel, so the window stays responsive and later edits do not reach a half-written atlas.
class ProfileExportDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(ProfileExportDialog)

public:
    enum class Scope { Selected, City, Province, Listed };

    explicit ProfileExportDialog(MainWindow& window);
    ~ProfileExportDialog() override;

    void setScope(Scope scope);
    [[nodiscard]] std::vector<model::DistrictId> chosenDistricts() const;
    [[nodiscard]] render::AtlasRequest request(const QString& output) const;
    // Starts writing to `output` (a PDF, or a folder for the per-file layouts) in the
    // background; exportFinished follows.
    void start(const QString& output);
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    void cancel() { m_cancel = true; }

signals:
    void exportFinished(bool ok, const QString& message);

private:
    void chooseOutputAndStart();
    void updateControls();
    void finish();
    [[nodiscard]] render::AtlasLayout layout() const;

    MainWindow& m_window;
    QButtonGroup* m_scopes = nullptr;
    QComboBox* m_cityBox = nullptr;
    QComboBox* m_layoutBox = nullptr;
    QLineEdit* m_pattern = nullptr;
    QComboBox* m_pageBox = nullptr;
    QComboBox* m_languageBox = nullptr;
    QLabel* m_countLabel = nullptr;
    QProgressDialog* m_progress = nullptr;

    // The snapshot the worker reads; owned here so it is freed on this thread.
    std::unique_ptr<model::Plan> m_snapshot;
    std::unique_ptr<analysis::PlanAnalysis> m_snapshotAnalysis;
    struct Outcome {
        std::optional<render::AtlasReport> report;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancel{false};
};

} // namespace agglomap::widgets
