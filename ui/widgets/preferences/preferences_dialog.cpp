#include "widgets/preferences/preferences_dialog.h"

#include "widgets/preferences/interface_translation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace agglomap::widgets {

namespace {

QString languageName(InterfaceLanguage language) {
    // Each language in its own words, so a planner finds theirs whatever the interface shows.
    return language == InterfaceLanguage::Chinese ? QStringLiteral("中文")
                                                  : QStringLiteral("English");
}

// A grey explanation under a setting, as desktop GIS put them.
QLabel* hint(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget* page(const QString& title, QWidget* parent, QVBoxLayout** layout) {
    auto* widget = new QWidget(parent);
    *layout = new QVBoxLayout(widget);
    (*layout)->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(title, widget);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    (*layout)->addWidget(heading);
    return widget;
}

QFormLayout* group(const QString& title, QVBoxLayout* pageLayout) {
    auto* box = new QGroupBox(title, pageLayout->parentWidget());
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    pageLayout->addWidget(box);
    return form;
}

void selectData(QComboBox* box, const QVariant& data) {
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

PreferencesDialog::PreferencesDialog(const AppPreferences& preferences, QWidget* parent,
                                     const QLocale& system)
    : QDialog(parent)
    , m_runningLanguage(QLocale().language() == QLocale::Chinese ? InterfaceLanguage::Chinese
                                                                 : InterfaceLanguage::English)
    , m_system(system) {
    setWindowTitle(tr("Preferences"));

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("preferenceSections"));
    m_pages = new QStackedWidget(this);
    const int rowHeight = fontMetrics().height() + 12;
    int widest = 0;
    const auto addSection = [&](const QString& name, QWidget* content) {
        auto* item = new QListWidgetItem(name, m_sections);
        item->setSizeHint(QSize(0, rowHeight));
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
        m_pages->addWidget(content);
    };
    addSection(tr("General"), createGeneralPage());
    addSection(tr("Map"), createMapPage());
    addSection(tr("Export"), createExportPage());
    addSection(tr("Files"), createFilesPage());
    m_sections->setFixedWidth(widest + 48);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto* body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    setPreferences(preferences);
    connect(m_interfaceLanguage, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);
    resize(sizeHint().expandedTo(QSize(620, 400)));
}

QWidget* PreferencesDialog::createGeneralPage() {
    QVBoxLayout* layout = nullptr;
    QWidget* general = page(tr("General"), this, &layout);
    QFormLayout* form = group(tr("Language"), layout);

    m_interfaceLanguage = new QComboBox(general);
    m_interfaceLanguage->setObjectName(QStringLiteral("interfaceLanguageBox"));
    m_interfaceLanguage->addItem(
        tr("System default (%1)")
            .arg(languageName(resolveInterfaceLanguage(InterfaceLanguage::System, m_system))),
        static_cast<int>(InterfaceLanguage::System));
    m_interfaceLanguage->addItem(languageName(InterfaceLanguage::Chinese),
                                 static_cast<int>(InterfaceLanguage::Chinese));
    m_interfaceLanguage->addItem(languageName(InterfaceLanguage::English),
                                 static_cast<int>(InterfaceLanguage::English));
    form->addRow(tr("&Interface language:"), m_interfaceLanguage);
    form->addRow(hint(tr("The language of menus, dialogs and messages."), general));

    // Said in place rather than in a message box: the choice is kept either way.
    m_restartNote = new QLabel(general);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setTextFormat(Qt::RichText);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QPixmap icon =
        style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize);
    auto* iconLabel = new QLabel(general);
    iconLabel->setPixmap(icon);
    auto* note = new QWidget(general);
    auto* noteLayout = new QHBoxLayout(note);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(iconLabel);
    noteLayout->addWidget(m_restartNote, 1);
    m_restartNote->setText(tr("Takes effect when Agglomap is restarted."));
    QSizePolicy keepSpace = note->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    note->setSizePolicy(keepSpace);
    form->addRow(note);
    layout->addStretch(1);
    return general;
}

QWidget* PreferencesDialog::createMapPage() {
    QVBoxLayout* layout = nullptr;
    QWidget* map = page(tr("Map"), this, &layout);

    QFormLayout* names = group(tr("Names"), layout);
    m_labelLanguage = new QComboBox(map);
    m_labelLanguage->setObjectName(QStringLiteral("labelLanguageBox"));
    m_labelLanguage->addItem(QStringLiteral("中文"), static_cast<int>(geo::LabelLanguage::Chinese));
    m_labelLanguage->addItem(QStringLiteral("English"),
                             static_cast<int>(geo::LabelLanguage::English));
    names->addRow(tr("&Label language:"), m_labelLanguage);
    names->addRow(hint(tr("Map labels and the names of regions, districts and industries in the "
                          "panels and tables. The language box on the toolbar sets the same."),
                       map));

    QFormLayout* units = group(tr("Units"), layout);
    m_areaUnit = new QComboBox(map);
    m_areaUnit->setObjectName(QStringLiteral("areaUnitBox"));
    for (const AreaUnit unit : {AreaUnit::SquareKilometres, AreaUnit::Hectares, AreaUnit::Mu}) {
        m_areaUnit->addItem(areaUnitName(unit), static_cast<int>(unit));
    }
    units->addRow(tr("&Area unit:"), m_areaUnit);
    units->addRow(hint(tr("How district areas are shown. 1 km² = 100 ha = 1500 亩."), map));
    layout->addStretch(1);
    return map;
}

QWidget* PreferencesDialog::createExportPage() {
    QVBoxLayout* layout = nullptr;
    QWidget* exportPage = page(tr("Export"), this, &layout);
    QFormLayout* form = group(tr("Defaults"), layout);

    m_exportPageSize = new QComboBox(exportPage);
    m_exportPageSize->setObjectName(QStringLiteral("exportPageSizeBox"));
    for (const QPageSize::PageSizeId size : exportPageSizes()) {
        const QSizeF mm = QPageSize::size(size, QPageSize::Millimeter);
        m_exportPageSize->addItem(tr("%1 (%2 × %3 mm)")
                                      .arg(QPageSize::name(size))
                                      .arg(mm.width(), 0, 'f', 0)
                                      .arg(mm.height(), 0, 'f', 0),
                                  QPageSize::key(size));
    }
    form->addRow(tr("&Page size:"), m_exportPageSize);
    m_exportDpi = new QSpinBox(exportPage);
    m_exportDpi->setObjectName(QStringLiteral("exportDpiBox"));
    m_exportDpi->setRange(AppPreferences::kMinimumExportDpi, AppPreferences::kMaximumExportDpi);
    m_exportDpi->setSingleStep(50);
    m_exportDpi->setSuffix(tr(" dpi"));
    form->addRow(tr("PNG &resolution:"), m_exportDpi);
    form->addRow(hint(tr("Export Map and Copy Map start from these each time, with the page in "
                         "landscape; district profiles start on the same paper upright. SVG and "
                         "PDF are vector files and print sharp at any resolution."),
                      exportPage));
    layout->addStretch(1);
    return exportPage;
}

QWidget* PreferencesDialog::createFilesPage() {
    QVBoxLayout* layout = nullptr;
    QWidget* files = page(tr("Files"), this, &layout);
    QFormLayout* form = group(tr("Autosave"), layout);

    m_autosave = new QSpinBox(files);
    m_autosave->setObjectName(QStringLiteral("autosaveBox"));
    m_autosave->setRange(0, AppPreferences::kMaximumAutosaveMinutes);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("Off"));
    form->addRow(tr("Auto&save every:"), m_autosave);
    form->addRow(hint(tr("Documents with unsaved changes are copied to a recovery folder at this "
                         "interval, and offered back after a crash. 0 turns autosave off."),
                      files));
    layout->addStretch(1);
    return files;
}

