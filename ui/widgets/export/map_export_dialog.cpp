#include "widgets/export/map_export_dialog.h"

#include "render/briefing/legend_json.h"
#include "widgets/preferences/app_preferences.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace agglomap::widgets {

namespace {

const QString kFolderKey = QStringLiteral("export/mapFolder");
constexpr int kPreviewWidth = 560;

} // namespace

MapExportDialog::MapExportDialog(render::MapBriefing briefing, QWidget* parent)
    : QDialog(parent)
    , m_briefing(std::move(briefing)) {
    setWindowTitle(tr("Export Map"));

    m_title = new QLineEdit(m_briefing.title, this);
    m_subtitle = new QLineEdit(m_briefing.subtitle, this);
    m_pageBox = new QComboBox(this);
    for (const render::PageFormat format : render::allPageFormats()) {
        m_pageBox->addItem(render::pageFormatName(format), render::pageFormatKey(format));
    }
    const render::BriefingPage saved = savedPage();
    m_pageBox->setCurrentIndex(
        std::max(m_pageBox->findData(render::pageFormatKey(saved.format)), 0));
    m_dpiBox = new QSpinBox(this);
    m_dpiBox->setRange(render::kMinimumDpi, render::kMaximumDpi);
    m_dpiBox->setSingleStep(50);
    m_dpiBox->setSuffix(tr(" dpi"));
    m_dpiBox->setValue(saved.dpi);
    m_dpiBox->setToolTip(tr("Resolution of PNG files and the clipboard image. SVG and PDF are "
                            "vector files and print sharp at any size."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    form->addRow(tr("&Page:"), m_pageBox);
    form->addRow(tr("PNG &resolution:"), m_dpiBox);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(kPreviewWidth, kPreviewWidth * 3 / 4);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setObjectName(QStringLiteral("exportPreview"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    QPushButton* copyButton =
        buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &MapExportDialog::chooseFileAndExport);
    connect(copyButton, &QPushButton::clicked, this, &MapExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &MapExportDialog::updatePreview);
    connect(m_title, &QLineEdit::textChanged, this, &MapExportDialog::schedulePreview);
    connect(m_subtitle, &QLineEdit::textChanged, this, &MapExportDialog::schedulePreview);
    connect(m_pageBox, &QComboBox::currentIndexChanged, this, &MapExportDialog::schedulePreview);
    updatePreview();
}

render::BriefingPage MapExportDialog::savedPage() {
    // The rule: every export starts from the preferences, not from the previous export, so
    // what Edit › Preferences says is what a planner gets unless they change it for one map.
    // A map is wider than tall, so the preferred paper is turned to landscape.
    const AppPreferences preferences = AppPreferences::load(QSettings());
    render::BriefingPage page;
    page.format = preferences.exportPageSize == QPageSize::A3 ? render::PageFormat::A3Landscape
                                                              : render::PageFormat::A4Landscape;
    page.dpi = std::clamp(preferences.exportDpi, render::kMinimumDpi, render::kMaximumDpi);
    return page;
}

render::MapBriefing MapExportDialog::briefing() const {
    render::MapBriefing result = m_briefing;
    result.title = m_title->text();
    result.subtitle = m_subtitle->text();
    return result;
}

render::BriefingPage MapExportDialog::page() const {
    const auto format = render::pageFormatFromKey(m_pageBox->currentData().toString());
    return {format.value_or(render::PageFormat::A4Landscape), m_dpiBox->value()};
}

bool MapExportDialog::exportTo(const QString& path) {
    const render::MapBriefing shown = briefing();
    Status status = render::exportBriefing(shown, page(), path);
    if (status) {
        status =
            render::writeLegendJson(render::legendJson(shown.legend, shown.state.choropleth.get()),
                                    render::legendSidecarPath(path));
    }
    if (!status) {
        QMessageBox::warning(this, windowTitle(), status.error().message);
        return false;
    }
    return true;
}

void MapExportDialog::copyToClipboard() {
    QApplication::clipboard()->setImage(render::renderBriefingImage(briefing(), page()));
}

void MapExportDialog::chooseFileAndExport() {
    QSettings settings;
    const QString folder =
        settings
            .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString selectedFilter;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG vector image (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Map"), QDir(folder).filePath(m_title->text().simplified() + ".png"),
        QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    if (!render::briefingFileType(path)) {
        path += selectedFilter == svg   ? QStringLiteral(".svg")
                : selectedFilter == pdf ? QStringLiteral(".pdf")
                                        : QStringLiteral(".png");
    }
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    if (exportTo(path)) {
        accept();
    }
}

void MapExportDialog::schedulePreview() {
    m_previewTimer.start();
}

void MapExportDialog::updatePreview() {
    const render::BriefingPage chosen = page();
    const QSizeF mm = render::pageSizeMm(chosen.format);
    const int dpi = static_cast<int>(kPreviewWidth / (mm.width() / 25.4));
    QImage image = render::renderBriefingImage(briefing(), {chosen.format, std::max(dpi, 36)});
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(
        m_preview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace agglomap::widgets
