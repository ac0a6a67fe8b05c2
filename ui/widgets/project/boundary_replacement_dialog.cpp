#include "widgets/project/boundary_replacement_dialog.h"

#include "widgets/main_window.h"
#include "widgets/plan_workspace.h"
#include "widgets/project/replace_boundaries_command.h"
#include "widgets/project/workspace_loader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>
#include <QVBoxLayout>

namespace agglomap::widgets {

BoundaryReplacementDialog::BoundaryReplacementDialog(MainWindow& window, PlanWorkspace& workspace)
    : QDialog(&window)
    , m_window(window)
    , m_workspace(workspace) {
    setWindowTitle(tr("Replace Boundaries"));
    auto* form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Official boundaries:"), fileRow);

    m_codeField = new QComboBox(this);
    m_codeField->setEditable(true);
    m_codeField->addItem(tr("(detect)"), QString());
    m_codeField->setToolTip(tr("The field holding the six-digit GB/T 2260 administrative code"));
    form->addRow(tr("Code field:"), m_codeField);
    m_assumedCrs = new QLineEdit(this);
    m_assumedCrs->setPlaceholderText(tr("only for files without a CRS, e.g. EPSG:4490"));
    form->addRow(tr("CRS if missing:"), m_assumedCrs);
    m_datum = new QComboBox(this);
    m_datum->addItem(tr("WGS84 / CGCS2000 (official data)"),
                     static_cast<int>(geo::LonLatDatum::Wgs84));
    m_datum->addItem(tr("GCJ-02 (AMap, Tencent)"), static_cast<int>(geo::LonLatDatum::Gcj02));
    m_datum->addItem(tr("BD-09 (Baidu)"), static_cast<int>(geo::LonLatDatum::Bd09));
    form->addRow(tr("Coordinates:"), m_datum);
    m_rebuild = new QCheckBox(tr("Rebuild cities and the province from replaced counties"), this);
    m_rebuild->setChecked(true);
    form->addRow(QString(), m_rebuild);

    m_report = new QLabel(this);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setMinimumWidth(520);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Replace"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &BoundaryReplacementDialog::browse);
    connect(m_codeField, &QComboBox::currentTextChanged, this, &BoundaryReplacementDialog::preview);
    connect(m_assumedCrs, &QLineEdit::editingFinished, this, &BoundaryReplacementDialog::preview);
    connect(m_datum, &QComboBox::activated, this, &BoundaryReplacementDialog::preview);
    connect(m_rebuild, &QCheckBox::toggled, this, &BoundaryReplacementDialog::preview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const Status status = apply(); !status) {
            m_report->setText(status.error().message);
            return;
        }
        accept();
    });
}

void BoundaryReplacementDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Official Boundaries"),
        QSettings().value(QStringLiteral("files/lastFolder")).toString(),
        tr("Vector files (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
        setFile(path);
    }
}

void BoundaryReplacementDialog::setFile(const QString& path) {
    m_file->setText(QDir::toNativeSeparators(path));
    preview();
}

void BoundaryReplacementDialog::setOptions(const io::BoundaryReplacementOptions& options) {
    const QSignalBlocker blockCode(m_codeField);
    const QSignalBlocker blockRebuild(m_rebuild);
    m_codeField->setCurrentText(options.codeField.isEmpty() ? m_codeField->itemText(0)
                                                            : options.codeField);
    m_assumedCrs->setText(options.assumedCrs);
    m_datum->setCurrentIndex(m_datum->findData(static_cast<int>(options.datum)));
    m_rebuild->setChecked(options.rebuildUpperLevels);
    preview();
}

io::BoundaryReplacementOptions BoundaryReplacementDialog::options() const {
    io::BoundaryReplacementOptions options;
    const QString field = m_codeField->currentText().trimmed();
    options.codeField = field == m_codeField->itemText(0) ? QString() : field;
    options.assumedCrs = m_assumedCrs->text().trimmed();
    options.datum = static_cast<geo::LonLatDatum>(m_datum->currentData().toInt());
    options.rebuildUpperLevels = m_rebuild->isChecked();
    return options;
}

QString BoundaryReplacementDialog::reportText() const {
    return m_report->text();
}

void BoundaryReplacementDialog::preview() {
    m_replacement.reset();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString path = QDir::fromNativeSeparators(m_file->text());
    if (path.isEmpty()) {
        m_report->setText(tr("Choose a file of official boundaries with administrative codes."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = io::replaceBoundaries(*m_workspace.regions(), path, options());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_report->setStyleSheet(QStringLiteral("color: #b00020"));
        m_report->setText(result.error().message);
        return;
    }
    m_report->setStyleSheet(QString());
    const io::BoundaryReplacement& found = result.value();
    QString text =
        tr("Read in %1.").arg(found.sourceCrs) + QLatin1Char(' ') +
        tr("%n region(s) replaced", nullptr, static_cast<int>(found.replaced.size())) +
        QStringLiteral(", ") +
        tr("%n rebuilt from their counties", nullptr, static_cast<int>(found.rebuilt.size())) +
        QStringLiteral(", ") +
        tr("%n kept as they were", nullptr, static_cast<int>(found.kept.size())) + QLatin1Char('.');
    if (!found.ignored.isEmpty()) {
        text += QLatin1Char('\n') +
                tr("Skipped, not regions of this plan: %1")
                    .arg(found.ignored.mid(0, 5).join(QStringLiteral("; "))) +
                (found.ignored.size() > 5 ? QStringLiteral(" …") : QString());
    }
    m_report->setText(text);
    m_replacement = std::move(result).value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

Status BoundaryReplacementDialog::apply() {
    if (!m_replacement) {
        return Error{tr("Choose a file whose boundaries match this plan's regions first.")};
    }
    auto scene = render::MapScene::build(*m_replacement->regions);
    if (!scene) {
        return scene.error();
    }
    auto context =
        loadContextLayers(m_window.mapsDirectory(), m_workspace.province(), *scene.value());
    if (!context) {
        return context.error();
    }
    const QString fileName = QFileInfo(QDir::fromNativeSeparators(m_file->text())).fileName();
    ReplaceBoundariesCommand::Boundaries before{m_workspace.regions(), m_workspace.scene(),
                                                m_workspace.contextLayers(),
                                                m_workspace.boundaryDescription()};
    ReplaceBoundariesCommand::Boundaries after{
        m_replacement->regions, scene.value(), context.value(),
        // Provenance, like the bundled layers' descriptions: English, with the "Source:" the
        // briefing credits read.
        QStringLiteral("Source: official boundaries from %1 (%2); %3 regions replaced.")
            .arg(fileName, m_replacement->sourceCrs)
            .arg(m_replacement->replaced.size())};
    auto command =
        std::make_unique<ReplaceBoundariesCommand>(m_workspace, std::move(before), std::move(after),
                                                   tr("Replace boundaries from %1").arg(fileName));
    if (const Status status = command->applyFirst(); !status) {
        return status;
    }
    m_workspace.active().undoStack->push(command.release());
    return {};
}

} // namespace agglomap::widgets