AppPreferences PreferencesDialog::preferences() const {
    AppPreferences chosen;
    chosen.interfaceLanguage =
        static_cast<InterfaceLanguage>(m_interfaceLanguage->currentData().toInt());
    chosen.labelLanguage = static_cast<geo::LabelLanguage>(m_labelLanguage->currentData().toInt());
    chosen.areaUnit = static_cast<AreaUnit>(m_areaUnit->currentData().toInt());
    chosen.exportDpi = m_exportDpi->value();
    for (const QPageSize::PageSizeId size : exportPageSizes()) {
        if (QPageSize::key(size) == m_exportPageSize->currentData().toString()) {
            chosen.exportPageSize = size;
        }
    }
    chosen.autosaveMinutes = m_autosave->value();
    return chosen;
}

void PreferencesDialog::setPreferences(const AppPreferences& preferences) {
    selectData(m_interfaceLanguage, static_cast<int>(preferences.interfaceLanguage));
    selectData(m_labelLanguage, static_cast<int>(preferences.labelLanguage));
    selectData(m_areaUnit, static_cast<int>(preferences.areaUnit));
    m_exportDpi->setValue(preferences.exportDpi);
    selectData(m_exportPageSize, QPageSize::key(preferences.exportPageSize));
    m_autosave->setValue(preferences.autosaveMinutes);
    updateRestartNote();
}

void PreferencesDialog::restoreDefaults() {
    setPreferences(AppPreferences());
}

void PreferencesDialog::showSection(Section section) {
    m_sections->setCurrentRow(static_cast<int>(section));
}

PreferencesDialog::Section PreferencesDialog::currentSection() const {
    return static_cast<Section>(m_pages->currentIndex());
}

void PreferencesDialog::updateRestartNote() {
    const auto chosen = static_cast<InterfaceLanguage>(m_interfaceLanguage->currentData().toInt());
    m_restartNote->parentWidget()->setVisible(resolveInterfaceLanguage(chosen, m_system) !=
                                              m_runningLanguage);
}

} // namespace agglomap::widgets
