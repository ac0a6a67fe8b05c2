#include "widgets/export/profile_export_dialog.h"

#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/models/item_filter_proxy_model.h"
#include "widgets/models/item_roles.h"
#include "widgets/panels/district_list_panel.h"
#include "widgets/plan_workspace.h"
#include "widgets/preferences/app_preferences.h"
#include "widgets/workspace_docks.h"
#include "widgets/workspace_selection.h"

#include <QAbstractItemModel>
#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace agglomap::widgets {

namespace {

const QString kFolderKey = QStringLiteral("export/profileFolder");
const QString kLayoutKey = QStringLiteral("export/profileLayout");

// The city a scope of "a city" starts on: the one open on the map, else the selected
// district's.
geo::RegionCode initialCity(MainWindow& window) {
    if (const auto focus = window.canvas()->viewState().focusCity) {
        return *focus;
    }
    if (const auto id = window.selection()->district(); id && window.plan()) {
        if (const model::District* district = window.plan()->district(*id)) {
            return district->hostCity;
        }
    }
    return 0;
}

} // namespace

ProfileExportDialog::ProfileExportDialog(MainWindow& window)
    : QDialog(&window)
    , m_window(window) {
    setWindowTitle(tr("Export District Profiles"));
    const QSettings settings;
    const model::Plan* plan = window.plan();

    auto* scopeBox = new QGroupBox(tr("Districts"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    m_scopes = new QButtonGroup(this);
    const auto addScope = [&](Scope scope, const QString& text) {
        auto* button = new QRadioButton(text, scopeBox);
        m_scopes->addButton(button, static_cast<int>(scope));
        scopeLayout->addWidget(button);
        return button;
    };
    QString selectedName;
    if (const auto id = window.selection()->district(); id && plan && plan->district(*id)) {
        selectedName = plan->district(*id)->nameZh;
    }
    QRadioButton* selected =
        addScope(Scope::Selected, selectedName.isEmpty()
                                      ? tr("The selected district (none selected)")
                                      : tr("The selected district: %1").arg(selectedName));
    selected->setEnabled(!selectedName.isEmpty());
    auto* cityRow = new QHBoxLayout;
    QRadioButton* city = addScope(Scope::City, tr("All districts of the city"));
    scopeLayout->removeWidget(city);
    cityRow->addWidget(city);
    m_cityBox = new QComboBox(scopeBox);
    if (const PlanWorkspace* space = window.workspace()) {
        for (const geo::Region* region :
             space->scene()->hierarchy().regionsAt(geo::RegionLevel::City)) {
            m_cityBox->addItem(QStringLiteral("%1 %2").arg(region->nameZh, region->nameEn),
                               region->code);
        }
    }
    m_cityBox->setCurrentIndex(std::max(0, m_cityBox->findData(initialCity(window))));
    cityRow->addWidget(m_cityBox, 1);
    scopeLayout->addLayout(cityRow);
    addScope(Scope::Province, tr("All districts of the province"));
    addScope(Scope::Listed, tr("The districts the District list shows (its filters applied)"));
    m_countLabel = new QLabel(scopeBox);
    scopeLayout->addWidget(m_countLabel);

    m_layoutBox = new QComboBox(this);
    m_layoutBox->addItem(tr("One PDF with contents, page numbers and bookmarks"),
                         render::atlasLayoutKey(render::AtlasLayout::SingleDocument));
    m_layoutBox->addItem(tr("One PDF per district"),
                         render::atlasLayoutKey(render::AtlasLayout::FilePerDistrict));
    m_layoutBox->addItem(tr("One PDF per city"),
                         render::atlasLayoutKey(render::AtlasLayout::FilePerCity));
    m_layoutBox->setCurrentIndex(
        std::max(0, m_layoutBox->findData(settings.value(kLayoutKey).toString())));
    m_pattern = new QLineEdit(this);
    m_pattern->setToolTip(tr("File names: {id} {name_zh} {name_en} {county} {city} {city_zh} "
                             "{city_en}"));
    m_pageBox = new QComboBox(this);
    for (const render::PageFormat format :
         {render::PageFormat::A4Portrait, render::PageFormat::A4Landscape,
          render::PageFormat::A3Portrait, render::PageFormat::A3Landscape}) {
        m_pageBox->addItem(render::pageFormatName(format), render::pageFormatKey(format));
    }
    // Every export starts on the preferred paper, not the previous export's; a profile is laid
    // out as an upright page, so upright is where it starts.
    const render::PageFormat preferredPage =
        AppPreferences::load(settings).exportPageSize == QPageSize::A3
            ? render::PageFormat::A3Portrait
            : render::PageFormat::A4Portrait;
    m_pageBox->setCurrentIndex(
        std::max(0, m_pageBox->findData(render::pageFormatKey(preferredPage))));
    m_languageBox = new QComboBox(this);
    m_languageBox->addItem(QStringLiteral("中文"), static_cast<int>(geo::LabelLanguage::Chinese));
    m_languageBox->addItem(QStringLiteral("English"),
                           static_cast<int>(geo::LabelLanguage::English));

    auto* form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_layoutBox);
    form->addRow(tr("File &names:"), m_pattern);
    form->addRow(tr("&Page:"), m_pageBox);
    form->addRow(tr("Lan&guage:"), m_languageBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ProfileExportDialog::chooseOutputAndStart);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_scopes, &QButtonGroup::idClicked, this, [this] { updateControls(); });
    connect(m_cityBox, &QComboBox::currentIndexChanged, this, [this] {
        m_scopes->button(static_cast<int>(Scope::City))->setChecked(true);
        updateControls();
    });
    connect(m_layoutBox, &QComboBox::currentIndexChanged, this, [this] {
        m_pattern->setText(render::defaultAtlasPattern(this->layout()));
        updateControls();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ProfileExportDialog::finish);
    m_pattern->setText(render::defaultAtlasPattern(this->layout()));
    setScope(!selectedName.isEmpty()    ? Scope::Selected
             : initialCity(window) != 0 ? Scope::City
                                        : Scope::Province);
}

ProfileExportDialog::~ProfileExportDialog() {
    // The worker reads the snapshot this dialog owns: stop it before both go.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ProfileExportDialog::setScope(Scope scope) {
    if (QAbstractButton* button = m_scopes->button(static_cast<int>(scope))) {
        button->setChecked(true);
    }
    updateControls();
}

render::AtlasLayout ProfileExportDialog::layout() const {
    return render::atlasLayoutFromKey(m_layoutBox->currentData().toString())
        .value_or(render::AtlasLayout::SingleDocument);
}

std::vector<model::DistrictId> ProfileExportDialog::chosenDistricts() const {
    std::vector<model::DistrictId> ids;
    const model::Plan* plan = m_window.plan();
    if (!plan) {
        return ids;
    }
    switch (static_cast<Scope>(m_scopes->checkedId())) {
    case Scope::Selected:
        if (const auto id = m_window.selection()->district(); id && plan->district(*id)) {
            ids.push_back(*id);
        }
        break;
    case Scope::City:
        for (const model::District* district :
             plan->districtsIn(m_cityBox->currentData().toInt())) {
            ids.push_back(district->id);
        }
        break;
    case Scope::Province:
        for (const model::District* district : plan->districts()) {
            ids.push_back(district->id);
        }
        break;
    case Scope::Listed: {
        const QAbstractItemModel* listed = m_window.docks()->districtList()->proxy();
        for (int row = 0; row < listed->rowCount(); ++row) {
            ids.push_back(model::DistrictId{listed->index(row, 0).data(DistrictIdRole).toInt()});
        }
        break;
    }
    }
    return ids;
}

render::AtlasRequest ProfileExportDialog::request(const QString& output) const {
    render::AtlasRequest request;
    request.districts = chosenDistricts();
    request.layout = layout();
    request.output = output;
    request.pattern = m_pattern->text();
    request.page = render::pageFormatFromKey(m_pageBox->currentData().toString())
                       .value_or(render::PageFormat::A4Portrait);
    const bool chinese = static_cast<geo::LabelLanguage>(m_languageBox->currentData().toInt()) ==
                         geo::LabelLanguage::Chinese;
    if (const model::Plan* plan = m_window.plan()) {
        request.title = chinese ? plan->info().titleZh : plan->info().titleEn;
    }
    request.date = QDate::currentDate();
    return request;
}

void ProfileExportDialog::updateControls() {
    const std::size_t count = chosenDistricts().size();
    m_countLabel->setText(tr("%n district(s) to export", "", static_cast<int>(count)));
    m_pattern->setEnabled(layout() != render::AtlasLayout::SingleDocument);
}

void ProfileExportDialog::chooseOutputAndStart() {
    QSettings settings;
    const QString folder =
        settings
            .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString output;
    if (layout() == render::AtlasLayout::SingleDocument) {
        output = QFileDialog::getSaveFileName(this, windowTitle(),
                                              QDir(folder).filePath(tr("district profiles.pdf")),
                                              tr("PDF document (*.pdf)"));
        if (!output.isEmpty() && !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            output += QStringLiteral(".pdf");
        }
    } else {
        output = QFileDialog::getExistingDirectory(this, windowTitle(), folder);
    }
    if (output.isEmpty()) {
        return;
    }
    settings.setValue(kFolderKey, layout() == render::AtlasLayout::SingleDocument
                                      ? QFileInfo(output).absolutePath()
                                      : output);
    settings.setValue(kLayoutKey, m_layoutBox->currentData());
    start(output);
}

void ProfileExportDialog::start(const QString& output) {
    PlanWorkspace* space = m_window.workspace();
    if (!space || isRunning()) {
        return;
    }
    const render::AtlasRequest atlas = request(output);
    if (atlas.districts.empty()) {
        emit exportFinished(false, tr("No districts to export."));
        return;
    }
    m_snapshot = space->active().plan->clone();
    m_snapshotAnalysis = std::make_unique<analysis::PlanAnalysis>(*m_snapshot);
    render::ProfileSources sources;
    sources.plan = m_snapshot.get();
    sources.analysis = m_snapshotAnalysis.get();
    sources.scene = space->scene().get();
    sources.context = space->contextLayers();
    sources.language = static_cast<geo::LabelLanguage>(m_languageBox->currentData().toInt());

    m_cancel = false;
    m_progress = new QProgressDialog(tr("Writing district profiles…"), tr("Cancel"), 0,
                                     static_cast<int>(atlas.districts.size()), this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    QPointer<QProgressDialog> progress = m_progress;
    const auto report = [this, progress](const render::AtlasProgress& state) {
        QMetaObject::invokeMethod(
            this,
            [progress, state] {
                if (progress) {
                    progress->setValue(state.done);
                    progress->setLabelText(tr("Writing %1 of %2: %3")
                                               .arg(state.done + 1)
                                               .arg(state.total)
                                               .arg(state.current));
                }
            },
            Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_watcher.setFuture(QtConcurrent::run([sources, atlas, report]() -> Outcome {
        auto result = render::writeAtlas(sources, atlas, report);
        if (!result) {
            return {std::nullopt, result.error().message};
        }
        return {result.value(), {}};
    }));
}

void ProfileExportDialog::finish() {
    const Outcome outcome = m_watcher.result();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_snapshotAnalysis.reset();
    m_snapshot.reset();
    if (!outcome.report) {
        QMessageBox::warning(this, windowTitle(), outcome.error);
        emit exportFinished(false, outcome.error);
        return;
    }
    const render::AtlasReport& report = *outcome.report;
    const QString message =
        report.cancelled
            ? tr("Cancelled after %n profile(s); finished files were kept.", "", report.profiles)
            : tr("Wrote %n profile(s), %1 pages, in %2 file(s).", "", report.profiles)
                  .arg(report.pages)
                  .arg(report.files.size());
    emit exportFinished(!report.cancelled, message);
    if (isVisible()) {
        QMessageBox::information(this, windowTitle(), message);
        accept();
    }
}

} // namespace agglomap::widgets
